/// UTF-8 output built byte by byte: JSON and CSV escaping applied while
/// transcoding, with no intermediate strings.
struct OutputBuffer {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Creates a buffer with room for `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends text as it is.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes as they are.
    mutating func append(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    /// Appends bytes as they are.
    mutating func append(bytes more: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: more)
    }

    /// The number of bytes written.
    var count: Int { bytes.count }

    /// A copy of the bytes written from `start` on.
    func suffix(from start: Int) -> [UInt8] {
        Array(bytes[start...])
    }

    /// Appends a whole number in decimal.
    mutating func append(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { digits in
            var first = digits.count
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: digits[first...])
        }
    }

    /// Appends `text` as a JSON string literal, quotes included.
    mutating func appendJSON(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            if utf8.contains(where: Self.needsJSONEscape) {
                for byte in utf8 { appendJSONByte(byte) }
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-16 text as a JSON string literal, quotes included.
    mutating func appendJSON(_ units: ArraySlice<UInt16>) {
        bytes.reserveCapacity(bytes.count + units.count * 3 + 2)
        bytes.append(UInt8(ascii: "\""))
        Self.forEachUTF8Byte(of: units) { byte in
            if Self.needsJSONEscape(byte) { appendJSONByte(byte) } else { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func needsJSONEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Appends `text` as an RFC 4180 field, quoted when it holds a comma, quote or line break.
    mutating func appendCSV(_ text: String) {
        let quoted = text.utf8.contains(where: Self.needsQuoting)
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        for byte in text.utf8 { appendCSVByte(byte, quoted: quoted) }
        if quoted { bytes.append(UInt8(ascii: "\"")) }
    }

    /// Appends UTF-16 text as an RFC 4180 field.
    mutating func appendCSV(_ units: ArraySlice<UInt16>) {
        let quoted = units.contains { $0 < 0x80 && Self.needsQuoting(UInt8($0)) }
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        Self.forEachUTF8Byte(of: units) { appendCSVByte($0, quoted: quoted) }
        if quoted { bytes.append(UInt8(ascii: "\"")) }
    }

    private mutating func appendCSVByte(_ byte: UInt8, quoted: Bool) {
        if quoted && byte == UInt8(ascii: "\"") { bytes.append(byte) }
        bytes.append(byte)
    }

    private static func needsQuoting(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private mutating func appendJSONByte(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default:
            bytes.append(byte)
        }
    }

    /// Calls `sink` with the UTF-8 bytes of UTF-16 text; unpaired surrogates become U+FFFD.
    @inline(__always)
    private static func forEachUTF8Byte(of units: ArraySlice<UInt16>, _ sink: (UInt8) -> Void) {
        var index = units.startIndex
        while index < units.endIndex {
            var scalar = UInt32(units[index])
            index += 1
            if UTF16.isLeadSurrogate(UInt16(scalar)) {
                if index < units.endIndex, UTF16.isTrailSurrogate(units[index]) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                    index += 1
                } else {
                    scalar = 0xFFFD
                }
            } else if UTF16.isTrailSurrogate(UInt16(scalar)) {
                scalar = 0xFFFD
            }
            switch scalar {
            case 0..<0x80:
                sink(UInt8(scalar))
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
