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
    /// The same keys, looked up by their UTF-16 units.
    private let keyUnits: PhraseTrie<Bool>
    /// Keys whose value is the date the document was written.
    let dateKeys: Set<String>

    /// The reader for the bundled key list.
    static let bundled = MetadataReader(LexiconFile.bundled("metadata-keys.tsv"))

    /// Builds a reader from a key list.
    init(_ lexicon: LexiconFile) {
        keys = Set(lexicon.rows.map { $0[0] })
        var keyUnits = PhraseTrie<Bool>()
        for key in keys { keyUnits.insert(key, true) }
        self.keyUnits = keyUnits
        dateKeys = Set(lexicon.rows.filter { $0.count > 1 && $0[1] == "date" }.map { $0[0] })
    }

    /// The longest line read as metadata; a longer one is body text that
    /// happens to start with a key.
    static let longestLine = 200

    /// The fields of `line` when it starts with a known key, else nil.
    /// A line may hold several pairs: `组配分类 计划总结 发布机构 广化街道`,
    /// `发布时间：2024-03-05 09:36  来源：统计局`. A key may be followed by a
    /// colon, with or without a space after it.
    ///
    /// A line of ``PlainUnits`` alone, as the lines of Chinese documents
    /// are, is read by its units; any other by its characters, to the
    /// same fields.
    func fields(of line: String, lineNumber: Int) -> [MetadataField]? {
        let units = Array(line.utf16)
        guard units.count <= Self.longestLine else { return nil }
        guard units.allSatisfy(PlainUnits.contains) else { return fieldsByCharacter(of: line, lineNumber: lineNumber) }
        var tokens = PlainTokens(units)
        guard let first = tokens.next(), let firstKey = key(of: first, in: units) else { return nil }
        var fields = [(key: firstKey.key, values: [Range<Int>]())]
        func add(_ token: Range<Int>) {
            if keyUnits.value(exactly: units[token]) != nil {
                fields.append((String(utf16Units: units, range: token), []))
            } else {
                fields[fields.count - 1].values.append(token)
            }
        }
        if let rest = firstKey.rest { add(rest) }
        while let token = tokens.next() {
            if let split = key(of: token, in: units) {
                fields.append((split.key, []))
                if let rest = split.rest { add(rest) }
            } else {
                add(token)
            }
        }
        return fields.map { field in
            MetadataField(key: field.key, value: field.values.map { String(utf16Units: units, range: $0) }.joined(separator: " "),
                          line: lineNumber)
        }
    }

    /// The key a token is or starts with before a colon, and the rest
    /// after the colon (nil when empty); nil when it is no key.
    private func key(of token: Range<Int>, in units: [UInt16]) -> (key: String, rest: Range<Int>?)? {
        if keyUnits.value(exactly: units[token]) != nil { return (String(utf16Units: units, range: token), nil) }
        guard let colon = units[token].firstIndex(where: { Self.colonUnits.contains($0) }),
              keyUnits.value(exactly: units[token.lowerBound..<colon]) != nil else { return nil }
        let rest = (colon + 1)..<token.upperBound
        return (String(utf16Units: units, range: token.lowerBound..<colon), rest.isEmpty ? nil : rest)
    }

    /// The colons of ``colons`` as units.
    private static let colonUnits: Set<UInt16> = [0x3A, 0xFF1A, 0x2236]

    /// The tokens of a line of plain units: runs between white space.
    private struct PlainTokens {
        let units: [UInt16]
        var index = 0

        init(_ units: [UInt16]) {
            self.units = units
        }

        mutating func next() -> Range<Int>? {
            while index < units.count, PlainUnits.isWhitespace(units[index]) { index += 1 }
            guard index < units.count else { return nil }
            let start = index
            while index < units.count, !PlainUnits.isWhitespace(units[index]) { index += 1 }
            return start..<index
        }
    }

    /// ``fields(of:lineNumber:)`` read by characters, for a line with
    /// other units: combining marks, surrogates, other spaces.
    func fieldsByCharacter(of line: String, lineNumber: Int) -> [MetadataField]? {
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
