import Foundation
import Testing
@testable import HanQuant

/// Property tests with ICU as the oracle: ICU writes a number in Chinese,
/// and the numeral parser must read back exactly that number.
@Suite("Numerals read back ICU's Chinese spellout exactly")
struct SpelloutPropertyTests {
    let oracle = SpelloutOracle()
    let parser = NumeralParser.bundled

    func read(_ units: [UInt16]) -> Numeral? {
        parser.parse(units, at: 0, limit: units.count)
    }

    @Test("100,000 random integers from 0 to 10^12, and the edges")
    func integers() {
        var generator = SeededGenerator(seed: 20161209)
        let edges: [Int64] = [0, 1, 10, 11, 20, 100, 101, 110, 1000, 1001, 1010, 10_000, 10_001, 100_500,
                              1_000_000, 10_000_000, 100_000_000, 100_000_001, 999_999_999_999, 1_000_000_000_000]
        let values = edges + (0..<100_000).map { _ in Int64.random(in: 0...1_000_000_000_000, using: &generator) }
        var failures: [String] = []
        for value in values {
            let spelled = oracle.spell(value)
            let numeral = read(spelled)
            if numeral?.value.decimal != Decimal(value) || numeral?.range != 0..<spelled.count {
                failures.append("\(value) → \(String(decoding: spelled, as: UTF16.self)) → \(numeral.map { "\($0.value)" } ?? "nil")")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(values.count) failed, e.g. \(failures.prefix(5))")
    }

    @Test("10,000 random decimals with up to six decimal places")
    func decimals() {
        var generator = SeededGenerator(seed: 20170101)
        var failures: [String] = []
        for _ in 0..<10_000 {
            let whole = Int64.random(in: 0...99_999_999, using: &generator)
            let places = Int.random(in: 1...6, using: &generator)
            let fraction = (0..<places).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            let text = "\(whole).\(fraction)"
            let spelled = oracle.spell(decimal: text)
            let expected = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
            let numeral = read(spelled)
            if numeral?.value.decimal != expected || numeral?.range != 0..<spelled.count {
                failures.append("\(text) → \(String(decoding: spelled, as: UTF16.self)) → \(numeral.map { "\($0.value)" } ?? "nil")")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failed, e.g. \(failures.prefix(5))")
    }
}
