import Foundation

/// A lexicon shipped as a resource file or given by a user: one entry per
/// line, tab-separated columns, `#` comments and blank lines ignored.
public struct LexiconFile: Sendable {
    /// One entry: its columns and the line it stands on.
    public struct Row: Sendable {
        /// The 1-based line in the file.
        public let line: Int
        /// The tab-separated columns, trimmed of spaces.
        public let columns: [String]

        /// The number of columns.
        public var count: Int { columns.count }

        /// The column at `index`.
        public subscript(index: Int) -> String { columns[index] }
    }

    /// The entries in file order.
    public let rows: [Row]

    /// Parses lexicon text.
    public init(text: String) {
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = Self.trimmingSpaces(line)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let columns = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map { String(Self.trimmingSpaces($0)) }
            rows.append(Row(line: index + 1, columns: columns))
        }
        self.rows = rows
    }

    /// `text` without leading and trailing white space (the Unicode
    /// White_Space property, line ends included). Foundation's trimming went
    /// through NSString and was most of the time spent loading lexicons.
    private static func trimmingSpaces(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }

    /// Loads a lexicon bundled with the library, e.g. `bundled("metadata-keys.tsv")`.
    static func bundled(_ fileName: String) -> LexiconFile {
        guard let url = Bundle.module.url(forResource: fileName, withExtension: nil, subdirectory: "Lexicons"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("HanQuant's resource Lexicons/\(fileName) is missing from the bundle")
        }
        return LexiconFile(text: text)
    }
}
