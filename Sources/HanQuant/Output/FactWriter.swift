import Foundation

/// Writes extractions as JSON Lines, JSON or CSV, one document at a time,
/// so that output can stream.
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
    public func header() -> String {
        switch format {
        case .jsonl: return ""
        case .json: return "{\"documents\":["
        case .csv: return FactRow.fieldNames.map(Self.csvField).joined(separator: ",") + "\r\n"
        }
    }

    /// One document's output.
    public mutating func write(_ extraction: Extraction) -> String {
        defer { documentsWritten += 1 }
        let rows = FactRow.rows(of: extraction)
        switch format {
        case .jsonl:
            return rows.map { Self.jsonObject($0) + "\n" }.joined()
        case .csv:
            return rows.map { row in row.values.map(Self.csvCell).joined(separator: ",") + "\r\n" }.joined()
        case .json:
            let document = extraction.document
            let facts = rows.map(Self.jsonObject).joined(separator: ",\n")
            return (documentsWritten > 0 ? ",\n" : "\n")
                + "{\"doc\":\(JSONText.string(document.name)),\"title\":\(JSONText.optional(document.title)),"
                + "\"doc_date\":\(JSONText.optional(document.date?.description)),"
                + "\"encoding\":\(JSONText.string(document.text.encoding.name)),\"facts\":["
                + (facts.isEmpty ? "" : "\n" + facts + "\n") + "]}"
        }
    }

    /// What comes after the last document.
    public func footer() -> String {
        format == .json ? "\n]}\n" : ""
    }

    private static func jsonObject(_ row: FactRow) -> String {
        let members = zip(FactRow.fieldNames, row.values).map { name, value in
            JSONText.string(name) + ":" + jsonValue(value)
        }
        return "{" + members.joined(separator: ",") + "}"
    }

    private static func jsonValue(_ value: FactRow.Value) -> String {
        switch value {
        case .text(let text): return JSONText.string(text)
        case .integer(let number): return String(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }

    private static func csvCell(_ value: FactRow.Value) -> String {
        switch value {
        case .text(let text): return csvField(text)
        case .integer(let number): return String(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case .null: return ""
        }
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
