/// Decimal digits written into memory the caller owns, two per division.
enum DecimalDigits {
    /// The most digits a `UInt128` has (2^128 - 1 has 39).
    static let mostOf128Bits = 39

    /// "00" to "99", back to back: a literal, so that reading it takes no
    /// lazy initialization check, as a stored static would.
    static var pairs: UnsafePointer<UInt8> {
        let pairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
        return pairs.utf8Start
    }

    /// Writes the two digits of `pair`, below 100, at `position`.
    @inline(__always)
    static func writePair(_ pair: Int, at position: UnsafeMutablePointer<UInt8>) {
        position[0] = pairs[2 * pair]
        position[1] = pairs[2 * pair + 1]
    }

    /// Writes the digits of `value` to end just before `end`; returns where they start.
    @inline(__always)
    static func write(_ value: UInt64, endingAt end: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var rest = value, position = end
        while rest >= 100 {
            position -= 2
            writePair(Int(rest % 100), at: position)
            rest /= 100
        }
        if rest >= 10 {
            position -= 2
            writePair(Int(rest), at: position)
        } else {
            position -= 1
            position.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest)
        }
        return position
    }

    /// Writes the digits of `value` to end just before `end`, at most
    /// ``mostOf128Bits`` of them; returns where they start. Above one machine
    /// word, 19 digits are split off at a time by one 128-bit division.
    static func write(_ value: UInt128, endingAt end: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var rest = value, position = end
        while rest > UInt128(UInt64.max) {
            let (high, low) = rest.quotientAndRemainder(dividingBy: wordChunk)
            // The chunk is written whole, zeros before its digits included.
            let chunkStart = position - wordChunkDigits
            let digitsStart = write(UInt64(low), endingAt: position)
            chunkStart.initialize(repeating: UInt8(ascii: "0"), count: digitsStart - chunkStart)
            position = chunkStart
            rest = high
        }
        return write(UInt64(rest), endingAt: position)
    }

    /// 10^19, the largest power of ten in a `UInt64`, and its zeros.
    private static let wordChunk: UInt128 = 10_000_000_000_000_000_000
    private static let wordChunkDigits = 19
}
