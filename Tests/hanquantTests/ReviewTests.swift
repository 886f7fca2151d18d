import Foundation
import Testing

/// `hanquant review` writes a page that works in a real browser: Chromium,
/// headless, opens it from a file with the network off, and a check run in
/// the page (Tests/Review/selftest.js) finds every fact highlighted once and
/// each click on a highlight selecting its row. Skipped without Chromium,
/// except under `.ci/run`, which installs it.
@Suite("Review page")
struct ReviewTests {
    let cli = CLITests()

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
    static var available: Bool { ProcessInfo.processInfo.environment["HANQUANT_REQUIRE_TOOLS"] == "1" || chromium != nil }

    /// What selftest.js found in one document.
    struct Checked: Decodable {
        let doc: String
        let facts, marks, highlightedOnce, textMatches, clicked, clicksSelectingRow, rowClicksSelectingMark: Int
        let renderMilliseconds, added, changed, removed, tables: Int
    }
    struct SelfTest: Decodable {
        struct Filter: Decodable { let visible: Int; let allWithoutPeriod: Bool }
        let documents: [Checked]
        let noPeriodFilter: Filter
    }

    /// Writes the review page of `arguments`, runs it in Chromium with the self-test, and returns what that found.
    func check(_ arguments: [String], screenshot: URL? = nil, clickEvery: Int = 1) throws -> SelfTest {
        let chromium = try #require(Self.chromium, "Chromium is not installed: sudo apt-get install -y chromium")
        let folder = try cli.temporaryFile([], name: "placeholder").deletingLastPathComponent()
        let page = folder.appendingPathComponent("review.html")
        let run = try cli.run(["review", "--quiet", "-o", page.path] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("http://") && !html.contains("https://"), "the page refers to the network")
        let selfTest = try String(contentsOf: CLITests.root.appendingPathComponent("Tests/Review/selftest.js"), encoding: .utf8)
        let checked = folder.appendingPathComponent("checked.html")
        let withSelfTest = html.replacingOccurrences(of: "<body>", with: "<body data-click-every=\"\(clickEvery)\">")
            .replacingOccurrences(of: "</body>", with: "<script>\n\(selfTest)</script>\n</body>")
        try Data(withSelfTest.utf8).write(to: checked)
        let browser = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--proxy-server=127.0.0.1:9",
                       "--user-data-dir=\(folder.appendingPathComponent("profile").path)"]
        let dumped = try cli.run([chromium] + browser + ["--virtual-time-budget=60000", "--dump-dom", checked.absoluteString],
                                 executable: URL(fileURLWithPath: chromium))
        if let screenshot {
            _ = try cli.run([chromium] + browser + ["--window-size=1500,950", "--screenshot=\(screenshot.path)", page.absoluteString],
                            executable: URL(fileURLWithPath: chromium))
        }
        // The last one: the self-test's own source, also in the page, names the element too.
        let start = try #require(dumped.stdout.range(of: "<pre id=\"selftest\">", options: .backwards),
                                 "the self-test did not run: \(dumped.stderr.suffix(2000))")
        let end = try #require(dumped.stdout.range(of: "</pre>", range: start.upperBound..<dumped.stdout.endIndex))
        let json = String(dumped.stdout[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(SelfTest.self, from: Data(json.utf8))
    }

    /// The number of facts each Corpus document has, from its golden file, and how many have no period.
    static func fixtureCounts(_ doc: String) throws -> (facts: Int, withoutPeriod: Int) {
        let lines = try String(contentsOf: CLITests.root.appendingPathComponent("Fixtures/\(doc).jsonl"), encoding: .utf8).split(separator: "\n")
        return (lines.count, lines.filter { $0.contains("\"period\":null") }.count)
    }

    @Test("every fact of every Corpus document is highlighted once, and clicks link highlights and rows", .enabled(if: available))
    func corpus() throws {
        let screenshot = CLITests.root.appendingPathComponent(".build/review-test/corpus.png")
        try FileManager.default.createDirectory(at: screenshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        let result = try check(["Corpus/"], screenshot: screenshot)
        #expect(result.documents.count == 20)
        for document in result.documents {
            let name = String(document.doc.prefix { $0 != " " })
            #expect(document.facts == (try Self.fixtureCounts(name).facts), "\(name)")
            #expect(document.marks == document.facts && document.highlightedOnce == document.facts, "\(name): \(document)")
            #expect(document.textMatches == document.facts && document.clicked == document.facts, "\(name): \(document)")
            #expect(document.clicksSelectingRow == document.facts, "\(name): \(document)")
            #expect(document.rowClicksSelectingMark == document.facts, "\(name): \(document)")
        }
        #expect(result.documents.reduce(0) { $0 + $1.facts } == 1206)
        // Table cells are shown in rendered tables: the budget tables have two, the bulletin its own.
        #expect(result.documents.first { $0.doc.hasPrefix("donghu-2024-budget-tables") }.map(\.tables) ?? 0 >= 1)
        let first = try Self.fixtureCounts(String(result.documents[0].doc.prefix { $0 != " " }))
        #expect(result.noPeriodFilter.visible == first.withoutPeriod && result.noPeriodFilter.allWithoutPeriod)
        #expect(FileManager.default.fileExists(atPath: screenshot.path))
    }

    @Test("--fixtures marks what diff would report: a changed indicator, a removed fact and an added one", .enabled(if: available))
    func fixtures() throws {
        let doc = "guanghua-2016-work-report"
        let folder = try cli.temporaryFile([], name: "placeholder").deletingLastPathComponent().appendingPathComponent("fixtures")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var lines = try String(contentsOf: CLITests.root.appendingPathComponent("Fixtures/\(doc).jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        // The golden file's second fact has another indicator, its third is missing, and it holds one fact the document has not.
        lines[1] = lines[1].replacingOccurrences(of: "\"indicator\":\"固定资产投资\"", with: "\"indicator\":\"固定资产\"")
        let third = lines.remove(at: 2)
        lines.append(third.replacingOccurrences(of: "\"start\":", with: "\"start\":9").replacingOccurrences(of: "\"text\":\"", with: "\"text\":\"约"))
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("\(doc).jsonl"))
        let result = try check(["--fixtures", folder.path, "Corpus/\(doc).txt"])
        let checked = try #require(result.documents.first)
        #expect(checked.changed == 1 && checked.added == 1 && checked.removed == 1, "\(checked)")
        #expect(checked.highlightedOnce == checked.facts && checked.clicksSelectingRow == checked.facts)
    }

    @Test("a 1 MB bulletin renders with every fact highlighted once", .enabled(if: available))
    func largeDocument() throws {
        let bulletin = try String(contentsOf: CLITests.root.appendingPathComponent("Corpus/qinghe-2016-statistical-bulletin.txt"), encoding: .utf8)
        let copies = 1_000_000 / bulletin.utf8.count + 1
        let file = try cli.temporaryFile(Array(String(repeating: bulletin + "\n", count: copies).utf8), name: "large-bulletin.txt")
        let result = try check([file.path], clickEvery: 97)
        let checked = try #require(result.documents.first)
        #expect(checked.facts >= copies * 100)
        #expect(checked.highlightedOnce == checked.facts && checked.textMatches == checked.facts)
        #expect(checked.clicked == (checked.facts + 96) / 97 && checked.clicksSelectingRow == checked.clicked)
        print("review: the 1 MB bulletin (\(checked.facts) facts) rendered in \(checked.renderMilliseconds) ms")
    }
}
