import Foundation
import Testing
@testable import HanQuant

/// ExactNumber against Foundation's Decimal as an oracle: text, sums,
/// products and quotients of random values must agree.
@Suite("Exact numbers")
struct ExactNumberTests {
    @Test("Canonical text", arguments: [
        (ExactNumber(significand: 1069, exponent: 6), "1069000000"),
        (ExactNumber(significand: 15800, exponent: -6), "0.0158"),
        (ExactNumber(significand: 35, exponent: -1, isNegative: true), "-3.5"),
        (ExactNumber(significand: 0, exponent: -4, isNegative: true), "0"),
        (ExactNumber(significand: 5, exponent: -7), "0.0000005"),
        (ExactNumber(significand: UInt128(UInt64.max) * 1000 + 7, exponent: -3), "18446744073709551615.007"),
    ])
    func text(number: ExactNumber, expected: String) {
        #expect(number.description == expected)
        #expect(ExactNumber(expected) == number)
    }

    @Test("Text that is not a plain decimal is refused", arguments: ["", "-", ".5", "5.", "1.2.3", "1e5", "5-", "1,000"])
    func refused(text: String) {
        #expect(ExactNumber(text) == nil)
    }

    @Test("Equal values are equal whatever their trailing zeros")
    func equality() {
        #expect(ExactNumber(significand: 1000, exponent: 0) == ExactNumber(significand: 1, exponent: 3))
        #expect(ExactNumber(significand: 10, exponent: -1) == .one)
        #expect(ExactNumber(0).negated == .zero)
        #expect(ExactNumber(significand: 2, exponent: 1).wholeValue == 20)
        #expect(ExactNumber(significand: 25, exponent: -1).wholeValue == nil)
    }

    @Test("Quotients: exact when they terminate, else half-even to six places")
    func quotients() throws {
        func quotient(_ dividend: String, _ divisor: String) throws -> String? {
            try #require(ExactNumber(dividend)).divided(by: try #require(ExactNumber(divisor)))?.description
        }
        #expect(try quotient("2000", "3") == "666.666667")
        #expect(try quotient("100", "3") == "33.333333")
        #expect(try quotient("200", "3") == "66.666667")
        #expect(try quotient("1", "8") == "0.125")
        #expect(try quotient("-1", "64") == "-0.015625")
        #expect(try quotient("1.05", "1") == "1.05")
        #expect(try quotient("5", "0") == nil)
        #expect(try quotient("1", "30000000000") == "0")
        #expect(try quotient("2", "3000000") == "0.000001")
        #expect(try quotient("460917690768000000000000", "-53.0034325699") == "-8695997002838444651704.25932")
    }

