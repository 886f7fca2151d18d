import Foundation
import Testing
@testable import HanQuant

@Suite("NFKC: the plain runs copied without ICU agree with ICU's normalization")
struct NFKCTests {
    /// Pieces of text, each starting where NFKC cannot join it to what
    /// comes before: plain units (copied without ICU), full-width ones
    /// (changed one for one without ICU), and pieces ICU must see, among
    /// them plain letters a combining mark composes with (e + U+0301 is é,
    /// < + U+0338 is ≮), which the plain run must leave to ICU.
    static let pieces: [String] = [
        "增", "长", "㐀", "a", "7", ".", "\n", " ", "、", "。", "《", "》", "【", "】", "“", "”", "‘", "’",
        "Ａ", "１", "，", "（", "）", "％", "\u{3000}",
        "e\u{301}", "<\u{338}", "=\u{338}", "Ａ\u{301}", "か\u{3099}", "\u{1100}\u{1161}", "\u{1100}\u{1161}\u{11A8}",
        "㎡", "ﬁ", "\u{A0}", "…", "⒑", "𠀀", "Ⅻ", "䶵", "䷀", "〈",
        // As Hong Kong and Macau reports write years, fiscal years and tables: 二○二六, 二〇二五, ／, ——, ｜.
        "○", "〇", "／", "—", "｜", "．",
    ]

    @Test("Random texts of such pieces normalize as ICU does, and each piece maps back to itself")
    func randomTexts() {
        var generator = SeededGenerator(seed: 0x4E46_4B43)
        var plainOnly = 0
        for _ in 0..<3000 {
            let count = Int.random(in: 1...24, using: &generator)
            let chosen = (0..<count).map { _ in
                // Plain pieces most of the time, as in real text.
                Bool.random(using: &generator) ? Self.pieces[Int.random(in: 0..<18, using: &generator)]
                    : Self.pieces.randomElement(using: &generator)!
            }
            let original = Array(chosen.joined().utf16)
            let result = NFKC.normalize(original)
            let expected = chosen.map { Array($0.precomposedStringWithCompatibilityMapping.utf16) }
            #expect(result.utf16 == Array(expected.joined()), "\(chosen)")
            if result.utf16 == original { plainOnly += 1 }

            let map = OffsetMap(segments: result.segments, original: original)
            var source = 0, target = 0
            for (piece, normalized) in zip(chosen, expected) {
                let length = piece.utf16.count
                #expect(map.originalUTF16Range(ofNormalized: target..<(target + normalized.count)) == source..<(source + length),
                        "\(piece) in \(chosen)")
                source += length
                target += normalized.count
            }
        }
        #expect(plainOnly > 100)
    }

    @Test("Every character of the Basic Multilingual Plane, between ideographs or before a combining mark, normalizes as ICU does")
    func everyCharacterOfTheBasicPlane() {
        var checked = 0
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            for text in ["增\(scalar)长", "增\(scalar)\u{301}"] {
                let expected = Array(text.precomposedStringWithCompatibilityMapping.utf16)
                #expect(NFKC.normalize(Array(text.utf16)).utf16 == expected, "U+\(String(value, radix: 16)) in \(text)")
                checked += 1
            }
        }
        #expect(checked > 120_000)
    }

    @Test("Every character of the Basic Multilingual Plane, at each place of a block of eight among ideographs, normalizes as ICU does")
    func everyCharacterInARun() {
        // Runs of ideographs and ASCII are copied eight units at a time where
        // the processor allows: the character must be caught in any lane.
        var checked = 0
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let before = String(repeating: "增", count: value % 9), after = String(repeating: "长", count: 9)
            for text in [before + "\(scalar)" + after, before + "a\(scalar)" + after, before + "\(scalar)\u{301}" + after] {
                let expected = Array(text.precomposedStringWithCompatibilityMapping.utf16)
                #expect(NFKC.normalize(Array(text.utf16)).utf16 == expected, "U+\(String(value, radix: 16)) in \(text)")
                checked += 1
            }
        }
        #expect(checked > 190_000)
    }

    @Test("Text in the forms of Hong Kong and Macau reports normalizes as ICU does and maps back unit for unit")
    func reportForms() {
        // Our own lines, written the way such reports write figures: years in 〇 or ○, full-width
        // digits, commas and points, a full-width space after a paragraph number, a fiscal year with ／.
        let text = "３．\u{3000}二〇二五年首三季度財政收入為９１２億澳門元，增長２．９％；儲備６，６２０億元。\n"
            + "二○二七／二八年度動工——約３０，０００個單位。| 政府開支 | (7,980) |"
        let original = Array(text.utf16)
        let result = NFKC.normalize(original)
        #expect(result.utf16 == Array(text.precomposedStringWithCompatibilityMapping.utf16))
        // Every change here is one unit for one: each normalized unit maps back to the unit it came from.
        #expect(result.utf16.count == original.count)
        let map = OffsetMap(segments: result.segments, original: original)
        for index in original.indices {
            #expect(map.originalUTF16Range(ofNormalized: index..<(index + 1)) == index..<(index + 1))
        }
    }

    @Test("A combining mark after a plain run composes with the run's last letter")
    func markAfterPlainRun() {
        let original = Array("增长e\u{301}，共<\u{338}".utf16)
        // Compared unit for unit: Swift's string equality would take e + U+0301 for é.
        #expect(NFKC.normalize(original).utf16 == Array("增长\u{E9},共\u{226E}".utf16))
    }
}
