import Testing
@testable import HanQuant

@Suite("NFKC with offsets that map back to the original text")
struct OffsetMapTests {
    let decoder = TextDecoder()

    @Test("Full-width digits and signs normalize to ASCII and map back exactly")
    func fullWidthDigits() throws {
        let text = try decoder.decode(Array("增长１０．６９％，面积４．８６万㎡".utf8))
        let normalized = String(decoding: text.normalized, as: UTF16.self)
        #expect(normalized == "增长10.69%,面积4.86万m2")

        let percent = try #require(normalized.range(of: "10.69%"))
        let range = normalized.utf16.distance(from: normalized.startIndex, to: percent.lowerBound)
            ..< normalized.utf16.distance(from: normalized.startIndex, to: percent.upperBound)
        #expect(text.originalString(ofNormalized: range) == "１０．６９％")
        #expect(text.offsets.codePointRange(ofNormalized: range) == 2..<8)

        // ㎡ expands to two units that both point back to the one original character.
        let area = normalized.utf16.count - 2
        #expect(text.originalString(ofNormalized: area..<(area + 2)) == "㎡")
        #expect(text.offsets.codePointRange(ofNormalized: area..<(area + 2)) == 16..<17)
    }

    @Test("Every boundary maps into the original, in order, ending at its length")
    func mapIsMonotonic() throws {
        let text = try decoder.decode(Array("２０１６年，ＧＤＰ增长７．２％；㎡　ｍ³…完".utf8))
        var previous = 0
        for index in 0...text.normalized.count {
            let mapped = text.offsets.originalUTF16Offset(ofNormalized: index)
            #expect(mapped >= previous)
            previous = mapped
        }
        #expect(previous == text.original.count)
    }

    @Test("A range ending inside what one character became is widened to the whole character, never empty or cut")
    func partOfAnExpansion() throws {
        // Every BMP character NFKC expands to two or more units, between Chinese text: a
        // non-empty range starting at its expansion's start and ending inside or at its end
        // maps to exactly that character (⒑ is `10.`: a figure read as `10` is the ⒑).
        var expanding = 0
        for value in UInt32(0xA0)...0xFFEF {
            guard let scalar = Unicode.Scalar(value), !scalar.properties.isWhitespace,
                  scalar.properties.generalCategory != .control, scalar.properties.generalCategory != .unassigned else { continue }
            let text = try decoder.decode(Array("共有\(Character(scalar))家".utf8))
            let expansion = text.normalized.count - 3
            guard expansion >= 2, text.original.count == 4 else { continue }
            expanding += 1
            for end in 3...(2 + expansion) {
                #expect(text.offsets.originalUTF16Range(ofNormalized: 2..<end) == 2..<3, "U+\(String(value, radix: 16)) up to \(end)")
            }
            #expect(text.offsets.originalUTF16Range(ofNormalized: 2..<(3 + expansion)) == 2..<4)
        }
        #expect(expanding > 1000)
    }

    @Test("Code-point offsets count a supplementary character once")
    func supplementaryCharacters() throws {
        // 𠀀 (U+20000) takes two UTF-16 units but is one code point.
        let text = try decoder.decode(Array("𠀀𠀁村新增绿地０.８７公顷".utf8))
        let normalized = String(decoding: text.normalized, as: UTF16.self)
        #expect(normalized == "𠀀𠀁村新增绿地0.87公顷")
        let start = 4 + 5 // two surrogate pairs, then 村新增绿地
        let range = start..<(start + 6)
        #expect(text.normalizedString(range) == "0.87公顷")
        #expect(text.offsets.codePointRange(ofNormalized: range) == 7..<13)
        let pythonStyle = Array(text.originalString.unicodeScalars)[7..<13]
        #expect(String(String.UnicodeScalarView(pythonStyle)) == "０.８７公顷")
    }

    @Test("Text already in NFKC maps to itself")
    func identity() throws {
        let text = try decoder.decode(RepositoryFiles.bytes(RepositoryFiles.seed))
        // The seed's only compatibility characters are six no-break spaces.
        #expect(text.normalized.count == text.original.count)
        let changed = zip(text.normalized, text.original).filter { $0 != $1 }
        #expect(changed.count == 6 && changed.allSatisfy { $0 == (0x20, 0xA0) })
        for index in stride(from: 0, through: text.normalized.count, by: 97) {
            #expect(text.offsets.originalUTF16Offset(ofNormalized: index) == index)
        }
    }
}
