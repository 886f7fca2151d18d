/// UTF-16 to UTF-8 in one pass, for the places that turn document text
/// into output bytes or strings without going through `String`'s generic
/// transcoding.
enum UTF8Transcoding {
    /// Calls `sink` with the UTF-8 bytes of UTF-16 text; unpaired surrogates become U+FFFD.
    @inline(__always)
    static func forEachByte(of units: ArraySlice<UInt16>, _ sink: (UInt8) -> Void) {
        units.withUnsafeBufferPointer { units in
            var index = 0
            while index < units.count {
                index = forEachByte(ofScalarAt: index, in: units, sink)
            }
        }
    }

    /// Writes the UTF-8 of UTF-16 text at `target`, which has room for three
    /// bytes a unit, and returns the number of bytes written; unpaired
    /// surrogates become U+FFFD.
    @inline(__always)
    static func write(_ units: UnsafeBufferPointer<UInt16>, to target: UnsafeMutablePointer<UInt8>) -> Int {
        write(units, to: target) { byte, position in
            position.pointee = byte
            position += 1
        }
    }

    /// Writes the UTF-8 of UTF-16 text at `target` as ``write(_:to:)`` does,
    /// but hands each ASCII byte to `ascii`, which writes it (or what stands
    /// for it, such as an escape) at the position it is given and moves the
    /// position past it; `target` must have room for what it writes.
    @inline(__always)
    static func write(_ units: UnsafeBufferPointer<UInt16>, to target: UnsafeMutablePointer<UInt8>,
                      ascii: (UInt8, inout UnsafeMutablePointer<UInt8>) -> Void) -> Int {
        var position = target
        var index = 0
        while index < units.count {
            let unit = units[index]
            if isThreeByteScalar(unit) {
                writeThreeBytes(of: unit, at: position)
                position += 3
                index += 1
            } else if unit < 0x80 {
                ascii(UInt8(unit), &position)
                index += 1
            } else {
                index = forEachByte(ofScalarAt: index, in: units) { byte in
                    position.pointee = byte
                    position += 1
                }
            }
        }
        return position - target
    }

    /// Calls `sink` with the UTF-8 bytes of the scalar whose first unit is
    /// at `index` of `units` (U+FFFD for an unpaired surrogate), and
    /// returns the index after it.
    @inline(__always)
    static func forEachByte(ofScalarAt index: Int, in units: UnsafeBufferPointer<UInt16>, _ sink: (UInt8) -> Void) -> Int {
        var scalar = UInt32(units[index])
        var next = index + 1
        if scalar < 0x80 {
            sink(UInt8(scalar))
            return next
        }
        if UTF16.isLeadSurrogate(UInt16(scalar)) {
            if next < units.count, UTF16.isTrailSurrogate(units[next]) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[next]) - 0xDC00)
                next += 1
            } else {
                scalar = 0xFFFD
            }
        } else if UTF16.isTrailSurrogate(UInt16(scalar)) {
            scalar = 0xFFFD
        }
        switch scalar {
        case 0x80..<0x800:
            sink(UInt8(0xC0 | (scalar >> 6)))
            sink(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            sink(UInt8(0xE0 | (scalar >> 12)))
            sink(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            sink(UInt8(0x80 | (scalar & 0x3F)))
        default:
            sink(UInt8(0xF0 | (scalar >> 18)))
            sink(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            sink(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            sink(UInt8(0x80 | (scalar & 0x3F)))
        }
        return next
    }

    /// Whether `unit` is a scalar of its own that takes three UTF-8 bytes
    /// (U+0800 to U+FFFF, surrogates excepted): nearly every Chinese character.
    @inline(__always)
    static func isThreeByteScalar(_ unit: UInt16) -> Bool {
        unit >= 0x800 && unit & 0xF800 != 0xD800
    }

    /// Writes the three UTF-8 bytes of `unit`, a ``isThreeByteScalar(_:)`` unit, at `target`.
    @inline(__always)
    static func writeThreeBytes(of unit: UInt16, at target: UnsafeMutablePointer<UInt8>) {
        target[0] = UInt8(truncatingIfNeeded: 0xE0 | unit >> 12)
        target[1] = UInt8(truncatingIfNeeded: 0x80 | (unit >> 6) & 0x3F)
        target[2] = UInt8(truncatingIfNeeded: 0x80 | unit & 0x3F)
    }
}
