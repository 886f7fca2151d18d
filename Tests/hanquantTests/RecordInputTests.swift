import Foundation
import Testing

/// `extract --input-format jsonl`: documents that already sit in a table
/// come as `{"doc", "text"}` records, and give the facts their files give.
@Suite("Records in, facts out")
struct RecordInputTests {
    let cli = CLITests()

    /// The Corpus's UTF-8 plain-text documents: name and text.
    static func corpusDocuments() throws -> [(name: String, text: String)] {
        let folder = CLITests.root.appendingPathComponent("Corpus")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".txt") && !$0.contains(".gb18030") && !$0.contains(".big5") }
            .map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// One JSON Lines record.
    static func record(_ fields: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("the Corpus as records gives, byte for byte, the facts of its files, on one core and on two", arguments: [1, 2])
    func corpusAsRecords(jobs: Int) throws {
        let documents = try Self.corpusDocuments()
        #expect(documents.count >= 12)
        let lines = try documents.map { try Self.record(["doc": String($0.name.dropLast(4)), "text": $0.text, "source": "corpus"]) }
        let records = try cli.temporaryFile(Array((lines.joined(separator: "\n") + "\n").utf8), name: "corpus.jsonl")
        let fromRecords = try cli.run(["extract", "--input-format", "jsonl", "--jobs", "\(jobs)", records.path])
        let fromFiles = try cli.run(["extract", "--jobs", "1"] + documents.map { "Corpus/\($0.name)" })
        #expect(fromRecords.status == 0 && fromFiles.status == 0)
        #expect(!fromFiles.stdout.isEmpty)
        #expect(fromRecords.stdout == fromFiles.stdout)
        let summary = fromFiles.stderr.split(separator: "\n").last.map(String.init)
        #expect(fromRecords.stderr.split(separator: "\n").last.map(String.init) == summary)
    }

    @Test("bad records among good ones: one error line each, naming its line and id; the stream goes on; exit 1")
    func badRecords() throws {
        let good = "2023年全市地区生产总值10.69亿元，增长5.2%。"
        let lines = [
            try Self.record(["doc": "a", "text": good]),
            "{\"doc\": \"b\", \"text\": ",                       // cut short
            try Self.record(["doc": "c", "body": good]),          // no text
            "",                                                   // blank: passed over
            try Self.record(["doc": "d", "text": 42]),            // text not a string
            try Self.record(["doc": 7, "text": good]),            // an integer id
            try Self.record(["doc": "e", "text": "<html><body>" + good + "</body></html>"]),
        ]
        let result = try cli.run(["extract", "--input-format", "jsonl", "-"],
                                 stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors == ["error: <stdin> line 2: not a JSON object",
                           "error: <stdin> line 3 (doc \"c\"): no \"text\" field",
                           "error: <stdin> line 5 (doc \"d\"): \"text\" is not a string"])
        let facts = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(facts.map { $0["doc"] as? String } == ["a", "a", "7", "7", "e", "e"])
        #expect(facts.map { $0["value"] as? String } == ["1069000000", "5.2", "1069000000", "5.2", "1069000000", "5.2"])
        #expect(result.stderr.contains("hanquant: 6 documents, 6 facts, 3 failed: <stdin> line 2, <stdin> line 3 (doc \"c\"), <stdin> line 5 (doc \"d\")"))
    }

    @Test("--doc-field and --text-field name other fields; the defaults then go unread")
    func otherFieldNames() throws {
        let line = try Self.record(["id": "r1", "content": "粮食产量1.4万亿斤左右。", "doc": "ignored", "text": "增长9%"])
        let result = try cli.run(["extract", "--quiet", "--input-format", "jsonl", "--doc-field", "id", "--text-field", "content", "-"],
                                 stdin: Data(line.utf8))
        #expect(result.status == 0)
        let fact = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(fact["doc"] as? String == "r1")
        #expect(fact["value"] as? String == "700000000000")
    }

    @Test("options that do not fit records are usage errors", arguments: [
        (["extract", "--input-format", "jsonl", "--encoding", "GB18030", "-"], "--encoding does not apply to --input-format jsonl"),
        (["extract", "--doc-field", "id", "-"], "--doc-field and --text-field name the fields of --input-format jsonl records"),
        (["extract", "--input-format", "jsonl", "--doc-field", "text", "-"], "must name two fields"),
        (["text", "--input-format", "jsonl", "-"], "--input-format jsonl is not read by text and segments: each shows one document"),
        (["extract", "--input-format", "xml", "-"], "one of 'txt', 'html', 'pdf', 'docx' or 'jsonl'"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try cli.run(arguments, stdin: Data())
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
