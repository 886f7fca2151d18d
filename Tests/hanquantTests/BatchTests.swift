import Foundation
import Testing

/// Batch extraction, diff against fixtures, statistics, and output that
/// analytics tools read: the way analysts use hanquant.
@Suite("Batches, diff and analytics")
struct BatchTests {
    let cli = CLITests()

    /// A folder holding copies of the Corpus documents in a subfolder, and one binary file.
    func corpusCopy() throws -> URL {
        let folder = try cli.temporaryFile([], name: "placeholder").deletingLastPathComponent()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("placeholder"))
        let documents = folder.appendingPathComponent("reports/2016")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        for name in ["guanghua-2016-work-report.txt", "qinghe-2016-statistical-bulletin.txt",
                     "wenshan-2016-district-report.big5.txt"] {
            try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("Corpus/\(name)"),
                                             to: documents.appendingPathComponent(name))
        }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]).write(to: documents.appendingPathComponent("chart.png"))
        return folder
    }

    @Test("A folder with a binary file among reports: facts for the others, one error line, exit 1")
    func folderWithBinary() throws {
        let folder = try corpusCopy()
        let output = folder.appendingPathComponent("facts.jsonl")
        let result = try cli.run(["extract", folder.appendingPathComponent("reports").path, "-o", output.path])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix("chart.png: not text: NUL byte at offset 4 and no UTF-16 or UTF-32 encoding") == true)
        #expect(result.stderr.contains("hanquant: 4 documents, 346 facts, 1 failed: "))
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 149 + 177 + 20)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["facts.jsonl", "reports"])
    }

    @Test("A folder mixing every format, named by content or not: facts for each readable file, one error line per other")
    func folderOfEveryFormat() throws {
        let folder = try cli.temporaryFile([], name: "placeholder").deletingLastPathComponent()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("placeholder"))
        let documents = folder.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        // The Word document and the page keep no telling extension: content decides.
        for (source, copy) in [("baishi-2024-work-report.txt", "report.txt"),
                               ("formats/baishi-2024-work-report-page.html", "content_2024.shtml"),
                               ("formats/baishi-2024-work-report-pdf.pdf", "report.pdf"),
                               ("formats/baishi-2024-work-report-docx.docx", "download.dat")] {
            try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("Corpus/\(source)"),
                                             to: documents.appendingPathComponent(copy))
        }
        let unreadable: [(String, [UInt8], String)] = [
            ("chart.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D], "not text: NUL byte at offset 4"),
            ("old-report.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 56),
             "libreoffice --headless --convert-to docx"),
            ("photos.zip", [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26), "not a Word document (.docx)"),
            ("broken.pdf", Array("%PDF-1.4\nnot really a PDF\n".utf8), "a PDF that pdftotext could not read"),
        ]
        for (name, bytes, _) in unreadable { try Data(bytes).write(to: documents.appendingPathComponent(name)) }
        let output = folder.appendingPathComponent("facts.jsonl")
        let result = try cli.run(["extract", documents.path, "-o", output.path])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == unreadable.count, "\(errors)")
        for (name, _, message) in unreadable {
            #expect(errors.filter { $0.contains("/\(name): ") && $0.contains(message) }.count == 1, "\(name): \(errors)")
        }
        #expect(result.stderr.contains("hanquant: 8 documents, 232 facts, 4 failed: "))
        let records = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        let formats = try records.map { line -> String in
            let record = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return "\(record["doc"] ?? "") \(record["format"] ?? "")"
        }
        #expect(Dictionary(grouping: formats, by: { $0 }).mapValues(\.count)
                == ["content_2024 html": 58, "download docx": 58, "report.pdf pdf": 58, "report.txt txt": 58], "report.txt and report.pdf share a name, so both keep their extension")
    }

    @Test("Files that share a name are named by their path from their common folder; diff refuses a name given twice")
    func collidingNames() throws {
        let folder = try cli.temporaryFile([], name: "placeholder").deletingLastPathComponent()
        for (source, copy) in [("guanghua-2016-work-report.txt", "2016/report.txt"), ("baishi-2024-work-report.txt", "2024/report.txt"),
                               ("formats/baishi-2024-work-report-pdf.pdf", "2024/report.pdf")] {
            let target = folder.appendingPathComponent("reports/\(copy)")
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("Corpus/\(source)"), to: target)
        }
        let reports = folder.appendingPathComponent("reports").path
        let result = try cli.run(["extract", "--quiet", "--format", "csv", reports])
        let docs = Set(result.stdout.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) })
        #expect(docs == ["2016/report.txt", "2024/report.txt", "2024/report.pdf"])
        let fixtures = folder.appendingPathComponent("fixtures")
        try FileManager.default.createDirectory(at: fixtures, withIntermediateDirectories: true)
        let update = try cli.run(["diff", "--quiet", "--update", "--fixtures", fixtures.path, reports])
        #expect(update.status == 0)
        #expect(FileManager.default.fileExists(atPath: fixtures.appendingPathComponent("2016/report.txt.jsonl").path))
        let again = try cli.run(["diff", "--quiet", "--fixtures", fixtures.path, reports])
        #expect(again.status == 0 && again.stdout == "3 documents identical to their fixtures\n")
        let twice = try cli.run(["diff", "--quiet", "--fixtures", fixtures.path, "\(reports)/2016/report.txt", "\(reports)/2016/report.txt"])
        #expect(twice.status == 2 && twice.stderr.contains("report: two documents have this name, so their fixture is ambiguous"))
    }

    @Test("Parallel extraction writes the same bytes, in input order, as one job (which streams)",
          arguments: ["jsonl", "json", "csv"])
    func parallelOrder(format: String) throws {
        let corpus = CLITests.root.appendingPathComponent("Corpus").path
        let one = try cli.run(["extract", "--jobs", "1", "--quiet", "--format", format, corpus])
        let four = try cli.run(["extract", "--jobs", "4", "--quiet", "--format", format, corpus])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdout == four.stdout)
        if format == "jsonl" { #expect(one.stdout.split(separator: "\n").count == 1206) }
    }

    @Test("--include filters directory files; --files-from reads a list of paths")
    func includeAndFilesFrom() throws {
        let folder = try corpusCopy()
        let reports = folder.appendingPathComponent("reports").path
        let included = try cli.run(["extract", "--include", "*.big5.txt", "--quiet", reports])
        #expect(included.status == 0)
        #expect(included.stdout.split(separator: "\n").count == 20)
        let list = ["reports/2016/qinghe-2016-statistical-bulletin.txt", "reports/2016/wenshan-2016-district-report.big5.txt"]
            .map { folder.appendingPathComponent($0).path }.joined(separator: "\n") + "\n"
        let listed = try cli.run(["extract", "--files-from", "-", "--format", "csv", "--quiet"], stdin: Data(list.utf8))
        #expect(listed.status == 0)
        #expect(listed.stdout.split(separator: "\r\n").count == 1 + 177 + 20)
    }

    @Test("diff exits 0 on the Corpus, 1 with a readable report after a fixture is edited, and --update blesses")
    func diffAgainstFixtures() throws {
        let identical = try cli.run(["diff", "Corpus", "--fixtures", "Fixtures", "--quiet"])
        #expect(identical.status == 0)
        #expect(identical.stdout == "20 documents identical to their fixtures\n")

        let folder = try corpusCopy().appendingPathComponent("fixtures")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let golden = folder.appendingPathComponent("wenshan-2016-district-report.big5.jsonl")
        let original = try String(contentsOf: CLITests.root.appendingPathComponent("Fixtures/wenshan-2016-district-report.big5.jsonl"),
                                  encoding: .utf8)
        try original.replacingOccurrences(of: "\"indicator\":\"執行率\"", with: "\"indicator\":\"改过\"")
            .write(to: golden, atomically: true, encoding: .utf8)
        let document = "Corpus/wenshan-2016-district-report.big5.txt"
        let changed = try cli.run(["diff", document, "--fixtures", folder.path, "--quiet"])
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("wenshan-2016-district-report.big5: 0 added, 0 removed, 2 changed"))
        #expect(changed.stdout.contains("    indicator: \"改过\" → \"執行率\""))

        let json = try cli.run(["diff", document, "--fixtures", folder.path, "--quiet", "--format", "json"])
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["identical"] as? Bool == false)

        let update = try cli.run(["diff", document, "--fixtures", folder.path, "--quiet", "--update"])
        #expect(update.status == 0)
        #expect(update.stdout.hasPrefix("updated:\n"))
        #expect(try String(contentsOf: golden, encoding: .utf8) == original)
        let after = try cli.run(["diff", document, "--fixtures", folder.path, "--quiet"])
        #expect(after.status == 0)
    }

    @Test("stats counts facts by dimension and totals indicators by base unit")
    func stats() throws {
        let result = try cli.run(["stats", "--quiet", "Corpus/wenshan-2016-district-report.big5.txt"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("document") == true)
        #expect(lines.contains { $0.hasPrefix("wenshan-2016-district-report.big5") && $0.hasSuffix(" 20") })
        #expect(lines.contains { $0.contains("總預算執行數") && $0.contains("TWD") && $0.hasSuffix("325000000") })
    }

    /// Whether a test needing the program `name` runs: when it is installed,
    /// and always under `.ci/run` (HANQUANT_REQUIRE_TOOLS=1), where a missing
    /// program fails the test instead of skipping it.
    static func tool(_ name: String) -> Bool {
        ProcessInfo.processInfo.environment["HANQUANT_REQUIRE_TOOLS"] == "1"
            || ["/usr/bin", "/bin", "/usr/local/bin"].contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    @Test("CSV loads into SQLite and a query sums the CNY values exactly", .enabled(if: tool("sqlite3")))
    func sqlite() throws {
        let folder = try cli.temporaryFile([], name: "placeholder").deletingLastPathComponent()
        let csv = folder.appendingPathComponent("facts.csv")
        let extract = try cli.run(["extract", "--format", "csv", "--quiet", "-o", csv.path, "Corpus/guanghua-2016-work-report.txt"])
        #expect(extract.status == 0)
        let query = ".mode csv\n.import \(csv.path) facts\n"
            + "SELECT count(*), sum(CAST(value AS INTEGER)) FROM facts WHERE base_unit = 'CNY' AND target = 'false';\n"
        let result = try cli.run(["sqlite3", ":memory:"], stdin: Data(query.utf8), executable: URL(fileURLWithPath: "/usr/bin/sqlite3"))
        #expect(result.status == 0)
        // The expected count and sum come from the hand-checked golden file, added up exactly in Decimal.
        let fixture = try String(contentsOf: CLITests.root.appendingPathComponent("Fixtures/guanghua-2016-work-report.jsonl"), encoding: .utf8)
        var count = 0
        var sum = Decimal.zero
        for line in fixture.split(separator: "\n") {
            let fact = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if fact["base_unit"] as? String == "CNY", fact["target"] as? Bool == false {
                count += 1
                sum += Decimal(string: fact["value"] as! String)!
            }
        }
        #expect(result.stdout == "\(count),\(sum)\n")
        #expect(count > 10)
    }

    @Test("JSONL pipes through jq", .enabled(if: tool("jq")))
    func jq() throws {
        let extract = try cli.run(["extract", "--quiet", "Corpus/wenshan-2016-district-report.big5.txt"])
        let result = try cli.run(["jq", "-r", "select(.dimension == \"money\") | [.indicator, .value] | @tsv"],
                                 stdin: Data(extract.stdout.utf8), executable: URL(fileURLWithPath: "/usr/bin/jq"))
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").first == "總預算執行數\t325000000")
        #expect(result.stdout.split(separator: "\n").count == 4)
    }
}
