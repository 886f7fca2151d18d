import Foundation

/// A lexicon shipped as a resource file: one entry per line, tab-separated
/// columns, `#` comments and blank lines ignored.
public struct LexiconFile: Sendable {
    /// The entries, each split into its tab-separated columns.
    public let rows: [[String]]

    /// Parses lexicon text.
    public init(text: String) {
        rows = text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return trimmed.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
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
