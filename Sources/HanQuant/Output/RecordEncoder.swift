/// Encodes output records as JSON objects or CSV rows, straight into an
/// ``OutputBuffer``: one reservation per record, then field after field
/// through a ``ByteCursor``.
///
/// Fields come in ``FactRow/fieldNames`` order. A field that many records
/// share (the document name, the section path, the sentence) is encoded
/// once and copied while it stays the same.
struct RecordEncoder {
    /// How records are written.
    enum Style { case json, csv }

    /// Fields that consecutive records often share.
    enum SharedField: Int, CaseIterable { case document, section, sentence }

    /// The style written.
    let style: Style
    private let buffer: OutputBuffer
    private let sharedEncodings = SharedEncodings()
    /// Where full chunks go when output streams, and how large they get.
    private let stream: (chunkSize: Int, sink: (UnsafeRawBufferPointer) -> Void)?

    /// An encoder that keeps everything, with room for about `capacity` bytes.
    init(style: Style, capacity: Int = 0) {
        self.style = style
        self.buffer = OutputBuffer(capacity: capacity)
        self.stream = nil
    }

    /// An encoder that hands its output to `sink` in chunks of about
    /// `chunkSize` bytes, reusing one buffer; call ``flush()`` at the end.
    init(style: Style, chunkSize: Int, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.style = style
        self.buffer = OutputBuffer(capacity: chunkSize + chunkSize / 4)
        self.stream = (chunkSize, sink)
    }

    /// Hands what is buffered to the sink, when streaming.
    func flush() {
        guard let stream, buffer.count > 0 else { return }
        buffer.withUnsafeBytes(stream.sink)
        buffer.removeAll()
    }

    /// Hands a full chunk to the sink, when streaming.
    private func flushIfFull() {
        if let stream, buffer.count >= stream.chunkSize { flush() }
    }

    /// What has been written, handed over without a copy.
    func finish() -> RenderedDocument {
        RenderedDocument(buffer)
    }

    /// Writes one record whose values take at most `size` bytes, after
    /// `prefix` and before `suffix`; `body` writes its fields in order.
    mutating func record(atMost size: Int, prefix: String = "", suffix: String = "", _ body: (inout Fields) -> Void) {
        let style = style, shared = sharedEncodings
        buffer.write(atMost: size + prefix.utf8.count + suffix.utf8.count + Self.longestKeys) { cursor in
            cursor.append(prefix)
            var fields = Fields(style: style, cursor: cursor, shared: shared)
            if style == .json { fields.cursor.append(UInt8(ascii: "{")) }
            body(&fields)
            if style == .json { fields.cursor.append(UInt8(ascii: "}")) }
            cursor = fields.cursor
            cursor.append(suffix)
        }
        flushIfFull()
    }

    /// Writes text as it is, outside any record: separators and wrappers.
    mutating func append(_ raw: String) {
        buffer.append(raw)
    }

    /// Writes a text value outside any record.
    mutating func appendText(_ text: String?) {
        guard let text else { return append(style == .json ? "null" : "") }
        style == .json ? buffer.appendJSON(text) : buffer.appendCSV(text)
    }

    /// The fields of one record, written through a cursor.
    struct Fields {
        let style: Style
        fileprivate var cursor: ByteCursor
        fileprivate let shared: SharedEncodings
        private var field = 0

        fileprivate init(style: Style, cursor: ByteCursor, shared: SharedEncodings) {
            self.style = style
            self.cursor = cursor
            self.shared = shared
        }

        /// Writes what comes before the next field's value: its key, or a comma.
        private mutating func beginField() {
            switch style {
            case .json:
                let keys = RecordEncoder.jsonKeys
                cursor.append(UnsafeBufferPointer(rebasing: keys.bytes[keys.starts[field]..<keys.starts[field + 1]]))
            case .csv:
                if field > 0 { cursor.append(UInt8(ascii: ",")) }
            }
            field += 1
        }

        /// A text field; nil is null.
        mutating func text(_ text: String?) {
            beginField()
            appendText(text)
        }

        /// A field of text taken straight from the document.
        mutating func documentText(_ units: ArraySlice<UInt16>) {
            beginField()
            appendDocumentText(units)
        }

        /// A whole-number field.
        mutating func integer(_ number: Int) {
            beginField()
            cursor.append(number)
        }

        /// A true-or-false field.
        mutating func boolean(_ flag: Bool) {
            beginField()
            cursor.append(flag ? "true" : "false")
        }

        /// An exact number, written as text (a JSON string, a CSV cell) so that
        /// no reader turns it into binary floating point; nil is null.
        mutating func number(_ number: ExactNumber?) {
            beginField()
            guard let number else { return appendText(nil) }
            number.withText { digits in
                if style == .json { cursor.append(UInt8(ascii: "\"")) }
                cursor.append(digits)
                if style == .json { cursor.append(UInt8(ascii: "\"")) }
            }
        }

        /// A field that is the same for every record with the same `id` in
        /// its `slot`; `encode` writes its value when the last record's differs.
        mutating func shared(_ slot: SharedField, id: Int, _ encode: (inout Fields) -> Void) {
            beginField()
            if let cached = shared.encodings[slot.rawValue], cached.id == id {
                return cursor.append(cached.bytes)
            }
            let start = cursor.count
            encode(&self)
            shared.encodings[slot.rawValue] = (id, cursor.bytes(from: start))
        }

        /// Writes a text value; nil is `null` in JSON and an empty cell in CSV.
        mutating func appendText(_ text: String?) {
            guard let text else {
                if style == .json { cursor.append("null") }
                return
            }
            style == .json ? cursor.appendJSON(text) : cursor.appendCSV(text)
        }

        /// Writes document text as a value.
        mutating func appendDocumentText(_ units: ArraySlice<UInt16>) {
            style == .json ? cursor.appendJSON(units) : cursor.appendCSV(units)
        }
    }

    /// The encodings of shared fields, kept from one record to the next.
    fileprivate final class SharedEncodings {
        var encodings: [(id: Int, bytes: [UInt8])?] = Array(repeating: nil, count: SharedField.allCases.count)
    }

    /// `{"doc":`, `,"seq":` … encoded once, back to back, in memory that
    /// lives as long as the program and is never written after it is made:
    /// reading a key takes no reference counting.
    nonisolated(unsafe) fileprivate static let jsonKeys: (bytes: UnsafeBufferPointer<UInt8>, starts: [Int]) = {
        let keys = FactRow.fieldNames.enumerated().map { index, name in
            Array(((index == 0 ? "" : ",") + "\"\(name)\":").utf8)
        }
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: keys.reduce(0) { $0 + $1.count })
        var starts = [0]
        for key in keys {
            _ = UnsafeMutableBufferPointer(rebasing: bytes[starts.last!...]).initialize(from: key)
            starts.append(starts.last! + key.count)
        }
        return (UnsafeBufferPointer(bytes), starts)
    }()

    /// Room for a record's keys, braces and separators, besides its values.
    private static let longestKeys = jsonKeys.bytes.count + 2 + FactRow.fieldNames.count
}
