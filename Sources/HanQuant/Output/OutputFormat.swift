/// The formats `hanquant extract` writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// JSON Lines: one fact per line, for pipes.
    case jsonl
    /// One JSON object: `{"documents": [{"doc", "title", "doc_date", "encoding", "facts": [...]}]}`.
    case json
    /// RFC 4180 CSV with one header row.
    case csv
}
