/// An Arabic number: `1234`, `1,234.5`, `0.87`.
struct ArabicNumber {
    /// Its exact value (zero when too long).
    let value: ExactNumber
    /// The index just past it.
    let end: Int
    /// How many digits stand before the decimal point.
    let integerDigits: Int
    /// It has more significant digits than ``ExactNumber/maximumSignificantDigits``.
    let isTooLong: Bool

    /// Reads the number at `start`. A comma is a thousands separator only
    /// when exactly three digits follow it and the groups before it fit
    /// (1,234 and 12,345,678, but not 1,2 or 1234,567); so is a space,
    /// where the groups can only be one number (3 070.9, not 12 345).
    /// A group of zeros before a comma (0,136) begins no number, only the
    /// next group of one after a scale: `continuing` says it may.
    static func parse(_ units: [UInt16], at start: Int, limit: Int, continuing: Bool = false) -> ArabicNumber {
        var significand: UInt128 = 0
        var significant = 0
        var fractionDigits = 0
        var index = start
        var group = 0
        var separated = false
        var separator: UInt16 = 0
        func take(_ unit: UInt16) {
            let digit = UInt128(unit - 0x30)
            if significant > 0 || digit != 0 { significant += 1 }
            if significant <= ExactNumber.maximumSignificantDigits { significand = significand * 10 + digit }
        }
        while index < limit {
            let unit = units[index]
            if CodeUnit.isDigit(unit) {
                take(unit)
                group += 1
                index += 1
            } else if unit == CodeUnit.comma, separator != CodeUnit.space, separated ? group == 3 : (1...3).contains(group),
                      separated || significant > 0 || continuing, // 0,136 begins no number
                      hasThreeDigits(units, after: index, limit: limit) {
                separated = true
                separator = unit
                group = 0
                index += 1
            } else if unit == CodeUnit.space, separator != CodeUnit.comma, separated ? group == 3 : (1...3).contains(group),
                      separated || spaceGroupsAreUnambiguous(units, from: index, limit: limit) {
                guard hasThreeDigits(units, after: index, limit: limit) else { break }
                separated = true
                separator = unit
                group = 0
                index += 1
            } else {
                break
            }
        }
        let integerDigits = significant
        if index + 1 < limit, units[index] == CodeUnit.fullStop, CodeUnit.isDigit(units[index + 1]) {
            index += 1
            while index < limit, CodeUnit.isDigit(units[index]) {
                take(units[index])
                fractionDigits += 1
                index += 1
            }
        }
        guard significant <= ExactNumber.maximumSignificantDigits else {
            return ArabicNumber(value: .zero, end: index, integerDigits: integerDigits, isTooLong: true)
        }
        return ArabicNumber(value: ExactNumber(significand: significand, exponent: -fractionDigits),
                            end: index, integerDigits: integerDigits, isTooLong: false)
    }

    /// Whether the groups of three digits that follow spaces from `index`
    /// on (3 070.9, 1 000 000) can only be one number: one of them starts
    /// with 0, which no number written alone does. 12 345 may be two
    /// numbers, as in a table row, and is not joined.
    private static func spaceGroupsAreUnambiguous(_ units: [UInt16], from index: Int, limit: Int) -> Bool {
        var space = index
        while space < limit, units[space] == CodeUnit.space, hasThreeDigits(units, after: space, limit: limit) {
            if units[space + 1] == zero { return true }
            space += 4
        }
        return false
    }

    private static let zero = UInt16(0x30)

    /// Whether exactly three digits follow `index`, then a non-digit or the end.
    private static func hasThreeDigits(_ units: [UInt16], after index: Int, limit: Int) -> Bool {
        guard index + 3 < limit else { return false }
        for offset in 1...3 where !CodeUnit.isDigit(units[index + offset]) { return false }
        return index + 4 >= limit || !CodeUnit.isDigit(units[index + 4])
    }
}
