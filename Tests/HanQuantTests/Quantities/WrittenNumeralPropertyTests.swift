import Foundation
import Testing
@testable import HanQuant

/// Property tests with a writer of our own, not ICU's spellout, which writes
/// only the formal forms (and so let 百分之十五 read as 10 % slip through):
/// every number, written any of the ways reports write it, reads back
/// exactly, as a money amount in a sentence.
@Suite("Numbers written the ways people write them read back exactly")
struct WrittenNumeralPropertyTests {
    static let scanner = QuantityScanner()

    /// The single quantity `numeral元` yields in a sentence, or a description of what went wrong.
    static func read(_ numeral: String, unit: String = "元") -> Result<Quantity, Failure> {
        let sentence = "全年共投入" + numeral + unit + "。"
        let decoded = try! TextDecoder().decode(Array(sentence.utf8))
        let units = decoded.normalized
        let found = scanner.scan(units, in: 0..<units.count).quantities
        guard found.count == 1, let quantity = found.first else { return .failure(Failure("\(sentence) → \(found.count) quantities")) }
        let text = decoded.originalString(ofNormalized: quantity.range)
        guard text == numeral + unit else { return .failure(Failure("\(sentence) → read \(text)")) }
        return .success(quantity)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Checks that each (written, value) pair reads back to `value`.
    static func check(_ cases: [(String, String)], unit: String = "元", base: String = "CNY") {
        var failures: [String] = []
        for (written, value) in cases {
            switch read(written, unit: unit) {
            case .success(let quantity):
                if quantity.value.description != value || quantity.baseUnit != base {
                    failures.append("\(written) → \(quantity.value) \(quantity.baseUnit), expected \(value) \(base)")
                }
            case .failure(let failure):
                failures.append("\(written): \(failure)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) failed, e.g. \(failures.prefix(8))")
    }

    @Test("20,000 integers up to 10^13 in Chinese numerals, in every style and variant")
    func chineseIntegers() {
        var writer = ChineseNumeralWriter(generator: SeededGenerator(seed: 20231220))
        var random = SeededGenerator(seed: 15)
        let edges: [UInt64] = [1, 10, 11, 12, 15, 19, 20, 101, 110, 1014, 1015, 10_012, 10_100, 100_010, 2_000_000,
                               20_030_000, 100_000_001, 1_000_000_000_000]
        // Numbers of every size: the digit count is drawn first.
        let values = edges + (0..<20_000).map { _ -> UInt64 in
            let digits = Int.random(in: 1...13, using: &random)
            return UInt64.random(in: 1...(UInt64(pow(10.0, Double(digits))) - 1), using: &random)
        }
        let cases = values.map { value in
            let style = ChineseNumeralWriter.Style.all[Int(value % 4)]
            return (writer.chinese(value, style: style), String(value))
        }
        Self.check(cases)
    }

    @Test("Spoken tails: 两千四百五, 三万五, 一亿五, in every style")
    func spokenTails() {
        var writer = ChineseNumeralWriter(generator: SeededGenerator(seed: 2450))
        var random = SeededGenerator(seed: 35000)
        var cases: [(String, String)] = []
        for _ in 0..<5_000 {
            let place: UInt64 = [100, 1000, 10_000, 100_000_000].randomElement(using: &random)!
            // A value that is written ending in the place's own character.
            let multiple = UInt64.random(in: 1...999, using: &random)
            let value = multiple * place
            let written = writer.chinese(value, style: .simplified)
            guard written.hasSuffix(["百", "千", "万", "亿"][[100, 1000, 10_000, 100_000_000].firstIndex(of: place)!]) else {
                continue
            }
            let digit = UInt64.random(in: 1...9, using: &random)
            let style = ChineseNumeralWriter.Style.all[Int(digit % 4)]
            let tail = writer.spokenTail(value, place: place, digit: digit, style: style)
            cases.append((tail.text, String(tail.value)))
        }
        #expect(cases.count > 2_000)
        Self.check(cases)
    }

    @Test("Arabic digits mixed with scale words: 3万5千, 2万3456, 1.25亿")
    func mixedForms() {
        var writer = ChineseNumeralWriter(generator: SeededGenerator(seed: 33883))
        var random = SeededGenerator(seed: 1069)
        var cases: [(String, String)] = []
        for _ in 0..<5_000 {
            let value = UInt64.random(in: 10_000...99_999_999, using: &random)
            let style = Bool.random(using: &random) ? ChineseNumeralWriter.Style.simplified : .traditional
            cases.append((writer.mixed(value, style: style), String(value)))
            // A decimal before a scale: 1.25亿 is 125000000.
            let hundredths = UInt64.random(in: 1...99_999, using: &random)
            let decimal = "\(hundredths / 100)" + (hundredths % 100 == 0 ? "" : String(format: ".%02d", hundredths % 100))
                .replacingOccurrences(of: #"0$"#, with: "", options: .regularExpression)
            cases.append((decimal + style.yi, String(hundredths * 1_000_000)))
        }
        Self.check(cases)
    }

    @Test("Percentages written with 百分之, 11 to 19 and decimals included")
    func percentages() {
        var writer = ChineseNumeralWriter(generator: SeededGenerator(seed: 15))
        var cases: [(String, String)] = []
        for whole in UInt64(1)...120 {
            for tenth in [UInt64(0), 5, 2] {
                let fraction = tenth == 0 ? "" : "点" + ["零", "一", "二", "三", "四", "五"][Int(tenth)]
                cases.append(("百分之" + writer.chinese(whole, style: .simplified) + fraction,
                              tenth == 0 ? String(whole) : "\(whole).\(tenth)"))
            }
        }
        Self.check(cases, unit: "", base: "%")
    }

    @Test("Decimals in Chinese numerals: 三点一四, 十二点五")
    func chineseDecimals() {
        var writer = ChineseNumeralWriter(generator: SeededGenerator(seed: 314))
        var random = SeededGenerator(seed: 271)
        var cases: [(String, String)] = []
        for _ in 0..<3_000 {
            let whole = UInt64.random(in: 0...99_999, using: &random)
            let places = Int.random(in: 1...4, using: &random)
            var fraction = (0..<places).map { _ in Int.random(in: 0...9, using: &random) }
            if fraction.last == 0 { fraction[fraction.count - 1] = 7 }
            let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
            cases.append((writer.chinese(whole, style: .simplified) + "点" + fraction.map { digits[$0] }.joined(),
                          "\(whole)." + fraction.map(String.init).joined()))
        }
        Self.check(cases)
    }
}
