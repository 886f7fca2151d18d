import Foundation
import Testing
@testable import HanQuant

@Suite("Reading numerals")
struct NumeralParserTests {
    static let cases: [(String, String, String)] = [
        // text, expected value, the part read
        ("10.69亿", "1069000000", "10.69亿"),
        ("4.86万", "48600", "4.86万"),
        ("3万5千", "35000", "3万5千"),
        ("1万2千", "12000", "1万2千"),
        ("1.2千万", "12000000", "1.2千万"),
        ("4兆8,530億", "4853000000000", "4兆8,530億"),
        ("3萬3,883", "33883", "3萬3,883"),
        ("1,234.5", "1234.5", "1,234.5"),
        ("12,345,678", "12345678", "12,345,678"),
        ("1,2", "1", "1"),
        ("1234,567", "1234", "1234"),
        ("一千零一十五", "1015", "一千零一十五"),
        ("十万零五百", "100500", "十万零五百"),
        ("一十二", "12", "一十二"),
        ("十二", "12", "十二"),
        ("零点五", "0.5", "零点五"),
        ("三点五", "3.5", "三点五"),
        ("一百点二五", "100.25", "一百点二五"),
        ("两亿三千万", "230000000", "两亿三千万"),
        ("一万亿", "1000000000000", "一万亿"),
        ("壹拾贰万叁仟", "123000", "壹拾贰万叁仟"),
        ("三千二百", "3200", "三千二百"),
        ("兩萬", "20000", "兩萬"),
        ("三万五", "30000", "三万"),
        ("一千二", "1000", "一千"),
    ]

    @Test("Numeral forms read to exact values", arguments: cases)
    func numeral(text: String, value: String, read: String) throws {
        let units = Array(text.utf16)
        let numeral = try #require(NumeralParser.bundled.parse(units, at: 0, limit: units.count))
        #expect(numeral.value.description == value)
        #expect(String(decoding: units[numeral.range], as: UTF16.self) == read)
    }

    @Test("Runs of digits read place by place are flagged", arguments: ["二〇一六", "一三五"])
    func digitRuns(text: String) throws {
        let units = Array(text.utf16)
        #expect(try #require(NumeralParser.bundled.parse(units, at: 0, limit: units.count)).isDigitRun)
    }

    @Test("Words that hold numeral characters are not numerals", arguments: ["万元", "百姓", "千方百计", "点五"])
    func notNumerals(text: String) {
        let units = Array(text.utf16)
        #expect(NumeralParser.bundled.parse(units, at: 0, limit: units.count) == nil)
    }

    @Test("More than 38 significant digits is flagged, never a wrong value")
    func tooLong() throws {
        let units = Array(String(repeating: "7", count: 39).utf16)
        let numeral = try #require(NumeralParser.bundled.parse(units, at: 0, limit: units.count))
        #expect(numeral.isTooLong)
        let fits = Array(String(repeating: "7", count: 38).utf16)
        #expect(try #require(NumeralParser.bundled.parse(fits, at: 0, limit: fits.count)).isTooLong == false)
    }
}

@Suite("Scanning pathological text")
struct PathologicalTextTests {
    let scanner = QuantityScanner()

    @Test("A megabyte of 一 yields nothing", arguments: ["一", "1", "十", "万"])
    func repeatedNumeral(character: String) {
        let units = Array(String(repeating: character, count: 1 << 20).utf16)
        let result = scanner.scan(units, in: 0..<units.count)
        #expect(result.quantities.isEmpty)
    }

    @Test("A megabyte of digits before a unit is a warning, not a value")
    func hugeNumber() {
        let units = Array((String(repeating: "9", count: 1 << 20) + "元").utf16)
        let result = scanner.scan(units, in: 0..<units.count)
        #expect(result.quantities.isEmpty)
        #expect(result.warnings == [QuantityWarning(range: 0..<(1 << 20))])
    }

    @Test("A value that cannot be held exactly in base units is a warning, not a value")
    func baseValueOverflow() {
        // 38 digits of mu times 2000/3 m2 has no finite expansion and no room for six places.
        let units = Array("耕地99999999999999999999999999999999999998亩。".utf16)
        let result = scanner.scan(units, in: 0..<units.count)
        #expect(result.quantities.isEmpty)
        #expect(result.warnings.count == 1)
        // With 25 digits the quotient fits, rounded to six places (checked with Python's decimal).
        let fits = Array("耕地9999999999999999999999998亩。".utf16)
        let value = scanner.scan(fits, in: 0..<fits.count).quantities.first?.value.description
        #expect(value == "6666666666666666666666665333.333333")
    }

    @Test("A long line of repeated sentences yields every quantity")
    func longLine() {
        let sentence = "完成固定资产投资10.69亿元,同比增长1.58%,"
        let units = Array(String(repeating: sentence, count: 20_000).utf16)
        let result = scanner.scan(units, in: 0..<units.count)
        #expect(result.quantities.count == 40_000)
        #expect(result.quantities.allSatisfy { $0.value.decimal == Decimal(1_069_000_000) || $0.value.decimal == Decimal(string: "1.58")! })
    }
}
