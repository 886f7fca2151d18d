import Foundation
import Testing
@testable import HanQuant

/// Every Corpus document, written in each format, validates against
/// `docs/hanquant.schema.json`.
@Suite("Output contract")
struct OutputSchemaTests {
    let validator = try! JSONSchemaValidator(contentsOf: RepositoryFiles.url("docs/hanquant.schema.json"))

    static func extraction(_ path: String) throws -> Extraction {
        try Extractor().extract(contentsOf: RepositoryFiles.url(path))
    }

    static func output(_ extraction: Extraction, _ format: OutputFormat) -> String {
        var writer = FactWriter(format: format)
        return String(decoding: writer.header() + writer.write(extraction) + writer.footer(), as: UTF8.self)
    }

    @Test("JSON output validates against the schema", arguments: RepositoryFiles.corpusDocuments)
    func json(document: String) throws {
        let extraction = try Self.extraction(document)
        let value = try JSONSerialization.jsonObject(with: Data(Self.output(extraction, .json).utf8))
        let errors = validator.errors(value, against: validator.root)
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        let facts = ((value as? [String: Any])?["documents"] as? [[String: Any]])?.first?["facts"] as? [Any]
        #expect(facts?.count == extraction.facts.count)
        #expect(!extraction.facts.isEmpty)
    }

    @Test("Streamed output in small chunks is the same bytes as output written whole",
          arguments: [OutputFormat.jsonl, .json, .csv])
    func streamed(format: OutputFormat) throws {
        let extraction = try Self.extraction(RepositoryFiles.seed)
        var chunks: [[UInt8]] = []
        FactWriter.stream(extraction, format: format, chunkSize: 100) { chunks.append(Array($0)) }
        #expect(chunks.count > 100)
        #expect(chunks.flatMap { $0 } == FactWriter.document(extraction, format: format).bytes)
    }

    @Test("Every JSONL line validates as a fact", arguments: RepositoryFiles.corpusDocuments)
    func jsonl(document: String) throws {
        let extraction = try Self.extraction(document)
        let lines = Self.output(extraction, .jsonl).split(separator: "\n")
        #expect(lines.count == extraction.facts.count)
        for line in lines {
            let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let errors = validator.errors(value, against: validator.definition("fact"))
            #expect(errors.isEmpty, "\(errors.prefix(5))")
        }
    }

    @Test("Every CSV row, typed by the header, validates as a fact", arguments: RepositoryFiles.corpusDocuments)
    func csv(document: String) throws {
        let extraction = try Self.extraction(document)
        let rows = CSVReader.rows(Self.output(extraction, .csv))
        #expect(rows.first == FactRow.fieldNames)
        #expect(rows.count == extraction.facts.count + 1)
        for row in rows.dropFirst() {
            #expect(row.count == FactRow.fieldNames.count)
            var object: [String: Any] = [:]
            for (name, cell) in zip(FactRow.fieldNames, row) {
                switch name {
                case "seq", "line", "start", "end": object[name] = Int(cell).map { NSNumber(value: $0) } ?? cell
                case "of", "table", "row", "column", "page": object[name] = cell.isEmpty ? NSNull() : Int(cell).map { NSNumber(value: $0) } ?? cell
                case "target": object[name] = cell == "true" || cell == "false" ? NSNumber(value: cell == "true") : cell
                default: object[name] = cell.isEmpty ? NSNull() : cell
                }
            }
            let errors = validator.errors(object, against: validator.definition("fact"))
            #expect(errors.isEmpty, "\(errors.prefix(5))")
        }
    }

    @Test("Offsets index the decoded document by code points, as Python's text[start:end] does",
          arguments: RepositoryFiles.corpusDocuments)
    func offsets(document: String) throws {
        let extraction = try Self.extraction(document)
        let scalars = Array(extraction.document.text.originalString.unicodeScalars)
        for line in Self.output(extraction, .jsonl).split(separator: "\n") {
            let fact = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(fact["start"] as? Int), end = try #require(fact["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == fact["text"] as? String)
        }
    }

    @Test("The schema validator rejects what breaks the contract")
    func validatorCatchesViolations() throws {
        let fact = validator.definition("fact")
        let good = try #require(try JSONSerialization.jsonObject(with: Data(
            Self.output(Self.extraction(RepositoryFiles.seed), .jsonl).split(separator: "\n")[1].utf8)) as? [String: Any])
        #expect(validator.errors(good, against: fact).isEmpty)
        var bad = good
        bad["value"] = "1.069E9"
        bad["target"] = "no"
        bad["extra"] = 1
        bad.removeValue(forKey: "period")
        let errors = validator.errors(bad, against: fact)
        #expect(errors.count == 4, "\(errors)")
    }
}
