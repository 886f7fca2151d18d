/// Encodes output records field by field, as JSON objects or as CSV rows,
/// straight into an ``OutputBuffer``.
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
    /// The bytes written so far.
    private(set) var buffer: OutputBuffer
    private var field = 0
    private var sharedEncodings: [(id: Int, bytes: [UInt8])?] = Array(repeating: nil, count: SharedField.allCases.count)

    /// An encoder with room for about `capacity` bytes.
    init(style: Style, capacity: Int = 0) {
        self.style = style
        self.buffer = OutputBuffer(capacity: capacity)
    }

    /// `{"doc":`, `,"seq":` … encoded once.
    private static let jsonKeys: [[UInt8]] = FactRow.fieldNames.enumerated().map { index, name in
        Array(((index == 0 ? "{" : ",") + "\"\(name)\":").utf8)
    }

    /// The bytes written, handing over the buffer; the encoder is empty afterwards.
    mutating func finish() -> [UInt8] {
        var finished = OutputBuffer()
        swap(&finished, &buffer)
        return finished.finish()
    }

    /// Starts a record.
    mutating func beginRecord() {
        field = 0
    }

    /// Ends a record: `}` in JSON, nothing in CSV.
    mutating func endRecord() {
        if style == .json { buffer.append("}") }
    }

    /// Writes text as it is, outside any field: separators and wrappers.
    mutating func append(_ raw: String) {
        buffer.append(raw)
    }

    /// Writes what comes before the next field's value: its key, or a comma.
    private mutating func beginField() {
        switch style {
        case .json: buffer.append(bytes: Self.jsonKeys[field])
        case .csv: if field > 0 { buffer.append(",") }
        }
        field += 1
    }

    /// A text field; nil is null.
    mutating func text(_ text: String?) {
        beginField()
        if let text { appendText(text) } else { appendNull() }
    }

    /// A field of text taken straight from the document.
    mutating func documentText(_ units: ArraySlice<UInt16>) {
        beginField()
        appendDocumentText(units)
    }

    /// An exact number, written as text (a JSON string, a CSV cell) so that
    /// no reader turns it into binary floating point; nil is null.
    mutating func number(_ number: ExactNumber?) {
        beginField()
        guard let number else { return appendNull() }
        number.withText { digits in
            if style == .json { buffer.append("\"") }
            buffer.append(bytes: digits)
            if style == .json { buffer.append("\"") }
        }
    }

    /// A whole-number field.
    mutating func integer(_ number: Int) {
        beginField()
        buffer.append(number)
    }

    /// A true-or-false field.
    mutating func boolean(_ flag: Bool) {
        beginField()
        buffer.append(flag ? "true" : "false")
    }

    /// A field that is the same for every record with the same `id` in its
    /// `slot`; `encode` writes its value when the last record's differs.
    mutating func shared(_ slot: SharedField, id: Int, _ encode: (inout RecordEncoder) -> Void) {
        beginField()
        if let cached = sharedEncodings[slot.rawValue], cached.id == id {
            return buffer.append(bytes: cached.bytes)
        }
        let start = buffer.count
        encode(&self)
        sharedEncodings[slot.rawValue] = (id, buffer.suffix(from: start))
    }

    /// Writes a text value.
    mutating func appendText(_ text: String) {
        style == .json ? buffer.appendJSON(text) : buffer.appendCSV(text)
    }

    /// Writes document text as a value.
    mutating func appendDocumentText(_ units: ArraySlice<UInt16>) {
        style == .json ? buffer.appendJSON(units) : buffer.appendCSV(units)
    }

    /// Writes null: `null` in JSON, an empty cell in CSV.
    mutating func appendNull() {
        if style == .json { buffer.append("null") }
    }
}
