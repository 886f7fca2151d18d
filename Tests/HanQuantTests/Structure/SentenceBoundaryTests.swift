import Testing
@testable import HanQuant

/// ``SentenceSplitter`` hands ICU only the stretches of a paragraph where a
/// sentence boundary is in doubt. These tests hold it to giving exactly the
/// boundaries ICU's sentence iterator gives over the whole paragraph.
@Suite("Sentence boundaries found with ICU only where in doubt")
struct SentenceBoundaryTests {
    /// ICU's own boundaries over all of `range`.
    private static func icuAlone(_ units: [UInt16], _ range: Range<Int>) -> [Int] {
        BreakIterator(.sentence).boundaries(of: units[range])
    }

    private static func skipping(_ splitter: SentenceSplitter, _ units: [UInt16], _ range: Range<Int>) -> [Int] {
        splitter.findICUBoundaries(in: units, range: range)
        return splitter.icuBoundaries
    }

    @Test("The Sentence_Break groups come from ICU's data")
    func property() {
        let property = SentenceBreakProperty.icu
        func unit(_ character: Unicode.Scalar) -> UInt16 { UInt16(character.value) }
        #expect(property.terminators.contains(unit("。")))
        #expect(property.terminators.contains(unit("!")))
        #expect(property.terminators.contains(unit("?")))
        #expect(!property.terminators.contains(unit(".")))
        #expect(property.ambiguousTerminators.contains(unit(".")))
        #expect(property.otherLetters.contains(unit("中")))
        #expect(!property.otherLetters.contains(unit("a")))
        #expect(!property.otherLetters.contains(unit("、")))
        for separator: Unicode.Scalar in ["\n", "\r", "\u{85}", "\u{2029}", "。", "."] {
            #expect(property.mayEndSentence.contains(unit(separator)))
        }
        #expect(property.mayEndSentence.contains(0xD83D), "a lead surrogate, whose code point is not looked up")
        #expect(!property.mayEndSentence.contains(unit(",")))
        #expect(!property.mayEndSentence.contains(unit("中")))
    }

    @Test("Every paragraph of the corpus gets ICU's boundaries", arguments: RepositoryFiles.corpusDocuments)
    func corpus(path: String) throws {
        let document = try DocumentReader().read(RepositoryFiles.bytes(path), name: path)
        let units = document.text.normalized
        let splitter = SentenceSplitter()
        var skippedICU = 0
        for paragraph in document.paragraphs {
            let expected = Self.icuAlone(units, paragraph.range)
            #expect(Self.skipping(splitter, units, paragraph.range) == expected, "\(path) line \(paragraph.line)")
            if expected.count > 1 { skippedICU += 1 }
        }
        #expect(skippedICU > 0, "the corpus has paragraphs of several sentences")
    }

    /// Pieces that make sentence boundaries hard: terminators of every kind,
    /// closing quotes and brackets, spaces, separators, digits around a
    /// full stop, letters with and without case, a combining mark, a
    /// character outside the BMP, and terminators of other scripts.
    static let pieces = [
        "。", ".", "!", "?", "！", "？", "．", "｡", "﹒", "︒", "…", "।", "؟",
        "”", "’", "」", ")", "）", "\"", " ", "\u{3000}", "\u{A0}",
        "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}",
        "1", "9", "a", "z", "A", "Z", "中", "文", "今", "、", ",", ";", ":", "-",
        "\u{301}", "\u{200B}", "😀", "etc", "10.69", "1.", "U.S.",
    ]

    @Test("Random text from the hard pieces gets ICU's boundaries")
    func random() {
        var generator = SeededGenerator(seed: 20170109)
        let splitter = SentenceSplitter()
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...16, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let units = Array(("中" + text + "文").utf16)
            // The paragraph is all but the first and last unit, as in a document.
            let range = 1..<(units.count - 1)
            if Self.skipping(splitter, units, range) != Self.icuAlone(units, range) {
                disagreements.append(text.debugDescription)
            }
        }
        let count = disagreements.count
        #expect(count == 0, "the first texts that differ: \(disagreements.prefix(5))")
    }

    @Test("A report's sentences, a decimal and quoted speech among them")
    func mostlySkipped() {
        let text = "今年投资10.69亿元。同比增长5%。他说:“好。”然后离开。"
        let units = Array(text.utf16)
        let splitter = SentenceSplitter()
        #expect(Self.skipping(splitter, units, units.indices) == Self.icuAlone(units, units.indices))
        #expect(Self.skipping(splitter, units, units.indices) == [12, 19, 26, 31])
    }
}
