import Foundation
import Testing

/// `extract --window`: a document over 8 windows is read in windows, with
/// the same output as read whole, in a batch with documents read whole;
/// bad sizes are usage errors.
@Suite("Reading in windows from the command line")
struct WindowTests {
    let cli = CLITests()

    @Test("a document over 8 windows is read in windows, between documents read whole, with the same output in every format",
          arguments: ["jsonl", "csv", "json"])
    func sameOutput(format: String) throws {
        let inputs = ["Corpus/qinghe-2016-statistical-bulletin.txt", "Corpus/guanghua-2016-work-report.txt",
                      "Corpus/wenshan-2016-district-report.big5.txt", "Corpus/taiwan-2024-central-budget.txt"]
        let whole = try cli.run(["extract", "--format", format, "--window", "0"] + inputs)
        for jobs in ["1", "2"] {
            let windowed = try cli.run(["extract", "--format", format, "--window", "1K", "--jobs", jobs] + inputs)
            #expect(windowed.status == 0)
            #expect(windowed.stdout == whole.stdout, "--jobs \(jobs)")
            // The seed (25 KB) passes 8 windows of 1 KB; the bulletin (7 KB) and the budget are shorter, the Big5 report is read whole.
            #expect(windowed.stderr.contains("4 documents, 376 facts, 1 document read in "), "\(windowed.stderr)")
        }
        #expect(whole.stderr.contains("4 documents, 376 facts") && !whole.stderr.contains("windows"))
    }

    @Test("a size that is not one is a usage error", arguments: ["-1", "1G", "K", "lots", "2000M"])
    func badSize(size: String) throws {
        let result = try cli.run(["extract", "--window", size, "Corpus/guanghua-2016-work-report.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--window"))
        #expect(result.stdout.isEmpty)
    }
}
