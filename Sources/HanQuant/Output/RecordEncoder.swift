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
        let style = style, shared = sharedEncodings, keys = Self.jsonKeys
        buffer.write(atMost: size + prefix.utf8.count + suffix.utf8.count + Self.longestKeys) { cursor in
            cursor.append(prefix)
            var fields = Fields(style: style, cursor: cursor, shared: shared, keys: keys)
            if style == .json { fields.cursor.append(UInt8(ascii: "{")) }
            body(&fields)
            if style == .json { fields.cursor.append(UInt8(ascii: "}")) }
            cursor = fields.cursor
            cursor.append(suffix)
        }
        flushIfFull()
    }

    /// The length of the encoding kept for `slot` when it is the one of
    /// `id`, which the next record's field then copies; nil when it is not.
    func sharedLength(_ slot: SharedField, id: Int) -> Int? {
        sharedEncodings.bytes(slot, id: id)?.count
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
        private let keys: JSONKeys
        private var field = 0

        fileprivate init(style: Style, cursor: ByteCursor, shared: SharedEncodings, keys: JSONKeys) {
            self.style = style
            self.cursor = cursor
            self.shared = shared
            self.keys = keys
        }

        /// Writes what comes before the next field's value: its key, or a comma.
        @inline(__always)
        private mutating func beginField() {
            switch style {
            case .json:
                cursor.appendSlot(keys.slots + ByteCursor.slotSize * field, count: keys.lengths[field])
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

        /// An integer field, or null.
        mutating func integer(_ number: Int?) {
            guard let number else {
                beginField()
                return appendText(nil)
            }
            integer(number)
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
            if let cached = shared.bytes(slot, id: id) { return cursor.append(cached) }
            let start = cursor.count
            encode(&self)
            shared.keep(cursor.written(from: start), slot, id: id)
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

    /// The encodings of shared fields, kept from one record to the next in
    /// memory reused for every value: one copy per new value, no allocation.
    fileprivate final class SharedEncodings {
        private let ids = UnsafeMutablePointer<Int>.allocate(capacity: SharedField.allCases.count)
        private let buffers = (0..<SharedField.allCases.count).map { _ in OutputBuffer() }

        init() {
            ids.initialize(repeating: .min, count: SharedField.allCases.count)
        }

        deinit { ids.deallocate() }

        /// The encoding kept in `slot`, if it is the one of `id`.
        @inline(__always)
        func bytes(_ slot: SharedField, id: Int) -> UnsafeBufferPointer<UInt8>? {
            guard ids[slot.rawValue] == id else { return nil }
            return buffers[slot.rawValue].withUnsafeBytes { $0.bindMemory(to: UInt8.self) }
        }

        /// Keeps `bytes` as the encoding of `id` in `slot`.
        func keep(_ bytes: UnsafeBufferPointer<UInt8>, _ slot: SharedField, id: Int) {
            ids[slot.rawValue] = id
            let buffer = buffers[slot.rawValue]
            buffer.removeAll()
            buffer.write(atMost: bytes.count) { $0.append(bytes) }
        }
    }

    /// `{"doc":`, `,"seq":` … encoded once, each at the start of a slot of
    /// ``ByteCursor/slotSize`` bytes (room for the longest, `,"column_label":`),
    /// so that writing one is two eight-byte stores, not a
    /// call to copy memory; in memory that lives as long as the program and
    /// is never written after it is made: reading a key takes no reference counting.
    fileprivate struct JSONKeys {
        let slots: UnsafePointer<UInt8>
        /// How many bytes of each slot are the key.
        let lengths: UnsafePointer<Int>
        /// The keys' bytes together.
        let count: Int
    }

    nonisolated(unsafe) fileprivate static let jsonKeys: JSONKeys = {
        let keys = FactRow.fieldNames.enumerated().map { index, name in
            Array(((index == 0 ? "" : ",") + "\"\(name)\":").utf8)
        }
        precondition(keys.allSatisfy { $0.count <= ByteCursor.slotSize }, "a key longer than its slot")
        let slots = UnsafeMutablePointer<UInt8>.allocate(capacity: keys.count * ByteCursor.slotSize)
        slots.initialize(repeating: 0, count: keys.count * ByteCursor.slotSize)
        let lengths = UnsafeMutablePointer<Int>.allocate(capacity: keys.count)
        for (index, key) in keys.enumerated() {
            (slots + index * ByteCursor.slotSize).update(from: key, count: key.count)
            lengths[index] = key.count
        }
        return JSONKeys(slots: slots, lengths: lengths, count: keys.reduce(0) { $0 + $1.count })
    }()

    /// Room for a record's keys, braces and separators, besides its values.
    /// A key's slot is written whole, so the room reaches a slot past the last key.
    private static let longestKeys = jsonKeys.count + 2 + FactRow.fieldNames.count + ByteCursor.slotSize
}
