import Foundation
import Testing
@testable import HanQuant

/// Each Corpus document, extracted, matches its hand-checked golden files
/// `Fixtures/<doc>.jsonl` and `Fixtures/<doc>.csv`.
@Suite("Golden fixtures")
struct GoldenFixtureTests {
    static func output(_ document: String, _ format: OutputFormat) throws -> String {
        let extraction = try Extractor().extract(contentsOf: RepositoryFiles.url(document))
        var writer = FactWriter(format: format)
        return String(decoding: writer.header() + writer.write(extraction) + writer.footer(), as: UTF8.self)
    }

    static func fixture(_ document: String, _ format: OutputFormat) -> URL {
        let name = DocumentReader.documentName(for: RepositoryFiles.url(document))
        return RepositoryFiles.url("Fixtures/\(name).\(format.rawValue)")
    }

    @Test("JSONL matches the golden file", arguments: RepositoryFiles.corpusDocuments)
    func jsonl(document: String) throws {
        try Snapshot.assertMatches(Self.output(document, .jsonl), golden: Self.fixture(document, .jsonl))
    }

    @Test("CSV matches the golden file", arguments: RepositoryFiles.corpusDocuments)
    func csv(document: String) throws {
        try Snapshot.assertMatches(Self.output(document, .csv), golden: Self.fixture(document, .csv))
    }

    @Test("The seed's encoded copies give the seed's facts, but for the document name")
    func encodedCopies() throws {
        let seed = try Self.output(RepositoryFiles.seed, .jsonl)
        for copy in [RepositoryFiles.seedGB18030, RepositoryFiles.seedUTF16LE] {
            let name = DocumentReader.documentName(for: RepositoryFiles.url(copy))
            let renamed = try Self.output(copy, .jsonl)
                .replacingOccurrences(of: "\"doc\":\"\(name)\"", with: "\"doc\":\"guanghua-2016-work-report\"")
            #expect(renamed == seed)
        }
    }
}
