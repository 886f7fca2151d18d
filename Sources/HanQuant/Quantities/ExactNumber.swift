import Foundation

/// An exact decimal number, significand × 10^exponent, in integers: the
/// value type of the quantity stage. Sums and products are exact or report
/// overflow; nothing is ever rounded silently, and no binary floating point
/// is involved.
///
/// It does with integer operations what `Decimal` does in software, which
/// matters on the hot path: a value is made, scaled and written as text for
/// every quantity. ``decimal`` gives the `Decimal` for API users.
public struct ExactNumber: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    // Largest first, so that the value packs into 32 bytes.
    /// The digits, as an unsigned integer.
    public let significand: UInt128
    /// The power of ten the significand is multiplied by.
    public let exponent: Int
    /// Whether the number is below zero (never set for zero itself).
    public let isNegative: Bool

    /// `significand` × 10^`exponent`, negated when `isNegative`, in its
    /// canonical form: no trailing zeros in the significand, and zero unsigned.
    public init(significand: UInt128, exponent: Int = 0, isNegative: Bool = false) {
        var significand = significand, exponent = exponent
        if significand == 0 {
            exponent = 0
        } else if significand <= UInt128(UInt64.max) {
            // The usual case, in one machine word rather than 128-bit division.
            var small = UInt64(significand)
            while small % 10 == 0 {
                small /= 10
                exponent += 1
            }
            significand = UInt128(small)
        } else {
            while significand % 10 == 0 {
                significand /= 10
                exponent += 1
            }
        }
        self.significand = significand
        self.exponent = exponent
        self.isNegative = isNegative && significand != 0
    }

    /// A whole number.
    public init(_ integer: Int) {
        self.init(significand: UInt128(integer.magnitude), isNegative: integer < 0)
    }

    /// Decimal places kept for a quotient with no finite decimal expansion.
    public static let roundingPlaces = 6
    /// The most significant digits a written number may have before it is
    /// refused (38 always fit in 128 bits).
    public static let maximumSignificantDigits = 38

    /// A whole number written as a literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// Zero.
    public static let zero = ExactNumber(0)
    /// One.
    public static let one = ExactNumber(1)

    /// Whether the number is zero.
    public var isZero: Bool { significand == 0 }

    /// Whether it has no fractional part.
    public var isWhole: Bool { exponent >= 0 }

    /// The value as an `Int` when it is whole and fits, else nil.
    public var wholeValue: Int? {
        guard isWhole, let power = Self.scale(significand, by: exponent), power <= UInt128(Int.max) else { return nil }
        return isNegative ? -Int(power) : Int(power)
    }

    /// The number with its sign flipped.
    public var negated: ExactNumber {
        ExactNumber(significand: significand, exponent: exponent, isNegative: !isNegative)
    }

    // MARK: Arithmetic

    /// `self + other`, or nil when the exact sum does not fit in 128 bits.
    public func adding(_ other: ExactNumber) -> ExactNumber? {
        if other.isZero { return self }
        if isZero { return other }
        let exponent = min(self.exponent, other.exponent)
        guard let left = Self.scale(significand, by: self.exponent - exponent),
              let right = Self.scale(other.significand, by: other.exponent - exponent) else { return nil }
        if isNegative == other.isNegative {
            let (sum, overflow) = left.addingReportingOverflow(right)
            return overflow ? nil : ExactNumber(significand: sum, exponent: exponent, isNegative: isNegative)
        }
        return left >= right
            ? ExactNumber(significand: left - right, exponent: exponent, isNegative: isNegative)
            : ExactNumber(significand: right - left, exponent: exponent, isNegative: other.isNegative)
    }

    /// `self × other`, or nil when the exact product does not fit in 128 bits.
    public func multiplied(by other: ExactNumber) -> ExactNumber? {
        let (product, overflow) = significand.multipliedReportingOverflow(by: other.significand)
        guard !overflow else { return nil }
        return ExactNumber(significand: product, exponent: exponent + other.exponent,
                           isNegative: isNegative != other.isNegative)
    }

    /// `self ÷ divisor`: exact when the quotient has a finite decimal
    /// expansion that fits, otherwise rounded half-even to
    /// ``roundingPlaces`` places (2000/3 is 666.666667); nil for
    /// a zero divisor or on overflow.
    public func divided(by divisor: ExactNumber) -> ExactNumber? {
        guard !divisor.isZero else { return nil }
        let isNegative = self.isNegative != divisor.isNegative
        if divisor.significand == 1 {
            // A power of ten, as most unit factors are: only the exponent moves.
            return ExactNumber(significand: significand, exponent: exponent - divisor.exponent, isNegative: isNegative)
        }
        // Exact: the significand, scaled up by at most the digits left, divides evenly.
        var dividend = significand
        var exponent = self.exponent - divisor.exponent
        while true {
            let (quotient, remainder) = dividend.quotientAndRemainder(dividingBy: divisor.significand)
            if remainder == 0 { return ExactNumber(significand: quotient, exponent: exponent, isNegative: isNegative) }
            guard let scaled = Self.scale(dividend, by: 1), exponent > -Self.maximumScale else { break }
            dividend = scaled
            exponent -= 1
        }
        // Rounded: round(self ÷ divisor × 10^places) × 10^-places.
        let places = Self.roundingPlaces
        guard let rounded = Self.roundedQuotient(significand, divisor.significand,
                                                 timesPowerOfTen: self.exponent - divisor.exponent + places) else { return nil }
        return ExactNumber(significand: rounded, exponent: -places, isNegative: isNegative)
    }

    /// `numerator × 10^power ÷ denominator` rounded half-even to a whole
    /// number, by long division so that nothing overflows on the way; nil
    /// when the result does not fit.
    private static func roundedQuotient(_ numerator: UInt128, _ denominator: UInt128, timesPowerOfTen power: Int) -> UInt128? {
        var (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        if power < 0 {
            // Drop digits of the quotient; what is dropped, plus remainder ÷ denominator, decides the rounding.
            guard -power < powersOfTen.count else { return 0 }
            let (kept, dropped) = quotient.quotientAndRemainder(dividingBy: powersOfTen[-power])
            let half = powersOfTen[-power] / 2
            let roundsUp = dropped > half || (dropped == half && (remainder > 0 || kept % 2 == 1))
            return roundsUp ? kept + 1 : kept
        }
        for _ in 0..<power {
            guard remainder <= UInt128.max / 10, let shifted = scale(quotient, by: 1) else { return nil }
            let (digit, rest) = (remainder * 10).quotientAndRemainder(dividingBy: denominator)
            let (next, overflow) = shifted.addingReportingOverflow(digit)
            guard !overflow else { return nil }
            quotient = next
            remainder = rest
        }
        let rest = denominator - remainder
        let roundsUp = remainder > rest || (remainder == rest && quotient % 2 == 1)
        if roundsUp {
            let (next, overflow) = quotient.addingReportingOverflow(1)
            return overflow ? nil : next
        }
        return quotient
    }

    /// The most decimal places an exact quotient is looked for in.
    private static let maximumScale = 76

    /// Powers of ten that fit in 128 bits: 10^0 … 10^38.
    private static let powersOfTen: [UInt128] = (0...38).map { power in
        (0..<power).reduce(UInt128(1)) { product, _ in product * 10 }
    }

    /// `value` × 10^`power`, or nil when it does not fit.
    private static func scale(_ value: UInt128, by power: Int) -> UInt128? {
        if power == 0 || value == 0 { return value }
        guard power >= 0 && power < powersOfTen.count else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: powersOfTen[power])
        return overflow ? nil : product
    }

    // MARK: Text and Decimal

    /// The canonical text: plain digits, a point only when there is a
    /// fraction, no exponent and no trailing zeros (1069000000, 0.0158, -3.5).
    public var description: String {
        withText { String(decoding: $0, as: UTF8.self) }
    }

    /// At least the length of ``description``: sign, point, the most digits
    /// a significand has, and zeros.
    var textLength: Int { 3 + DecimalDigits.mostOf128Bits + Int(exponent.magnitude) }

    /// Calls `body` with the UTF-8 bytes of ``description``, built in a
    /// temporary buffer: the significand's digits are written at its end,
    /// last first, then copied into place with the sign, point and zeros.
    func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let capacity = textLength + DecimalDigits.mostOf128Bits
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let text = buffer.baseAddress!, end = text + capacity
            let digits = DecimalDigits.write(significand, endingAt: end)
            let digitCount = end - digits
            var cursor = text
            func append(_ byte: UInt8, count: Int = 1) {
                cursor.initialize(repeating: byte, count: count)
                cursor += count
            }
            func appendDigits(_ range: Range<Int>) {
                cursor.initialize(from: digits + range.lowerBound, count: range.count)
                cursor += range.count
            }
            if isNegative { append(UInt8(ascii: "-")) }
            if exponent >= 0 {
                // Zero has exponent 0: no zeros follow it.
                appendDigits(0..<digitCount)
                append(UInt8(ascii: "0"), count: exponent)
            } else if digitCount > Int(exponent.magnitude) {
                let integerDigits = digitCount - Int(exponent.magnitude)
                appendDigits(0..<integerDigits)
                append(UInt8(ascii: "."))
                appendDigits(integerDigits..<digitCount)
            } else {
                append(UInt8(ascii: "0"))
                append(UInt8(ascii: "."))
                append(UInt8(ascii: "0"), count: Int(exponent.magnitude) - digitCount)
                appendDigits(0..<digitCount)
            }
            return body(UnsafeBufferPointer(start: text, count: cursor - text))
        }
    }

    /// Reads canonical or plain text: an optional `-`, digits, and an optional fraction.
    public init?(_ text: some StringProtocol) {
        var significand: UInt128 = 0
        var exponent = 0
        var isNegative = false, sawDigit = false, sawPoint = false, endsWithPoint = false
        // Zeros are held back until a digit other than zero follows, so that
        // trailing zeros (10^40, 1.500) go to the exponent, not into the 128 bits.
        var heldZeros = 0, heldFractionZeros = 0
        for (index, byte) in text.utf8.enumerated() {
            endsWithPoint = byte == UInt8(ascii: ".")
            switch byte {
            case UInt8(ascii: "-") where index == 0:
                isNegative = true
            case UInt8(ascii: "."):
                guard !sawPoint, sawDigit else { return nil }
                sawPoint = true
            case UInt8(ascii: "0"):
                sawDigit = true
                heldZeros += 1
                if sawPoint { heldFractionZeros += 1 }
            case UInt8(ascii: "1")...UInt8(ascii: "9"):
                guard let scaled = Self.scale(significand, by: heldZeros + 1) else { return nil }
                let (sum, overflow) = scaled.addingReportingOverflow(UInt128(byte - UInt8(ascii: "0")))
                guard !overflow else { return nil }
                significand = sum
                sawDigit = true
                if sawPoint { exponent -= heldFractionZeros + 1 }
                heldZeros = 0
                heldFractionZeros = 0
            default:
                return nil
            }
        }
        guard sawDigit, !endsWithPoint else { return nil }
        // Zeros left at the end: those before the point scale the number, those after it say nothing.
        exponent += heldZeros - heldFractionZeros
        self.init(significand: significand, exponent: exponent, isNegative: isNegative)
    }

    /// Reads a unit factor: a decimal (`1000`, `0.0001`) or a fraction
    /// (`2000/3`), as a numerator and a nonzero denominator.
    public static func fraction(_ text: String) -> (numerator: ExactNumber, denominator: ExactNumber)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let numerator = ExactNumber(parts[0]) else { return nil }
        guard parts.count == 2 else { return (numerator, .one) }
        guard let denominator = ExactNumber(parts[1]), !denominator.isZero else { return nil }
        return (numerator, denominator)
    }

    /// The same value as a Foundation `Decimal`.
    public var decimal: Decimal {
        let high = Decimal(UInt64(truncatingIfNeeded: significand >> 64))
        let low = Decimal(UInt64(truncatingIfNeeded: significand))
        let magnitude = high * Decimal(sign: .plus, exponent: 0, significand: Decimal(UInt64(1) << 32) * Decimal(UInt64(1) << 32)) + low
        return Decimal(sign: isNegative ? .minus : .plus, exponent: exponent, significand: magnitude)
    }
}
