import Foundation
import Testing

/// `extract --window`: a document over one window is read in windows, with
/// the same output as read whole, in a batch with documents read whole;
/// bad sizes are usage errors.
@Suite("Reading in windows from the command line")
struct WindowTests {
    let cli = CLITests()

    @Test("a document over one window is read in windows, between documents read whole, with the same output in every format",
          arguments: ["jsonl", "csv", "json"])
    func sameOutput(format: String) throws {
        let inputs = ["Corpus/qinghe-2016-statistical-bulletin.txt", "Corpus/guanghua-2016-work-report.txt",
                      "Corpus/wenshan-2016-district-report.big5.txt", "Corpus/taiwan-2024-central-budget.txt"]
        let whole = try cli.run(["extract", "--format", format, "--window", "0"] + inputs)
        for jobs in ["1", "2"] {
            let windowed = try cli.run(["extract", "--format", format, "--window", "2K", "--jobs", jobs] + inputs)
            #expect(windowed.status == 0)
            #expect(windowed.stdout == whole.stdout, "--jobs \(jobs)")
            // The bulletin (7 KB) and the seed (25 KB) pass a window of 2 KB; the Big5 report (1.2 KB) and the budget (1.8 KB) do not.
            #expect(windowed.stderr.contains("4 documents, 376 facts, 2 documents read in "), "\(windowed.stderr)")
        }
        #expect(whole.stderr.contains("4 documents, 376 facts") && !whole.stderr.contains("windows"))
    }

    /// The plain-text documents at the top of the Corpus, by path from the repository.
    static func corpusTexts() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: CLITests.root.appendingPathComponent("Corpus").path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { "Corpus/" + $0 }
    }

    @Test("documents read in windows and whole, in any order, window size and number of threads, write what all read whole write",
          arguments: 0..<6)
    func mixedBatch(round: Int) throws {
        // Each round takes the Corpus in another order (turned and reversed), so that documents read
        // in windows come first, last, side by side and between documents read whole.
        let texts = try Self.corpusTexts()
        let turn = (round * 5) % texts.count
        let turned: [String] = Array(texts[turn...]) + Array(texts[..<turn])
        let inputs: [String] = round % 2 == 1 ? Array(turned.reversed()) : turned
        let window = ["512", "1K", "3K", "8K"][round % 4], jobs = String(1 + round % 3)
        let whole = try cli.run(["extract", "--window", "0", "--jobs", "1"] + inputs)
        let mixed = try cli.run(["extract", "--window", window, "--jobs", jobs] + inputs)
        #expect(whole.status == 0 && mixed.status == 0)
        #expect(mixed.stdout == whole.stdout, "--window \(window) --jobs \(jobs): \(inputs)")
        #expect(mixed.stderr.contains("read in ") && !whole.stderr.contains("read in "), "\(mixed.stderr)")
        // The texts at the top of the Corpus hold 734 facts: enough to compare.
        #expect(whole.stdout.split(separator: "\n").count > 500)
    }

    @Test("a document that stops being UTF-8 in its windows fails there, between documents read before and after it")
    func failureInBatch() throws {
        let seed = Array(try Data(contentsOf: CLITests.root.appendingPathComponent("Corpus/guanghua-2016-work-report.txt")))
        // Past the opening (about 240 KB read whole before the windows), a line of bytes that are not UTF-8.
        var damaged: [UInt8] = []
        for _ in 0..<12 { damaged += seed }
        damaged += Array(repeating: 0xFF, count: 4000) + [0x0A]
        for _ in 0..<4 { damaged += seed }
        let file = try cli.temporaryFile(damaged, name: "damaged.txt")
        // With windows of 16 KB, the bulletin (7 KB) before it is read whole, the seed (25 KB) after it in windows.
        let before = "Corpus/qinghe-2016-statistical-bulletin.txt", after = "Corpus/guanghua-2016-work-report.txt"
        let alone = try cli.run(["extract", "--window", "0", before, after])
        for jobs in ["1", "2"] {
            let result = try cli.run(["extract", "--window", "16K", "--jobs", jobs, before, file.path, after])
            #expect(result.status == 1)
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
            #expect(errors.count == 1 && errors.first?.contains("damaged.txt") == true, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            let damagedLines = lines.filter { $0.contains("\"doc\":\"damaged\"") }
            // Facts of the 12 copies of the seed before the bad line are written (not those of the
            // window it falls in), none of the 4 after it.
            #expect(damagedLines.count >= 10 * 149 && damagedLines.count < 12 * 149, "\(damagedLines.count)")
            #expect(lines.filter { !$0.contains("\"doc\":\"damaged\"") }.joined(separator: "\n") + "\n" == alone.stdout)
            #expect(result.stderr.contains("3 documents, \(lines.count) facts, 2 documents read in "), "\(result.stderr)")
        }
    }

    @Test("a size that is not one is a usage error", arguments: ["-1", "1G", "K", "lots", "2000M"])
    func badSize(size: String) throws {
        let result = try cli.run(["extract", "--window", size, "Corpus/guanghua-2016-work-report.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--window"))
        #expect(result.stdout.isEmpty)
    }
}