    @Test("Sums, products and quotients of 20,000 random pairs agree with Decimal")
    func againstDecimal() {
        var generator = SeededGenerator(seed: 20161231)
        var failures: [String] = []
        func random() -> ExactNumber {
            ExactNumber(significand: UInt128(UInt64.random(in: 0...999_999_999_999, using: &generator)),
                        exponent: Int.random(in: -12...12, using: &generator),
                        isNegative: Bool.random(using: &generator))
        }
        for _ in 0..<20_000 {
            let left = random(), right = random()
            if left.description != left.decimal.description { failures.append("text \(left) vs \(left.decimal)") }
            if left.adding(right)?.decimal != left.decimal + right.decimal { failures.append("\(left) + \(right)") }
            if left.multiplied(by: right)?.decimal != left.decimal * right.decimal { failures.append("\(left) × \(right)") }
            if !right.isZero {
                var quotient = left.decimal / right.decimal
                if quotient * right.decimal != left.decimal {
                    var exact = quotient
                    NSDecimalRound(&quotient, &exact, ExactNumber.roundingPlaces, .bankers)
                }
                if left.divided(by: right)?.decimal != quotient { failures.append("\(left) ÷ \(right)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failed, e.g. \(failures.prefix(5))")
    }

    @Test("Overflow is reported, never rounded")
    func overflow() throws {
        let big = try #require(ExactNumber(String(repeating: "9", count: 38)))
        #expect(big.multiplied(by: big) == nil)
        #expect(big.adding(ExactNumber(significand: 1, exponent: -5)) == nil)
        #expect(big.multiplied(by: ExactNumber(significand: 1, exponent: 8)) != nil)
        #expect(ExactNumber(String(repeating: "9", count: 40)) == nil)
    }

    @Test("Every value reads back from its text: 38 significant digits with any exponent, 10^39, trailing zeros (generated)")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 38)
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...38, using: &generator)
            var significand: UInt128 = 0
            for _ in 0..<digits { significand = significand * 10 + UInt128(UInt8.random(in: 0...9, using: &generator)) }
            let value = ExactNumber(significand: significand, exponent: Int.random(in: -30...60, using: &generator),
                                    isNegative: Bool.random(using: &generator))
            #expect(ExactNumber(value.description) == value, "\(value)")
        }
        #expect(ExactNumber("1" + String(repeating: "0", count: 39))?.description == "1" + String(repeating: "0", count: 39))
        #expect(ExactNumber("4046.85642240000000000000000000000000000000000") == ExactNumber("4046.8564224"))
        #expect(ExactNumber(String(repeating: "9", count: 38) + String(repeating: "0", count: 8)) != nil)
        #expect(ExactNumber("0.000") == ExactNumber(0) && ExactNumber("100.5")?.description == "100.5"
                && ExactNumber("1.05")?.description == "1.05" && ExactNumber("10.00")?.description == "10")
    }

    /// The text of `value` made the plain way: the significand's digits
    /// from the standard library, placed by the exponent with string operations.
    static func referenceText(_ value: ExactNumber) -> String {
        let digits = String(value.significand)
        let sign = value.isNegative ? "-" : ""
        guard value.exponent < 0 else { return sign + digits + String(repeating: "0", count: value.exponent) }
        let fraction = -value.exponent
        let padded = String(repeating: "0", count: max(0, fraction + 1 - digits.count)) + digits
        return sign + padded.dropLast(fraction) + "." + padded.suffix(fraction)
    }

    /// A significand of any size, often with zeros inside it where the
    /// text is made 19 digits at a time (10^19 + 5, 10^38 + 1).
    static func significand(using generator: inout SeededGenerator) -> UInt128 {
        let chunk: UInt128 = 10_000_000_000_000_000_000
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: return UInt128(UInt64.random(in: 0...999, using: &generator))
        case 1: return UInt128(UInt64.random(in: 0...UInt64.max, using: &generator))
        case 2: return UInt128(UInt64.random(in: 0...UInt64.max, using: &generator)) << 64
            | UInt128(UInt64.random(in: 0...UInt64.max, using: &generator))
        case 3: return chunk * UInt128(UInt64.random(in: 1...999, using: &generator)) + UInt128(UInt64.random(in: 0...999, using: &generator))
        case 4: return chunk * chunk * UInt128(UInt64.random(in: 1...3, using: &generator))
            + UInt128(UInt64.random(in: 0...9, using: &generator)) * chunk + UInt128(UInt64.random(in: 0...99, using: &generator))
        default: return [UInt128.max, UInt128(UInt64.max), UInt128(UInt64.max) + 1, chunk, chunk - 1, 0, 1].randomElement(using: &generator)!
        }
    }

    @Test("Text equals the significand's digits placed by the exponent, for generated values of every size")
    func textAgainstReference() {
        var generator = SeededGenerator(seed: 1019)
        for _ in 0..<20_000 {
            let value = ExactNumber(significand: Self.significand(using: &generator),
                                    exponent: Int.random(in: -45...45, using: &generator),
                                    isNegative: Bool.random(using: &generator))
            #expect(value.description == Self.referenceText(value), "\(value.significand) e\(value.exponent)")
            #expect(value.description.utf8.count <= value.textLength)
        }
    }

    @Test("Values the scanner emits past 38 digits read back, and a --units factor of 10^39 is accepted")
    func largeEmittedValues() throws {
        let units = Array("耕地\(String(repeating: "9", count: 35))亿元。".utf16)
        let quantity = try #require(QuantityScanner().scan(units, in: 0..<units.count).quantities.first)
        #expect(quantity.value.description.count == 43)
        #expect(ExactNumber(quantity.value.description) == quantity.value)
        var lexicon = UnitLexicon.bundled
        try lexicon.addUnits(LexiconFile(text: "古单位\tm\t1\(String(repeating: "0", count: 39))\tlength\n"), source: "test")
        let big = Array("长3古单位。".utf16)
        let value = try #require(QuantityScanner(units: lexicon).scan(big, in: 0..<big.count).quantities.first?.value)
        #expect(value.description == "3" + String(repeating: "0", count: 39))
        #expect(ExactNumber(value.description) == value)
    }
}
