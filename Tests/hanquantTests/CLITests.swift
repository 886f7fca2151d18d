import Foundation
import Testing

/// Runs the built `hanquant` executable the way a user would.
@Suite("The hanquant command line")
struct CLITests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to this test bundle in the build folder.
    static var executable: URL {
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }
            .map { URL(fileURLWithPath: $0.bundlePath).deletingLastPathComponent() }
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("hanquant")
    }

    /// Runs `hanquant` (or another `executable`) with `arguments` in the repository's folder.
    func run(_ arguments: [String], stdin: Data? = nil, executable: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable ?? Self.executable
        process.arguments = executable == nil ? arguments : Array(arguments.dropFirst())
        process.currentDirectoryURL = Self.root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFile(_ bytes: [UInt8], name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hanquant-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    @Test("A failed write (a full disk) is one error line and exit 1, not a crash")
    func fullDisk() throws {
        let script = "\"$0\" extract --quiet Corpus/guanghua-2016-work-report.txt > /dev/full"
        let result = try run(["sh", "-c", script, Self.executable.path], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write standard output: No space left on device"))
    }

    @Test("--version names HanQuant and ICU")
    func version() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("hanquant 0.1.0 (ICU 7"))
    }

    @Test("segments shows the seed's encoding, title, date, sections and sentences")
    func segmentsOnSeed() throws {
        let result = try run(["segments", "Corpus/guanghua-2016-work-report.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("encoding:  UTF-8 (well-formed)"))
        #expect(lines.contains("title:     广化街道2016年工作总结和2017年工作计划 (line 5)"))
        #expect(lines.contains("date:      2016-12-09 (line 12)"))
        #expect(lines.contains("sections (21):"))
        #expect(lines.contains("   44  三、2017年工作计划"))
        #expect(lines.contains("   48    (一)在“大拆大整”上做深文章"))
        #expect(lines.contains("  [三、 > (六)]"))
        #expect(lines.contains("   58  强化打黑治乱力度,确保2017年接警数、两抢、入室盗窃案件均下降15%以上。"))
    }

    @Test("segments reads standard input as -")
    func segmentsFromStandardInput() throws {
        let result = try run(["segments", "-"], stdin: Data("一、总体情况\n全年完成投资10亿元。\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("file:      <stdin>"))
        #expect(result.stdout.contains("    1  一、总体情况"))
        #expect(result.stdout.contains("    2  全年完成投资10亿元。"))
    }

    @Test("segments lists each table with its lines, columns, unit, caption and header, and says when one cannot be read")
    func segmentsTables() throws {
        let text = "统计公报\n\n表1 主要产品产量\n单位：万吨\n| 产品 | 产量 | 增长(%) |\n| 粮食 | 35.2 | 1.8 |\n| 油料 | 1.05 | -4.2 |\n\n"
            + "项目\t金额\t增长\n税收\t12.87\t6.8\n基金\t6.12\t-31.6\t2\n"
        let result = try run(["segments", "-"], stdin: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("tables (2):\n    3-7  bar, 3 columns, 2 rows, unit 万吨, caption 表1 主要产品产量\n      header: 产品 | 产量 | 增长(%)\n"))
        #expect(result.stdout.contains("    9-11  tab, 3 columns, 2 rows\n      header: 项目 | 金额 | 增长\n"
                                       + "      not read: line 11 has 4 cells where the other rows with figures have 3\n"))
    }

    @Test("text prints the text a web page was read as, and every fact's offsets index it")
    func textCommand() throws {
        let page = Data("<html><body><nav>首页</nav><p>全年完成投资3亿元&nbsp;，增长5%。</p><footer>版权所有</footer></body></html>".utf8)
        let text = try run(["text", "-"], stdin: page)
        #expect(text.status == 0)
        #expect(text.stdout == "全年完成投资3亿元\u{00A0}，增长5%。\n") // &nbsp; decoded
        let facts = try run(["extract", "--quiet", "--format", "jsonl", "-"], stdin: page)
        let scalars = Array(text.stdout.unicodeScalars)
        for line in facts.stdout.split(separator: "\n") {
            let fact = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(fact["start"] as? Int), end = try #require(fact["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == fact["text"] as? String)
        }
        #expect(facts.stdout.split(separator: "\n").count == 2)
    }

    @Test("A binary file is refused with one line naming it, and exit status 1")
    func binaryFile() throws {
        let file = try temporaryFile([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02], name: "image.png")
        let result = try run(["segments", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: \(file.path): not text: NUL byte at offset 4 and no UTF-16 or UTF-32 encoding\n")
    }

    @Test("An empty file is an empty document, not an error")
    func emptyFile() throws {
        let file = try temporaryFile([], name: "empty.txt")
        let result = try run(["segments", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("title:     (none)"))
        #expect(result.stdout.contains("lines:     0, paragraphs: 0, sentences: 0"))
    }

    @Test("extract goes on past a bad document, reports it on stderr and exits 1")
    func extractContinuesPastBadDocument() throws {
        let binary = try temporaryFile([0x00, 0xFF, 0x00, 0x01], name: "blob.bin")
        let result = try run(["extract", "--format", "json", "Corpus/guanghua-2016-work-report.txt", binary.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(binary.path): not text: NUL byte at offset 0 and no UTF-16 or UTF-32 encoding\n"
                + "hanquant: 2 documents, 149 facts, 1 failed: \(binary.path)\n")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(documents[0]["doc"] as? String == "guanghua-2016-work-report")
        #expect(documents[0]["doc_date"] as? String == "2016-12-09")
        let facts = try #require(documents[0]["facts"] as? [[String: Any]])
        let first = try #require(facts.first)
        #expect(first["text"] as? String == "7家")
        #expect(facts.contains { $0["text"] as? String == "10.69亿元" && $0["value"] as? String == "1069000000" })
    }

    @Test("--units adds a unit from a file; --currency names the currency of a bare 元")
    func unitsAndCurrency() throws {
        let units = try temporaryFile(Array("# my units\n英亩\tm2\t4046.8564224\tarea\n".utf8), name: "units.tsv")
        let input = Data("開發用地12英亩，補助3萬元。".utf8)
        let result = try run(["extract", "--units", units.path, "--currency", "TWD", "--quiet", "-"], stdin: input)
        #expect(result.status == 0)
        let facts = try result.stdout.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(facts.map { $0["value"] as? String } == ["48562.2770688", "30000"])
        #expect(facts.map { $0["base_unit"] as? String } == ["m2", "TWD"])
        #expect(facts.map { $0["doc"] as? String } == ["stdin", "stdin"])
    }

    @Test("A document's region gives a bare 元 its currency, and --currency overrides it")
    func regionCurrency() throws {
        let input = Data("立法院審議中華民國113年度總預算，行政院編列歲出2兆8,000億元。\n".utf8)
        for (options, expected) in [([String](), "TWD"), (["--currency", "HKD"], "HKD")] {
            let result = try run(["extract", "--format", "json", "--quiet"] + options + ["-"], stdin: input)
            #expect(result.status == 0)
            let root = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let document = try #require((root["documents"] as? [[String: Any]])?.first)
            #expect(document["region"] as? String == "TW")
            #expect(document["currency"] as? String == expected)
            let facts = try #require(document["facts"] as? [[String: Any]])
            #expect(facts.map { $0["base_unit"] as? String } == [expected])
        }
    }

    @Test("A malformed units file is a usage error naming its line, exit status 2, and -o leaves no file")
    func badUnitsFile() throws {
        let units = try temporaryFile(Array("英亩\tm2\tlots\tarea\n".utf8), name: "bad.tsv")
        let folder = units.deletingLastPathComponent()
        let output = folder.appendingPathComponent("out.jsonl")
        let result = try run(["extract", "--units", units.path, "-o", output.path, "Corpus/guanghua-2016-work-report.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(units.path):1: factor 'lots' is not a decimal or fraction"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.tsv"])
    }

    @Test("An unknown option is a usage error with exit status 2")
    func usageError() throws {
        let result = try run(["extract", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--no-such-option'"))
    }

    @Test("An unknown path is reported, not crashed on")
    func missingFile() throws {
        let result = try run(["segments", "no/such/file.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: no/such/file.txt: no such file\n")
    }
}
