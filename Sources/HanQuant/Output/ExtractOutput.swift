/// Renders extracted documents in an ``OutputFormat``.
///
/// Facts arrive with the quantities and facts stages; until then every
/// document has an empty fact list, so JSON Lines output is empty and CSV
/// output is the header row alone.
public enum ExtractOutput {
    /// The CSV header and JSON field order of a fact.
    public static let factFields = [
        "doc", "seq", "line", "start", "end", "text", "number", "scale", "unit", "value", "value_max",
        "base_unit", "dimension", "approx", "change", "indicator", "period", "period_text", "target",
        "section", "sentence",
    ]

    /// The documents rendered as `format`.
    public static func render(_ documents: [Document], format: OutputFormat) -> String {
        switch format {
        case .jsonl:
            return ""
        case .csv:
            return factFields.joined(separator: ",") + "\r\n"
        case .json:
            let entries = documents.map { document in
                "{\"doc\":\(JSONText.string(document.name)),\"title\":\(JSONText.optional(document.title)),"
                    + "\"doc_date\":\(JSONText.optional(document.date?.description)),"
                    + "\"encoding\":\(JSONText.string(document.text.encoding.name)),\"facts\":[]}"
            }
            return "{\"documents\":[" + entries.joined(separator: ",") + "]}\n"
        }
    }
}
