/// One document as the review page shows it: the text HanQuant read, its
/// facts (the JSONL records) with where each stands in that text, its
/// tables' cells, and, when golden fixtures are given, what `hanquant diff`
/// would report.
public struct ReviewDocument: Sendable {
    /// The extraction shown.
    public let extraction: Extraction
    /// The comparison with the document's golden file, if one was asked for.
    public let diff: FactDiff?

    /// A document to review, with its fixture comparison when there is one.
    public init(_ extraction: Extraction, diff: FactDiff? = nil) {
        self.extraction = extraction
        self.diff = diff
    }

    /// The document's entry of the page's data, as a JSON object:
    /// `doc`, `title`, `format`, `text`, `facts` (the JSONL records), `spans`
    /// (each fact's UTF-16 range in `text`, as a browser indexes it),
    /// `status` (null, `"added"` or the changed fields' fixture values),
    /// `removed` (the fixture's records no fact matches) and `tables`
    /// (each row's line, whether it is a header, and its cells' ranges).
    func json() -> String {
        let document = extraction.document, offsets = document.text.offsets
        func original(_ range: Range<Int>) -> String {
            let original = offsets.originalUTF16Range(ofNormalized: range)
            return "[\(original.lowerBound),\(original.upperBound)]"
        }
        let records = String(decoding: FactWriter.document(extraction, format: .jsonl).bytes, as: UTF8.self)
            .split(separator: "\n").map(String.init)
        let spans = extraction.facts.map { original($0.quantity.range) }
        let tables = document.tables.map { table in
            let rows = table.header.map { ($0, true) } + table.rows.map { ($0, false) }
            return "{\"rows\":[" + rows.map { row, isHeader in
                "{\"line\":\(row.line),\"header\":\(isHeader),\"cells\":[" + row.cells.map(original).joined(separator: ",") + "]}"
            }.joined(separator: ",") + "]}"
        }
        var fields = [
            "\"doc\":" + FactRecord.jsonString(document.name),
            "\"title\":" + (document.title.map(FactRecord.jsonString) ?? "null"),
            "\"format\":" + FactRecord.jsonString(document.format.rawValue),
            "\"text\":" + FactRecord.jsonString(document.text.originalString),
            "\"facts\":[" + records.joined(separator: ",") + "]",
            "\"spans\":[" + spans.joined(separator: ",") + "]",
            "\"tables\":[" + tables.joined(separator: ",") + "]",
        ]
        if let diff {
            fields.append("\"status\":[" + status(of: records.count, in: diff).joined(separator: ",") + "]")
            fields.append("\"removed\":[" + diff.removed.map(Self.object).joined(separator: ",") + "]")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// Each fact's place in the comparison, by its `seq`.
    private func status(of count: Int, in diff: FactDiff) -> [String] {
        var status = [String](repeating: "null", count: count)
        for record in diff.added { if let index = Self.index(record) { status[index] = "\"added\"" } }
        for change in diff.changed {
            guard let index = Self.index(change.actual) else { continue }
            let old = change.fields.map { FactRecord.jsonString($0) + ":" + (change.expected[$0] ?? "null") }
            status[index] = "{\"changed\":{" + old.joined(separator: ",") + "}}"
        }
        return status
    }

    private static func index(_ record: FactRecord) -> Int? {
        record["seq"].flatMap { Int($0) }.map { $0 - 1 }
    }

    /// A record as a JSON object, its fields by name.
    private static func object(_ record: FactRecord) -> String {
        "{" + record.fields.sorted { $0.key < $1.key }.map { FactRecord.jsonString($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }
}
