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
        // Spoken tails: a lone last digit counts in the place below the last multiplier or scale.
        ("三万五", "35000", "三万五"),
        ("一千二", "1200", "一千二"),
        ("两千四百五", "2450", "两千四百五"),
        ("3万5", "35000", "3万5"),
        ("2万3456", "23456", "2万3456"),
        // A 零 holds a place: before 十, and before Arabic digits.
        ("一千零十四", "1014", "一千零十四"),
        ("一万零十二", "10012", "一万零十二"),
        ("1千零1", "1001", "1千零1"),
        ("2千零30万", "20300000", "2千零30万"),
        // 万万 is 亿; 萬億 is 10^12.
        ("10万万", "1000000000", "10万万"),
        ("1.3萬億", "1300000000000", "1.3萬億"),
    ]

    @Test("Vague numerals read as ranges", arguments: [
        ("两三", "2", "3"), ("三四十", "30", "40"), ("五六百", "500", "600"), ("两三万", "20000", "30000"),
        ("十几", "11", "19"), ("十几万", "110000", "190000"), ("二十几", "21", "29"),
        ("几十", "20", "90"), ("几百", "200", "900"), ("几十万", "200000", "900000"),
    ])
    func vague(text: String, value: String, valueMax: String) throws {
        let units = Array(text.utf16)
        let numeral = try #require(NumeralParser.bundled.parse(units, at: 0, limit: units.count))
        #expect(numeral.value.description == value)
        #expect(numeral.valueMax?.description == valueMax)
        #expect(numeral.range == 0..<units.count)
    }

    @Test("Arabic digits after a multiplier or scale that fill no places are ambiguous", arguments: ["3万50", "1亿2345", "1千23"])
    func ambiguous(text: String) throws {
        let units = Array(text.utf16)
        #expect(try #require(NumeralParser.bundled.parse(units, at: 0, limit: units.count)).isAmbiguous)
    }

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
