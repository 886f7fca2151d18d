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

    /// The size of a slot written by ``appendSlot(_:count:)``.
    static let slotSize = 16

    /// Writes the first `count` bytes of the ``slotSize`` bytes at `slot` by
    /// storing all of them: the room reserved must reach a slot past the
    /// cursor, and what lies past the first `count` is written over next.
    @inline(__always)
    mutating func appendSlot(_ slot: UnsafePointer<UInt8>, count length: Int) {
        let source = UnsafeRawPointer(slot), target = UnsafeMutableRawPointer(start + count)
        target.storeBytes(of: source.load(as: UInt64.self), as: UInt64.self)
        target.storeBytes(of: source.load(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
        count += length
    }

    /// Writes bytes as they are.
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Writes text as it is.
    mutating func append(_ text: String) {
        Self.withUTF8(of: text) { append($0) }
    }

    /// Writes a whole number in decimal, two digits per division.
    mutating func append(_ number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        let magnitude = number.magnitude
        var digits = 1
        var bound: UInt = 10
        while magnitude >= bound {
            digits += 1
            if digits == 20 { break }  // 10^20 is past UInt.max
            bound &*= 10
        }
        _ = DecimalDigits.write(UInt64(magnitude), endingAt: start + count + digits)
        count += digits
    }

    /// Writes `text` as a JSON string literal, quotes included. Text with
    /// nothing to escape, the usual case, is copied in one go.
    mutating func appendJSON(_ text: String) {
        append(UInt8(ascii: "\""))
        Self.withUTF8(of: text) { utf8 in
            if Self.containsJSONEscape(utf8) {
                for byte in utf8 { appendJSON(byte) }
            } else {
                append(utf8)
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// Writes UTF-16 text as a JSON string literal, quotes included, in one
    /// pass: only ASCII can need an escape, and it is escaped as it is transcoded.
    mutating func appendJSON(_ units: ArraySlice<UInt16>) {
        append(UInt8(ascii: "\""))
        let written = units.withUnsafeBufferPointer { UTF8Transcoding.write($0, to: start + count, ascii: Self.writeJSON) }
        count += written
        append(UInt8(ascii: "\""))
    }

    /// Writes UTF-16 text as UTF-8 as it is; unpaired surrogates become U+FFFD.
    private mutating func appendUTF8(of units: ArraySlice<UInt16>) {
        let written = units.withUnsafeBufferPointer { UTF8Transcoding.write($0, to: start + count) }
        count += written
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
    static func needsJSONEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of `bytes` needs a JSON escape (a control character
    /// below 0x20, a quote or a backslash), tested eight bytes at a time;
    /// the last eight overlap the word before them.
    @inline(__always)
    static func containsJSONEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        guard bytes.count >= 8 else { return bytes.contains(where: needsJSONEscape) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 < bytes.count {
            if wordNeedsJSONEscape(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
            offset += 8
        }
        return wordNeedsJSONEscape(raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
    }

    /// Whether a byte of `word` needs a JSON escape. Subtracting 0x20 from
    /// each byte borrows into the high bit of one below 0x20, which was
    /// clear; a quote or backslash is a zero byte after an exclusive or.
    /// Exact for "any", though not for "which".
    @inline(__always)
    private static func wordNeedsJSONEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasByteBelow(_ limit: UInt64, _ word: UInt64) -> Bool { (word &- limit &* ones) & ~word & highs != 0 }
        return hasByteBelow(0x20, word) || hasByteBelow(1, word ^ (0x22 &* ones)) || hasByteBelow(1, word ^ (0x5C &* ones))
    }

    /// Writes `byte` JSON-escaped.
    @inline(__always)
    private mutating func appendJSON(_ byte: UInt8) {
        var position = start + count
        Self.writeJSON(byte, at: &position)
        count = position - start
    }

    /// Writes `byte` JSON-escaped at `position`, and moves it past what it wrote.
    @inline(__always)
    private static func writeJSON(_ byte: UInt8, at position: inout UnsafeMutablePointer<UInt8>) {
        func put(_ byte: UInt8) {
            position.pointee = byte
            position += 1
        }
        guard needsJSONEscape(byte) else { return put(byte) }
        put(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(byte)
        case UInt8(ascii: "\n"): put(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): put(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): put(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            for character in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")] { put(character) }
            put(hex.utf8Start[Int(byte >> 4)])
            put(hex.utf8Start[Int(byte & 0xF)])
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
