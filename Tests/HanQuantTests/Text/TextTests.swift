import Testing
@testable import HanQuant

/// The small text helpers the hot paths use instead of Foundation and
/// hashed sets: they must agree with the standard library exactly.
@Suite("Text helpers")
struct TextTests {
    @Test("Strings from UTF-16 agree with the standard library, surrogate pairs included",
          arguments: ["", "固定资产投资10.69亿元", "𠀋𡈽 and 𤭢", "a\u{0}b\"c\\d\n", "全角，：；（）"])
    func strings(text: String) {
        let units = Array(text.utf16)
        #expect(String(utf16Units: units[...]) == text)
        #expect(String(utf16Units: units[units.indices.dropFirst().dropLast()]) == String(decoding: units.dropFirst().dropLast(), as: UTF16.self))
    }

    @Test("An unpaired surrogate becomes U+FFFD, as the standard library has it")
    func unpairedSurrogates() {
        for units: [UInt16] in [[0xD800], [0x41, 0xDC00, 0x42], [0xD83D, 0x41], [0xDC00, 0xD800]] {
            #expect(String(utf16Units: units[...]) == String(decoding: units, as: UTF16.self))
        }
    }

    @Test("A code-unit set holds exactly its members")
    func codeUnitSet() {
        let set: CodeUnitSet = ",;:()。!?"
        let expected = Set(",;:()。!?".utf16)
        let wrong = (UInt16.min...UInt16.max).filter { set.contains($0) != expected.contains($0) }
        #expect(wrong.isEmpty)
    }
}

/// The helpers that replace standard-library comparisons on hot paths,
/// checked against the comparisons they replace on generated text.
@Suite("Fast comparisons")
struct FastComparisonTests {
    /// Characters of the kinds indicators hold, with marks that join the
    /// character before them and a character that NFKC changes.
    private static let alphabet: [String] = ["固", "定", "资", "产", "投", "入", "率", "a", "B", "7", " ", "、",
                                             "\u{0301}", "\u{0308}", "e", "\u{FE0F}", "\u{200D}", "𠀋", "ｶ", "\u{1100}", "\u{1161}"]

    @Test("A prefix tested on UTF-8 and a character boundary agrees with String.hasPrefix on normalized text")
    func wholePrefix() {
        var random = SeededGenerator(seed: 16)
        var compared = 0, prefixes = 0
        for _ in 0..<4_000 {
            let raw = (0..<Int.random(in: 1...12, using: &random)).map { _ in Self.alphabet.randomElement(using: &random)! }.joined()
            let units = NFKC.normalize(Array(raw.utf16)).utf16
            let start = Int.random(in: 0..<units.count, using: &random)
            let end = Int.random(in: start...units.count, using: &random)
            let cut = Int.random(in: start...end, using: &random)
            let text = String(utf16Units: units[start..<end])
            // A prefix cut from the same text, and one from elsewhere.
            for prefix in [String(utf16Units: units[start..<cut]), Self.alphabet.randomElement(using: &random)!] {
                #expect(RateLinks.hasWholePrefix(text, prefix) == text.hasPrefix(prefix), "\(Array(text.unicodeScalars)) \(Array(prefix.unicodeScalars))")
                compared += 1
                if text.hasPrefix(prefix) { prefixes += 1 }
            }
        }
        // Both answers came up often enough to test.
        #expect(prefixes > 1_000 && compared - prefixes > 1_000)
    }

    @Test("A prefix of UTF-16 units agrees with starts(with:) on a slice")
    func unitPrefix() {
        var random = SeededGenerator(seed: 17)
        for _ in 0..<2_000 {
            let units = (0..<Int.random(in: 0...8, using: &random)).map { _ in UInt16.random(in: 0x61...0x63, using: &random) }
            let prefix = (0..<Int.random(in: 0...3, using: &random)).map { _ in UInt16.random(in: 0x61...0x63, using: &random) }
            let index = Int.random(in: 0...units.count, using: &random)
            let limit = Int.random(in: index...units.count, using: &random)
            #expect(units.hasPrefix(prefix, at: index, limit: limit) == units[index..<limit].starts(with: prefix))
        }
    }
}
