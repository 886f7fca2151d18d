/// Writes UTF-8 through a pointer into room an ``OutputBuffer`` has already
/// reserved: the cost per byte is a store, with JSON and CSV escaping done
/// while transcoding and no intermediate strings.
struct ByteCursor {
    private let start: UnsafeMutablePointer<UInt8>
    /// The number of bytes written.
    private(set) var count = 0

    /// A cursor at `start`, which must have room for everything written.
    init(_ start: UnsafeMutablePointer<UInt8>) {
        self.start = start
    }

    /// The most bytes one UTF-8 byte or UTF-16 unit can take when escaped: `\u001f`.
    static let longestEscape = 6

    /// Room enough for `text` as a JSON string or CSV field, quotes included.
    static func bound(_ text: String) -> Int {
        text.utf8.count * longestEscape + 2
    }

    /// Room enough for UTF-16 text as a JSON string or CSV field, quotes included.
    static func bound(_ units: ArraySlice<UInt16>) -> Int {
        bound(units: units.count)
    }

    /// Room enough for `count` UTF-16 units as a JSON string or CSV field, quotes included.
    static func bound(units count: Int) -> Int {
        count * longestEscape + 2
    }

    /// The bytes written from `offset` on, valid until the buffer grows.
    func written(from offset: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: start + offset, count: count - offset)
    }

    /// Writes one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    /// Writes bytes as they are.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Writes bytes as they are.
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Writes text as it is.
    mutating func append(_ text: String) {
        Self.withUTF8(of: text) { append($0) }
    }

    /// Writes a whole number in decimal.
    mutating func append(_ number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits = 1
        var probe = magnitude
        while probe >= 10 {
            digits += 1
            probe /= 10
        }
        var position = start + count + digits
        repeat {
            position -= 1
            position.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += digits
    }

    /// Writes `text` as a JSON string literal, quotes included. Text with
    /// nothing to escape, the usual case, is copied in one go.
    mutating func appendJSON(_ text: String) {
        append(UInt8(ascii: "\""))
        Self.withUTF8(of: text) { utf8 in
            if utf8.contains(where: Self.needsJSONEscape) {
                for byte in utf8 { appendJSON(byte) }
            } else {
                append(utf8)
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// Writes UTF-16 text as a JSON string literal, quotes included.
    mutating func appendJSON(_ units: ArraySlice<UInt16>) {
        append(UInt8(ascii: "\""))
        if units.contains(where: { $0 < 0x80 && Self.needsJSONEscape(UInt8($0)) }) {
            UTF8Transcoding.forEachByte(of: units) { appendJSON($0) }
        } else {
            appendUTF8(of: units)
        }
        append(UInt8(ascii: "\""))
    }

    /// Writes UTF-16 text as UTF-8 as it is; unpaired surrogates become U+FFFD.
    private mutating func appendUTF8(of units: ArraySlice<UInt16>) {
        var position = start + count
        UTF8Transcoding.forEachByte(of: units) { byte in
            position.pointee = byte
            position += 1
        }
        count = position - start
    }

    /// Writes `text` as an RFC 4180 field, quoted when it holds a comma, quote or line break.
    mutating func appendCSV(_ text: String) {
        Self.withUTF8(of: text) { utf8 in
            guard utf8.contains(where: Self.needsQuoting) else { return append(utf8) }
            append(UInt8(ascii: "\""))
            for byte in utf8 { appendCSV(byte, quoted: true) }
            append(UInt8(ascii: "\""))
        }
    }

    /// Writes UTF-16 text as an RFC 4180 field.
    mutating func appendCSV(_ units: ArraySlice<UInt16>) {
        guard units.contains(where: { $0 < 0x80 && Self.needsQuoting(UInt8($0)) }) else { return appendUTF8(of: units) }
        append(UInt8(ascii: "\""))
        UTF8Transcoding.forEachByte(of: units) { appendCSV($0, quoted: true) }
        append(UInt8(ascii: "\""))
    }

    // MARK: Escaping

    @inline(__always)
    private static func needsJSONEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Writes `byte` JSON-escaped.
    @inline(__always)
    private mutating func appendJSON(_ byte: UInt8) {
        guard Self.needsJSONEscape(byte) else { return append(byte) }
        append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
        case UInt8(ascii: "\n"): append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            for character in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] {
                append(character)
            }
        }
    }

    /// Writes `byte` as part of a CSV field, doubling quotes inside a quoted one.
    @inline(__always)
    private mutating func appendCSV(_ byte: UInt8, quoted: Bool) {
        append(byte)
        if quoted && byte == UInt8(ascii: "\"") { append(byte) }
    }

    private static func needsQuoting(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Calls `body` with the UTF-8 bytes of `text`, without copying a native string.
    @inline(__always)
    private static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }
}
