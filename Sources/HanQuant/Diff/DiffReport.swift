/// Renders fact differences for a person (with colour at a terminal) or,
/// as JSON, for a machine.
public enum DiffReport {
    /// A readable report: one block per document that differs, and a last
    /// line that counts `errors` (documents or fixtures that could not be
    /// read, each already reported on its own line) when there are any.
    public static func text(_ diffs: [FactDiff], colour: Bool, errors: Int = 0) -> String {
        func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func summary(_ record: FactRecord) -> String {
            ["line", "text", "value", "base_unit", "indicator", "period"].map { name in
                "\(name)=\(record[name] ?? "?")"
            }.joined(separator: " ")
        }
        var out = ""
        for diff in diffs where !diff.isIdentical {
            out += paint("\(diff.doc): \(diff.added.count) added, \(diff.removed.count) removed, \(diff.changed.count) changed", "1") + "\n"
            for record in diff.removed { out += paint("- \(summary(record))", "31") + "\n" }
            for record in diff.added { out += paint("+ \(summary(record))", "32") + "\n" }
            for change in diff.changed {
                out += paint("~ line=\(change.actual["line"] ?? "?") text=\(change.actual["text"] ?? "?")", "33") + "\n"
                for field in change.fields {
                    out += "    \(field): \(change.expected[field] ?? "(none)") → \(change.actual[field] ?? "(none)")\n"
                }
            }
        }
        let differing = diffs.filter { !$0.isIdentical }.count
        out += differing == 0
            ? "\(diffs.count) documents identical to their fixtures\n"
            : "\(differing) of \(diffs.count) documents differ from their fixtures\n"
        if errors > 0 { out += "\(errors) could not be compared (see the error lines)\n" }
        return out
    }

    /// The same report as one JSON object:
    /// `{"identical": Bool, "documents": [{"doc", "added", "removed", "changed": [{"expected", "actual", "fields"}]}],
    /// "errors": [String]}`. `identical` is false when any document or fixture could not be read (`errors`).
    public static func json(_ diffs: [FactDiff], errors: [String] = []) -> String {
        func object(_ record: FactRecord) -> String {
            "{" + FactRow.fieldNames.compactMap { name in record[name].map { "\"\(name)\":\($0)" } }.joined(separator: ",") + "}"
        }
        let documents = diffs.map { diff in
            let changed = diff.changed.map { change in
                "{\"expected\":\(object(change.expected)),\"actual\":\(object(change.actual)),\"fields\":["
                    + change.fields.map { "\"\($0)\"" }.joined(separator: ",") + "]}"
            }
            return "{\"doc\":\(FactRecord.jsonString(diff.doc)),\"added\":[" + diff.added.map(object).joined(separator: ",")
                + "],\"removed\":[" + diff.removed.map(object).joined(separator: ",")
                + "],\"changed\":[" + changed.joined(separator: ",") + "]}"
        }
        let identical = errors.isEmpty && diffs.allSatisfy(\.isIdentical)
        return "{\"identical\":\(identical),\"documents\":[" + documents.joined(separator: ",") + "],\"errors\":["
            + errors.map(FactRecord.jsonString).joined(separator: ",") + "]}\n"
    }
}
