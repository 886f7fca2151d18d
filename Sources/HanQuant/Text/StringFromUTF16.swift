extension String {
    /// The text of UTF-16 code units, transcoded to UTF-8 in one pass; an
    /// unpaired surrogate becomes U+FFFD. This is the hot path's way of
    /// making a string from document text: several times faster than the
    /// generic `String(decoding:as:)` on array slices.
    init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { source in
            String(unsafeUninitializedCapacity: source.count * 3) { target in
                var written = 0
                var index = 0
                while index < source.count {
                    let unit = UInt32(source[index])
                    index += 1
                    var scalar = unit
                    if unit & 0xFC00 == 0xD800, index < source.count, source[index] & 0xFC00 == 0xDC00 {
                        scalar = 0x10000 + ((unit - 0xD800) << 10) + (UInt32(source[index]) - 0xDC00)
                        index += 1
                    } else if unit & 0xF800 == 0xD800 {
                        scalar = 0xFFFD
                    }
                    switch scalar {
                    case 0..<0x80:
                        target[written] = UInt8(scalar)
                        written += 1
                    case 0x80..<0x800:
                        target[written] = UInt8(0xC0 | (scalar >> 6))
                        target[written + 1] = UInt8(0x80 | (scalar & 0x3F))
                        written += 2
                    case 0x800..<0x10000:
                        target[written] = UInt8(0xE0 | (scalar >> 12))
                        target[written + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                        target[written + 2] = UInt8(0x80 | (scalar & 0x3F))
                        written += 3
                    default:
                        target[written] = UInt8(0xF0 | (scalar >> 18))
                        target[written + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                        target[written + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                        target[written + 3] = UInt8(0x80 | (scalar & 0x3F))
                        written += 4
                    }
                }
                return written
            }
        }
    }
}
