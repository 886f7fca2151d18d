/// Writes extractions as JSON Lines, JSON or CSV, one document at a time,
/// so that output can stream. Output is UTF-8 bytes.
///
/// - JSONL: one fact object per line.
/// - JSON: `{"documents": [{"doc", "title", "doc_date", "encoding", "facts": [...]}]}`.
/// - CSV (RFC 4180): a header row, then one row per fact, CRLF line ends,
///   null as an empty cell, every value as text.
public struct FactWriter: Sendable {
    /// The format written.
    public let format: OutputFormat
    private var documentsWritten = 0

    /// A writer for `format`.
    public init(format: OutputFormat) {
        self.format = format
    }

    /// What comes before the first document.
    public func header() -> [UInt8] {
        var buffer = OutputBuffer()
        switch format {
        case .jsonl:
            break
        case .json:
            buffer.append("{\"documents\":[")
        case .csv:
            for (index, name) in FactRow.fieldNames.enumerated() {
                if index > 0 { buffer.append(",") }
                buffer.appendCSV(name)
            }
            buffer.append("\r\n")
        }
        return buffer.bytes
    }

    /// One document's output, with what separates it from the document before.
    public mutating func write(_ extraction: Extraction) -> [UInt8] {
        append(Self.document(extraction, format: format))
    }

    /// A document rendered by ``document(_:format:)``, with what separates it
    /// from the document before. Documents may be rendered on other threads
    /// and appended in order here.
    public mutating func append(_ document: [UInt8]) -> [UInt8] {
        defer { documentsWritten += 1 }
        guard format == .json else { return document }
        return Array((documentsWritten > 0 ? ",\n" : "\n").utf8) + document
    }

    /// One document's facts in `format`, without separators; safe to call from any thread.
    public static func document(_ extraction: Extraction, format: OutputFormat) -> [UInt8] {
        let rows = FactRow.rows(of: extraction)
        var buffer = OutputBuffer(capacity: extraction.facts.count * 512)
        var shared = SharedValues()
        switch format {
        case .jsonl:
            for row in rows {
                appendObject(row, to: &buffer, shared: &shared)
                buffer.append("\n")
            }
        case .csv:
            for row in rows {
                for (index, value) in row.values.enumerated() {
                    if index > 0 { buffer.append(",") }
                    append(value, as: .csv, to: &buffer, shared: &shared)
                }
                buffer.append("\r\n")
            }
        case .json:
            let document = extraction.document
            buffer.append("{\"doc\":")
            buffer.appendJSON(document.name)
            buffer.append(",\"title\":")
            append(document.title.map(FactRow.Value.text) ?? .null, as: .json, to: &buffer, shared: &shared)
            buffer.append(",\"doc_date\":")
            append(document.date.map { .text($0.description) } ?? .null, as: .json, to: &buffer, shared: &shared)
            buffer.append(",\"encoding\":")
            buffer.appendJSON(document.text.encoding.name)
            buffer.append(",\"facts\":[")
            for (index, row) in rows.enumerated() {
                buffer.append(index > 0 ? ",\n" : "\n")
                appendObject(row, to: &buffer, shared: &shared)
            }
            buffer.append(extraction.facts.isEmpty ? "]}" : "\n]}")
        }
        return buffer.bytes
    }

    /// What comes after the last document.
    public func footer() -> [UInt8] {
        format == .json ? Array("\n]}\n".utf8) : []
    }

    /// `{"doc":`, `,"seq":` … encoded once.
    private static let jsonKeys: [[UInt8]] = FactRow.fieldNames.enumerated().map { index, name in
        Array(((index == 0 ? "{" : ",") + "\"\(name)\":").utf8)
    }

    /// Encodings of shared values, kept while one document is written.
    private struct SharedValues {
        var encoded: [Int: [UInt8]] = [:]

        /// Appends the encoding of `key`, making it with `encode` the first time.
        mutating func append(_ key: Int, to buffer: inout OutputBuffer, encode: (inout OutputBuffer) -> Void) {
            if let bytes = encoded[key] { return buffer.append(bytes: bytes) }
            var own = OutputBuffer()
            encode(&own)
            encoded[key] = own.bytes
            buffer.append(bytes: own.bytes)
        }
    }

    private static func appendObject(_ row: FactRow, to buffer: inout OutputBuffer, shared: inout SharedValues) {
        for (key, value) in zip(jsonKeys, row.values) {
            buffer.append(bytes: key)
            append(value, as: .json, to: &buffer, shared: &shared)
        }
        buffer.append("}")
    }

    /// How a value is written: as a JSON value or as a CSV cell.
    private enum Encoding { case json, csv }

    /// Writes one value; a null is `null` in JSON and an empty cell in CSV.
    private static func append(_ value: FactRow.Value, as encoding: Encoding, to buffer: inout OutputBuffer,
                               shared: inout SharedValues) {
        switch value {
        case .text(let text): encoding == .json ? buffer.appendJSON(text) : buffer.appendCSV(text)
        case .documentText(let units): encoding == .json ? buffer.appendJSON(units) : buffer.appendCSV(units)
        case .integer(let number): buffer.append(number)
        case .boolean(let flag): buffer.append(flag ? "true" : "false")
        case .null: if encoding == .json { buffer.append("null") }
        case .shared(let key, let inner):
            shared.append(key, to: &buffer) { own in
                var none = SharedValues()
                append(inner, as: encoding, to: &own, shared: &none)
            }
        }
    }
}
