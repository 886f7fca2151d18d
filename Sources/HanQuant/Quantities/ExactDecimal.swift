import Foundation

/// Exact decimal arithmetic for values, on Foundation's `Decimal`: never
/// binary floating point.
///
/// Products and sums of decimals stay exact. A quotient that has no finite
/// decimal expansion (1/3, or 亩 in square metres) is rounded half-even to
/// ``roundingPlaces`` decimal places.
public enum ExactDecimal {
    /// Decimal places kept for values with no finite decimal expansion.
    public static let roundingPlaces = 6
    /// The most significant digits a value may have before it is refused.
    public static let maximumSignificantDigits = 38

    /// 10 raised to `exponent`.
    static func powerOfTen(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    /// `dividend / divisor`, exact when the quotient terminates, otherwise
    /// rounded half-even to ``roundingPlaces`` places.
    static func divide(_ dividend: Decimal, by divisor: Decimal) -> Decimal {
        if divisor == 1 { return dividend }
        let quotient = dividend / divisor
        if quotient * divisor == dividend { return quotient }
        return quotient.rounded(places: roundingPlaces)
    }

    /// The value of `significand` × 10^`exponent`, built without parsing text.
    static func make(significand: UInt64, exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// Reads a decimal written with ASCII digits, an optional sign and point,
    /// or a fraction such as `2000/3`, as a numerator and denominator.
    static func fraction(_ text: String) -> (numerator: Decimal, denominator: Decimal)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let numerator = plain(parts[0]) else { return nil }
        guard parts.count == 2 else { return (numerator, 1) }
        guard let denominator = plain(parts[1]), !denominator.isZero else { return nil }
        return (numerator, denominator)
    }

    private static func plain(_ text: Substring) -> Decimal? {
        guard text.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?/) != nil else { return nil }
        return Decimal(string: String(text), locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The canonical text of a value: plain digits, no exponent, no trailing zeros.
    public static func string(_ value: Decimal) -> String {
        value.description
    }
}

extension Decimal {
    /// The value rounded half-even to `places` decimal places.
    func rounded(places: Int) -> Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .bankers)
        return output
    }
}
