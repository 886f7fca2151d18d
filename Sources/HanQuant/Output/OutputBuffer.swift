/// UTF-8 output built byte by byte: JSON and CSV escaping applied while
/// transcoding, with no intermediate strings.
///
/// Each append reserves room for its worst case once and then writes
/// through a pointer, so the cost per byte is a store, not an array append.
struct OutputBuffer {
    /// Allocated bytes; those past ``count`` are room, not output.
    private var storage: [UInt8] = []
    /// The number of bytes written.
    private(set) var count = 0

    /// Creates a buffer with room for `capacity` bytes.
    init(capacity: Int = 0) {
        storage = [UInt8](repeating: 0, count: capacity)
    }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// The bytes written, handing over the storage without a copy.
    consuming func finish() -> [UInt8] {
        storage.removeSubrange(count...)
        return storage
    }

    /// A copy of the bytes written from `start` on.
    func suffix(from start: Int) -> [UInt8] {
        Array(storage[start..<count])
    }

    /// Calls `write` with a pointer to room for at least `size` bytes; it
    /// returns how many it wrote.
    @inline(__always)
    private mutating func write(atMost size: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + size > storage.count {
            storage.append(contentsOf: repeatElement(0, count: max(storage.count, size, 4096)))
        }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { write($0.baseAddress! + start) }
    }

    /// Appends bytes as they are.
    mutating func append(bytes more: UnsafeBufferPointer<UInt8>) {
        guard let source = more.baseAddress, more.count > 0 else { return }
        write(atMost: more.count) { target in
            target.update(from: source, count: more.count)
            return more.count
        }
    }

    /// Appends bytes as they are.
    mutating func append(bytes more: [UInt8]) {
        more.withUnsafeBufferPointer { append(bytes: $0) }
    }

    /// Appends text as it is.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    /// Appends a whole number in decimal.
    mutating func append(_ number: Int) {
        write(atMost: 20) { target in
            var magnitude = number.magnitude
            var digits = 0
            repeat {
                digits += 1
                magnitude /= 10
            } while magnitude > 0
            let sign = number < 0 ? 1 : 0
            if number < 0 { target[0] = UInt8(ascii: "-") }
            magnitude = number.magnitude
            for position in stride(from: sign + digits - 1, through: sign, by: -1) {
                target[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            return sign + digits
        }
    }

    /// Appends `text` as a JSON string literal, quotes included.
    mutating func appendJSON(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(atMost: utf8.count * Self.longestJSONEscape + 2) { target in
                var written = 0
                target[written] = UInt8(ascii: "\"")
                written += 1
                for byte in utf8 { written += Self.writeJSON(byte, to: target + written) }
                target[written] = UInt8(ascii: "\"")
                return written + 1
            }
        }
    }

    /// Appends UTF-16 text as a JSON string literal, quotes included.
    mutating func appendJSON(_ units: ArraySlice<UInt16>) {
        write(atMost: units.count * Self.longestJSONEscape + 2) { target in
            var written = 0
            target[written] = UInt8(ascii: "\"")
            written += 1
            Self.forEachUTF8Byte(of: units) { byte in written += Self.writeJSON(byte, to: target + written) }
            target[written] = UInt8(ascii: "\"")
            return written + 1
        }
    }

    /// Appends `text` as an RFC 4180 field, quoted when it holds a comma, quote or line break.
    mutating func appendCSV(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            let quoted = utf8.contains(where: Self.needsQuoting)
            write(atMost: utf8.count * 2 + 2) { target in
                var written = 0
                if quoted { target[written] = UInt8(ascii: "\""); written += 1 }
                for byte in utf8 { written += Self.writeCSV(byte, quoted: quoted, to: target + written) }
                if quoted { target[written] = UInt8(ascii: "\""); written += 1 }
                return written
            }
        }
    }

    /// Appends UTF-16 text as an RFC 4180 field.
    mutating func appendCSV(_ units: ArraySlice<UInt16>) {
        let quoted = units.contains { $0 < 0x80 && Self.needsQuoting(UInt8($0)) }
        write(atMost: units.count * 6 + 2) { target in
            var written = 0
            if quoted { target[written] = UInt8(ascii: "\""); written += 1 }
            Self.forEachUTF8Byte(of: units) { byte in written += Self.writeCSV(byte, quoted: quoted, to: target + written) }
            if quoted { target[written] = UInt8(ascii: "\""); written += 1 }
            return written
        }
    }

    // MARK: Escaping

    /// The most bytes one input byte can become in JSON: `\u001f`.
    private static let longestJSONEscape = 6

    /// Writes `byte` JSON-escaped; returns how many bytes it took.
    @inline(__always)
    private static func writeJSON(_ byte: UInt8, to target: UnsafeMutablePointer<UInt8>) -> Int {
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
            target[0] = byte
            return 1
        }
        target[0] = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): target[1] = byte
        case UInt8(ascii: "\n"): target[1] = UInt8(ascii: "n")
        case UInt8(ascii: "\r"): target[1] = UInt8(ascii: "r")
        case UInt8(ascii: "\t"): target[1] = UInt8(ascii: "t")
        default:
            let hex = Array("0123456789abcdef".utf8)
            for (offset, character) in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hex[Int(byte >> 4)], hex[Int(byte & 0xF)]].enumerated() {
                target[1 + offset] = character
            }
            return 6
        }
        return 2
    }

    /// Writes `byte` as part of a CSV field, doubling quotes inside a quoted one.
    @inline(__always)
    private static func writeCSV(_ byte: UInt8, quoted: Bool, to target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = byte
        guard quoted && byte == UInt8(ascii: "\"") else { return 1 }
        target[1] = byte
        return 2
    }

    private static func needsQuoting(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Calls `sink` with the UTF-8 bytes of UTF-16 text; unpaired surrogates become U+FFFD.
    @inline(__always)
    private static func forEachUTF8Byte(of units: ArraySlice<UInt16>, _ sink: (UInt8) -> Void) {
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
