import Foundation

/// Files of this repository that tests read: the Corpus and test samples.
enum RepositoryFiles {
    /// The repository's top folder, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A file below the repository's top folder.
    static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The bytes of a file below the repository's top folder.
    static func bytes(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// The seed document, in UTF-8.
    static let seed = "Corpus/guanghua-2016-work-report.txt"
    /// The seed converted to GB18030.
    static let seedGB18030 = "Corpus/encodings/guanghua-2016-work-report.gb18030.txt"
    /// The seed converted to UTF-16LE with a byte order mark.
    static let seedUTF16LE = "Corpus/encodings/guanghua-2016-work-report.utf16le.txt"
    /// A Traditional-script report in Big5.
    static let big5Report = "Corpus/wenshan-2016-district-report.big5.txt"
    /// Every document under Corpus/, as paths relative to the repository.
    static var corpusDocuments: [String] {
        let corpus = url("Corpus")
        let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? [])
            .filter { !$0.hasDirectoryPath && !$0.lastPathComponent.hasPrefix(".") }
            .map { "Corpus/" + $0.path.replacingOccurrences(of: corpus.path + "/", with: "") }
            .sorted()
    }

    /// The same report's expected text, in UTF-8.
    static let big5ReportText = "Tests/HanQuantTests/Samples/wenshan-2016-district-report.utf8.txt"
}

extension Array where Element == UInt16 {
    /// The UTF-16 units of a string, for building test inputs.
    init(utf16Of string: String) { self = Array(string.utf16) }
}
