import Foundation
@testable import HanQuant

/// One case of the quantity corpus: a line of text and the single quantity
/// it must yield (Duckling's design: one expected value, many surface forms).
///
/// The files in `Cases/` hold blocks: a line `= VALUE BASE_UNIT [approx=M] [max=V]`,
/// then surface lines. A surface line is the quantity alone, or a sentence
/// with the quantity marked as «…».
struct QuantityCase: CustomStringConvertible, Sendable {
    let file: String
    let line: Int
    let surface: String
    let expectedText: String
    let value: String
    let baseUnit: String
    let approx: String?
    let valueMax: String?

    /// The text to scan: the surface line without its «» marks.
    var input: String { surface.replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: "") }

    var description: String { "\(file):\(line) \(surface)" }

    /// Reads the cases of every corpus file except the negatives.
    static func load() throws -> [QuantityCase] {
        try caseFiles().flatMap { url in try parse(String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent) }
    }

    /// The negative sentences, which must yield no quantity, with their line numbers.
    static func negatives() throws -> [(line: Int, text: String)] {
        let url = RepositoryFiles.url("\(folder)/negatives.txt")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().compactMap { index, line in
                let text = line.trimmingCharacters(in: .whitespaces)
                return text.isEmpty || text.hasPrefix("#") ? nil : (index + 1, text)
            }
    }

    private static let folder = "Tests/HanQuantTests/Quantities/Cases"

    private static func caseFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: RepositoryFiles.url(folder), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" && $0.lastPathComponent != "negatives.txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func parse(_ text: String, file: String) throws -> [QuantityCase] {
        var cases: [QuantityCase] = []
        var expected: (value: String, base: String, approx: String?, max: String?)?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("= ") {
                let fields = line.dropFirst(2).split(separator: " ").map(String.init)
                guard fields.count >= 2 else { throw CorpusError(file: file, line: index + 1) }
                let options = Dictionary(fields.dropFirst(2).compactMap { field -> (String, String)? in
                    let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
                    return parts.count == 2 ? (parts[0], parts[1]) : nil
                }, uniquingKeysWith: { first, _ in first })
                expected = (fields[0], fields[1], options["approx"], options["max"])
                continue
            }
            guard let expected else { throw CorpusError(file: file, line: index + 1) }
            let marked = line.firstRange(of: "«").flatMap { open in
                line.firstRange(of: "»").map { close in String(line[open.upperBound..<close.lowerBound]) }
            }
            cases.append(QuantityCase(file: file, line: index + 1, surface: line, expectedText: marked ?? line,
                                      value: expected.value, baseUnit: expected.base, approx: expected.approx,
                                      valueMax: expected.max))
        }
        return cases
    }
}

/// A corpus line that is neither a comment, an expectation nor a case under one.
struct CorpusError: Error, CustomStringConvertible {
    let file: String
    let line: Int
    var description: String { "\(file):\(line): malformed corpus line" }
}
