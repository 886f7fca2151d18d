/// Writes extractions as JSON Lines, JSON or CSV, one document at a time,
/// so that output can stream. Output is UTF-8 bytes.
///
/// - JSONL: one fact object per line.
/// - JSON: `{"documents": [{"doc", "title", "doc_date", "encoding", "facts": [...],
///   "subject_year", "region", "currency", "format", "left_out"}]}`.
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
        let buffer = OutputBuffer()
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
        separator() + Self.document(extraction, format: format).bytes
    }

    /// What goes between the document before and the next one rendered by
    /// ``document(_:format:)``: empty except in JSON. Documents may be
    /// rendered on other threads and written in order after this.
    public mutating func separator() -> [UInt8] {
        defer { documentsWritten += 1 }
        guard format == .json else { return [] }
        return Array((documentsWritten > 0 ? ",\n" : "\n").utf8)
    }

    /// One document's facts in `format`, without separators; safe to call from any thread.
    public static func document(_ extraction: Extraction, format: OutputFormat) -> RenderedDocument {
        var encoder = RecordEncoder(style: format == .csv ? .csv : .json, capacity: extraction.facts.count * 512)
        render(extraction, format: format, to: &encoder)
        return encoder.finish()
    }

    /// One document's facts in `format`, without separators, handed to
    /// `sink` in chunks of about `chunkSize` bytes as they are written: a
    /// large document's output is never held whole.
    public static func stream(_ extraction: Extraction, format: OutputFormat, chunkSize: Int = 1 << 20,
                              to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        var encoder = RecordEncoder(style: format == .csv ? .csv : .json, chunkSize: chunkSize, sink: sink)
        render(extraction, format: format, to: &encoder)
        encoder.flush()
    }

    private static func render(_ extraction: Extraction, format: OutputFormat, to encoder: inout RecordEncoder) {
        renderOpening(extraction.document, format: format, to: &encoder)
        renderFacts(extraction, format: format, factsBefore: 0, to: &encoder)
        renderClosing(extraction, format: format, facts: extraction.facts.count, to: &encoder)
    }

    /// One window's facts of a document read in windows (see
    /// ``WindowedExtraction``), numbered after the `factsBefore` facts of the
    /// windows before it; the first window's begins the document. Safe to
    /// call from any thread. After the last window, ``closing(after:format:facts:)``
    /// ends the document.
    public static func window(_ extraction: Extraction, format: OutputFormat, factsBefore: Int) -> RenderedDocument {
        var encoder = RecordEncoder(style: format == .csv ? .csv : .json, capacity: extraction.facts.count * 512 + 256)
        if extraction.document.window.index == 0 { renderOpening(extraction.document, format: format, to: &encoder) }
        renderFacts(extraction, format: format, factsBefore: factsBefore, to: &encoder)
        return encoder.finish()
    }

    /// What ends a document read in windows whose last window is `last`,
    /// after its `facts` facts in all.
    public static func closing(after last: Extraction, format: OutputFormat, facts: Int) -> RenderedDocument {
        var encoder = RecordEncoder(style: format == .csv ? .csv : .json, capacity: 256)
        renderClosing(last, format: format, facts: facts, to: &encoder)
        return encoder.finish()
    }

    /// What opens a document's record in JSON: its fields before the facts.
    private static func renderOpening(_ document: Document, format: OutputFormat, to encoder: inout RecordEncoder) {
        guard format == .json else { return }
        encoder.append("{\"doc\":")
        encoder.appendText(document.name)
        encoder.append(",\"title\":")
        encoder.appendText(document.title)
        encoder.append(",\"doc_date\":")
        encoder.appendText(document.date?.description)
        encoder.append(",\"encoding\":")
        encoder.appendText(document.text.encoding.name)
        encoder.append(",\"facts\":[")
    }

    /// The records of `extraction`'s facts, numbered after `factsBefore`.
    private static func renderFacts(_ extraction: Extraction, format: OutputFormat, factsBefore: Int,
                                    to encoder: inout RecordEncoder) {
        switch format {
        case .jsonl:
            FactRow.write(extraction, factsBefore: factsBefore, to: &encoder, terminator: "\n")
        case .csv:
            FactRow.write(extraction, factsBefore: factsBefore, to: &encoder, terminator: "\r\n")
        case .json:
            FactRow.write(extraction, factsBefore: factsBefore, to: &encoder, first: "\n", separator: ",\n")
        }
    }

    /// What closes a document's record in JSON, after its `facts` facts:
    /// its fields after the facts.
    private static func renderClosing(_ extraction: Extraction, format: OutputFormat, facts: Int,
                                      to encoder: inout RecordEncoder) {
        guard format == .json else { return }
        let document = extraction.document
        encoder.append(facts == 0 ? "]" : "\n]")
        encoder.append(",\"subject_year\":")
        encoder.append(document.context.subjectYear.map(String.init) ?? "null")
        encoder.append(",\"region\":")
        encoder.appendText(document.context.region?.rawValue)
        encoder.append(",\"currency\":")
        encoder.appendText(extraction.currency)
        encoder.append(",\"format\":")
        encoder.appendText(document.format.rawValue)
        encoder.append(",\"left_out\":")
        encoder.append(document.text.encoding.leftOut.map(String.init) ?? "null")
        encoder.append("}")
    }

    /// What comes after the last document.
    public func footer() -> [UInt8] {
        format == .json ? Array("\n]}\n".utf8) : []
    }
}
