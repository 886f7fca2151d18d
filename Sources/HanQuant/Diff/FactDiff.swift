/// The differences between a document's facts and its golden file.
///
/// Facts are matched by position (start and end offsets) and value; a fact
/// found at the same position with the same value but other fields is
/// changed, and the changed fields are listed. `seq` is not compared, so
/// that one added fact does not make every later one differ.
public struct FactDiff: Sendable {
    /// A fact present in both, with the fields that differ.
    public struct Changed: Sendable {
        /// The golden fact.
        public let expected: FactRecord
        /// The fact extracted now.
        public let actual: FactRecord
        /// The fields whose values differ, in output order.
        public let fields: [String]
    }

    /// The document's name.
    public let doc: String
    /// Facts extracted now that the golden file lacks.
    public let added: [FactRecord]
    /// Golden facts no longer extracted.
    public let removed: [FactRecord]
    /// Facts in both whose fields differ.
    public let changed: [Changed]

    /// Whether the facts and the golden file agree.
    public var isIdentical: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Compares `actual` facts with `expected` golden ones.
    public init(doc: String, expected: [FactRecord], actual: [FactRecord]) {
        self.doc = doc
        func key(_ record: FactRecord) -> String { record.position + " " + (record["value"] ?? "") }
        var pending: [String: [FactRecord]] = [:]
        for record in expected { pending[key(record), default: []].append(record) }
        var added: [FactRecord] = []
        var changed: [Changed] = []
        for record in actual {
            guard let golden = pending[key(record)]?.first else {
                added.append(record)
                continue
            }
            pending[key(record)]?.removeFirst()
            let fields = Self.comparedFields.filter { golden[$0] != record[$0] }
            if !fields.isEmpty { changed.append(Changed(expected: golden, actual: record, fields: fields)) }
        }
        let leftOver = Set(pending.values.flatMap { $0.map(key) })
        self.removed = expected.filter { leftOver.contains(key($0)) }
        self.added = added
        self.changed = changed
    }

    /// Every output field but `seq`.
    static let comparedFields = FactRow.fieldNames.filter { $0 != "seq" }
}
