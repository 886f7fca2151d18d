import Foundation
@testable import HanQuant

/// One case of the fact corpus: a sentence under a document head, the
/// quantity marked in it as «…», and the fields its fact must have.
///
/// The files in `Facts/Cases/` hold blocks. `@ LINE | LINE | …` sets the
/// head of the documents that follow (title, date line, heading …);
/// `= field=value …` sets the expected fields (`period`, `target`,
/// `change`, `indicator`, `base_unit`, `of`: the text of the quantity the
/// fact describes, or `-` for none; `-` is null for any field); every other
/// line is a sentence, placed alone under the head.
struct FactCorpusCase: CustomStringConvertible, Sendable {
    let file: String
    let line: Int
    let head: [String]
    let sentence: String
    let quantity: String
    let expected: [(field: String, value: String)]

    var description: String { "\(file):\(line) \(sentence)" }

    /// The document text: the head lines, then the sentence without its marks.
    var document: String {
        (head + [sentence.replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: "")])
            .joined(separator: "\n\n") + "\n"
    }

    static let folder = "Tests/HanQuantTests/Facts/Cases"

    /// Every case of every file in the folder.
    static func load() throws -> [FactCorpusCase] {
        let urls = try FileManager.default.contentsOfDirectory(at: RepositoryFiles.url(folder), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try urls.flatMap { try parse(String(contentsOf: $0, encoding: .utf8), file: $0.lastPathComponent) }
    }

    static func parse(_ text: String, file: String) throws -> [FactCorpusCase] {
        var cases: [FactCorpusCase] = []
        var head: [String] = []
        var expected: [(String, String)] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@ ") {
                head = line.dropFirst(2).components(separatedBy: " | ")
            } else if line.hasPrefix("= ") {
                expected = try line.dropFirst(2).split(separator: " ").map { field in
                    let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { throw CorpusError(file: file, line: index + 1) }
                    return (parts[0], parts[1])
                }
            } else {
                guard let open = line.firstIndex(of: "«"), let close = line.firstIndex(of: "»"), open < close,
                      !expected.isEmpty else { throw CorpusError(file: file, line: index + 1) }
                cases.append(FactCorpusCase(file: file, line: index + 1, head: head, sentence: line,
                                            quantity: String(line[line.index(after: open)..<close]),
                                            expected: expected.map { (field: $0.0, value: $0.1) }))
            }
        }
        return cases
    }
}
