import Testing
@testable import HanQuant

@Suite("ICU break iterators through the C shim")
struct BreakIteratorTests {
    @Test("Word break splits a Chinese span into dictionary words")
    func words() {
        let iterator = BreakIterator(.word)
        let span = Array(utf16Of: "街道共完成固定资产投资")
        let words = iterator.segments(of: span).filter(\.isWord)
            .map { String(decoding: span[$0.range], as: UTF16.self) }
        #expect(words.joined() == "街道共完成固定资产投资")
        #expect(words.contains("街道"))
        #expect(words.contains("完成"))
        #expect(words.count >= 4)
    }

    @Test("Word break marks numbers with a number rule status")
    func numberStatus() {
        let iterator = BreakIterator(.word)
        let span = Array(utf16Of: "投资10.69亿元")
        let number = iterator.segments(of: span).first { String(decoding: span[$0.range], as: UTF16.self) == "10.69" }
        #expect(number.map { (100..<200).contains($0.ruleStatus) } == true)
    }

    @Test("Sentence break covers the text and ends sentences at 。")
    func sentences() {
        let iterator = BreakIterator(.sentence)
        let text = Array(utf16Of: "一是转型升级初见成效。二是商会效应创造平台。")
        let segments = iterator.segments(of: text)
        #expect(segments.map(\.range) == [0..<11, 11..<22])
        #expect(iterator.boundaries(of: text[...]) == [11, 22])
        let words = BreakIterator(.word), span = Array(utf16Of: "街道共完成固定资产投资")
        #expect(words.boundaries(of: span[...]) == words.segments(of: span).map(\.range.upperBound))
        #expect(iterator.segments(of: [UInt16]()).isEmpty)
    }

    @Test("ICU's version is reported")
    func version() {
        #expect(ICUVersion.string.split(separator: ".").count >= 2)
    }
}
