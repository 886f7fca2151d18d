/// One key and value from the metadata block above a document
/// (`索引号 001008003001082/2017-00344`).
public struct MetadataField: Sendable, Equatable {
    /// The key, e.g. 发布机构.
    public let key: String
    /// The value as written, e.g. 广化街道.
    public let value: String
    /// The 1-based line it stands on.
    public let line: Int
}

/// Recognizes metadata lines from the keys in `Lexicons/metadata-keys.tsv`.
struct MetadataReader: Sendable {
    /// Every known key.
    let keys: Set<String>
    /// Keys whose value is the date the document was written.
    let dateKeys: Set<String>

    /// The reader for the bundled key list.
    static let bundled = MetadataReader(LexiconFile.bundled("metadata-keys.tsv"))

    /// Builds a reader from a key list.
    init(_ lexicon: LexiconFile) {
        keys = Set(lexicon.rows.map { $0[0] })
        dateKeys = Set(lexicon.rows.filter { $0.count > 1 && $0[1] == "date" }.map { $0[0] })
    }

    /// The longest line read as metadata; a longer one is body text that
    /// happens to start with a key.
    static let longestLine = 200

    /// The fields of `line` when it starts with a known key, else nil.
    /// A line may hold several pairs: `组配分类 计划总结 发布机构 广化街道`,
    /// `发布时间：2024-03-05 09:36  来源：统计局`. A key may be followed by a
    /// colon, with or without a space after it.
    func fields(of line: String, lineNumber: Int) -> [MetadataField]? {
        guard line.utf16.count <= Self.longestLine else { return nil }
        var tokens: [String] = []
        for token in line.split(whereSeparator: { $0.isWhitespace }) {
            let (key, rest) = splitKey(token)
            if let key { tokens.append(key) }
            if !rest.isEmpty { tokens.append(rest) }
        }
        guard let first = tokens.first, keys.contains(first) else { return nil }
        var fields: [(key: String, values: [String])] = []
        for token in tokens {
            if keys.contains(token) {
                fields.append((token, []))
            } else {
                fields[fields.count - 1].values.append(token)
            }
        }
        return fields.map { MetadataField(key: $0.key, value: $0.values.joined(separator: " "), line: lineNumber) }
    }

    /// A token's key, when it is a known key or starts with one and a colon
    /// (`来源：统计局`), and the rest of the token.
    private func splitKey(_ token: Substring) -> (key: String?, rest: String) {
        if keys.contains(String(token)) { return (String(token), "") }
        guard let colon = token.firstIndex(where: { Self.colons.contains($0) }) else { return (nil, String(token)) }
        let key = String(token[..<colon])
        guard keys.contains(key) else { return (nil, String(token)) }
        return (key, String(token[token.index(after: colon)...]))
    }

    private static let colons: Set<Character> = [":", "：", "∶"]

    /// The writing date named by the first date-role field, if any; the
    /// date may be followed by a time (`2024-03-05 09:36`) or stand after a
    /// name (`主計總處 2023/10/25`).
    func writingDate(in fields: [MetadataField]) -> (date: CalendarDate, field: MetadataField)? {
        for field in fields where dateKeys.contains(field.key) {
            if let date = DateReader.firstDate(in: field.value) { return (date, field) }
        }
        return nil
    }
}
