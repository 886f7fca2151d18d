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
                var scalar = UInt32(units[index])
                index += 1
                if scalar < 0x80 {
                    sink(UInt8(scalar))
                    continue
                }
                if UTF16.isLeadSurrogate(UInt16(scalar)) {
                    if index < units.count, UTF16.isTrailSurrogate(units[index]) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                        index += 1
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
            }
        }
    }
}
