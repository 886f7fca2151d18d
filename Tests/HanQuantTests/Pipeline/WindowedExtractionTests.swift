import Foundation
import Testing
@testable import HanQuant

/// A document read in windows gives, byte for byte, the output of the same
/// document read whole: on every Corpus document in every format, with
/// windows from one byte up and one or two threads, and on documents
/// generated from the Corpus's lines (headings, sub-headings, tables,
/// line ends, byte order marks, malformed bytes) cut at random sizes.
@Suite("Windowed extraction")
struct WindowedExtractionTests {
    /// The output of `bytes` read in windows, and how it ended; nil when it was to be read whole.
    static func windowed(_ bytes: [UInt8], name: String, windowBytes: Int, jobs: Int,
                         format: OutputFormat) throws -> (output: [UInt8], outcome: WindowedExtraction.Outcome)? {
        let source = ByteSource(bytes)
        var output: [UInt8] = []
        guard let outcome = try WindowedExtraction.run(
            name: name, windowBytes: windowBytes, jobs: jobs, source: source.read, makeExtractor: { Extractor() },
            work: { extraction, before in FactWriter.window(extraction, format: format, factsBefore: before) },
            deliver: { output += $0.bytes }) else { return nil }
        if let last = outcome.last { output += FactWriter.closing(after: last, format: format, facts: outcome.facts).bytes }
        return (output, outcome)
    }

    /// The first line where two outputs differ, both versions, or nil when they are the same.
    static func firstDifference(_ read: [UInt8], _ expected: [UInt8]) -> String? {
        guard read != expected else { return nil }
        let readLines = read.split(separator: 0x0A, omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: 0x0A, omittingEmptySubsequences: false)
        for index in 0..<max(readLines.count, expectedLines.count) {
            let got = index < readLines.count ? String(decoding: readLines[index], as: UTF8.self) : "(none)"
            let wanted = index < expectedLines.count ? String(decoding: expectedLines[index], as: UTF8.self) : "(none)"
            if got != wanted { return "line \(index + 1):\n  read in windows: \(got)\n  read whole:      \(wanted)" }
        }
        return "same lines, other bytes"
    }

    /// The output of `bytes` read whole.
    static func whole(_ bytes: [UInt8], name: String, format: OutputFormat) throws -> [UInt8] {
        FactWriter.document(try Extractor().extract(bytes, name: name), format: format).bytes
    }

    /// Bytes handed out as a file descriptor would, in reads of at most `most` bytes.
    final class ByteSource: @unchecked Sendable {
        private let bytes: [UInt8]
        private var offset = 0
        private let most: Int
        init(_ bytes: [UInt8], most: Int = 4093) {
            self.bytes = bytes
            self.most = most
        }
        func read(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            let count = min(buffer.count, most, bytes.count - offset)
            bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
            offset += count
            return count
        }
    }

    /// The plain-text Corpus documents in UTF-8 (those in Corpus/ itself,
    /// less the Big5 and GB18030 ones), and a sample in the layouts
    /// published documents use around their tables: a box-drawn budget
    /// table whose notes column wraps over rows, a release whose cells stand
    /// on lines of their own between blank lines, numbered notes after 注,
    /// a yearbook table one cell per line with English lines among them.
    static let utf8Corpus = RepositoryFiles.corpusDocuments.filter {
        $0.hasSuffix(".txt") && $0.split(separator: "/").count == 2 && !$0.contains(".big5.") && !$0.contains(".gb18030.")
    } + ["Tests/HanQuantTests/Samples/windows-published-layouts.txt"]

    @Test("every UTF-8 Corpus document, in every format, windows of 1 to 2,000 bytes, 1 or 2 threads",
          arguments: [1, 97, 2000])
    func corpus(windowBytes: Int) throws {
        #expect(Self.utf8Corpus.count >= 13)
        var severalWindows = 0
        for path in Self.utf8Corpus {
            let bytes = Array(try RepositoryFiles.bytes(path))
            for format in [OutputFormat.jsonl, .csv, .json] {
                let expected = try Self.whole(bytes, name: "doc", format: format)
                for jobs in [1, 2] {
                    let read = try #require(try Self.windowed(bytes, name: "doc", windowBytes: windowBytes, jobs: jobs, format: format))
                    #expect(Self.firstDifference(read.output, expected) == nil,
                            "\(path), \(format), windows of \(windowBytes) bytes, \(jobs) threads")
                    if read.outcome.windows > 1, format == .jsonl, jobs == 1 { severalWindows += 1 }
                }
            }
        }
        // Windows of a byte end at nearly every line past the head; the shortest documents are one window.
        if windowBytes == 1 { #expect(severalWindows >= Self.utf8Corpus.count - 3) }
    }

    @Test("documents in UTF-16 without a byte order mark, other formats or empty are left to be read whole")
    func readWhole() throws {
        // UTF-16 told by where its NUL bytes fall is a judgement on the whole document.
        let noMark = try Self.converted(Array(try RepositoryFiles.bytes(RepositoryFiles.seed)), to: "UTF-16LE")
        #expect(noMark.prefix(2) != [0xFF, 0xFE])
        #expect(try Self.windowed(noMark, name: "doc", windowBytes: 64, jobs: 1, format: .jsonl) == nil)
        let page = Array("<html><body><p>全年完成投资3亿元。</p></body></html>\n".utf8)
        #expect(try Self.windowed(page, name: "page", windowBytes: 8, jobs: 1, format: .jsonl) == nil)
        #expect(try Self.windowed([], name: "empty", windowBytes: 8, jobs: 1, format: .jsonl) == nil)
        // A NUL byte or a malformed sequence in the opening: the whole-document decoder decides.
        var seed = Array(try RepositoryFiles.bytes(RepositoryFiles.seed))
        seed[200] = 0
        #expect(try Self.windowed(seed, name: "doc", windowBytes: 64, jobs: 1, format: .jsonl) == nil)
        // A report on one line past its opening has no window to end: it is read whole.
        let oneLine = Array(try RepositoryFiles.bytes(RepositoryFiles.seed).filter { $0 != 0x0A })
        var long: [UInt8] = []
        while long.count <= TextWindowReader.longestOpening + 4 * TextWindowReader.sniffedBytes { long += oneLine }
        #expect(try Self.windowed(long + [0x0A], name: "line", windowBytes: 64, jobs: 1, format: .jsonl) == nil)
    }

    @Test("documents generated from the Corpus's lines, cut into windows at random sizes", arguments: 0..<24)
    func generated(seed: UInt64) throws {
        var random = SeededGenerator(seed: 0x57A7 &+ seed)
        let document = try Self.generatedDocument(&random)
        let windowBytes = [1, 50, 300, 5000][Int(seed) % 4]
        let format = [OutputFormat.jsonl, .csv, .json][Int(seed / 4) % 3]
        let expected = try Self.whole(document, name: "generated", format: format)
        let read = try #require(try Self.windowed(document, name: "generated", windowBytes: windowBytes,
                                                  jobs: 1 + Int(seed % 2), format: format))
        #expect(Self.firstDifference(read.output, expected) == nil)
        #expect(read.outcome.error == nil)
        let text = String(decoding: read.output, as: UTF8.self)
        #expect(text.count > 100, "a generated document with facts")
    }

    /// `bytes` in UTF-8 converted to `charset` by iconv, characters it cannot hold left out.
    static func converted(_ bytes: [UInt8], to charset: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-c", "-f", "UTF-8", "-t", charset]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Written from another thread, so that a full output pipe cannot stall the writing.
        let writer = Thread { input.fileHandleForWriting.write(Data(bytes)); try? input.fileHandleForWriting.close() }
        writer.start()
        let converted = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(converted)
    }

    @Test("the Corpus's documents in GB18030, Big5 and UTF-16 are read in windows, with the output of the document read whole",
          arguments: [1, 97, 2000])
    func otherCharsetsCorpus(windowBytes: Int) throws {
        for path in [RepositoryFiles.seedGB18030, "Corpus/shimen-2017-township-report.gb18030.txt", RepositoryFiles.big5Report,
                     RepositoryFiles.seedUTF16LE] {
            let bytes = Array(try RepositoryFiles.bytes(path))
            for format in [OutputFormat.jsonl, .json] {
                let expected = try Self.whole(bytes, name: "doc", format: format)
                let read = try #require(try Self.windowed(bytes, name: "doc", windowBytes: windowBytes, jobs: 2, format: format),
                                        "\(path) was read whole")
                #expect(Self.firstDifference(read.output, expected) == nil, "\(path), \(format), windows of \(windowBytes) bytes")
            }
        }
    }

    @Test("documents generated from the Corpus's lines in GB18030, Big5 or UTF-16 (either byte order, behind its mark), cut into windows at random sizes",
          arguments: 0..<12)
    func otherCharsetsGenerated(seed: UInt64) throws {
        var random = SeededGenerator(seed: 0x6B18 &+ seed)
        let charset = ["GB18030", "BIG5", "UTF-16"][Int(seed % 3)]
        var document = try Self.converted(Self.generatedDocument(&random, lines: 3000), to: charset == "UTF-16" && seed % 2 == 1 ? "UTF-16BE" : charset)
        // iconv writes UTF-16 little-endian behind its mark; big-endian without one, which is added.
        if charset == "UTF-16", seed % 2 == 1 { document = [0xFE, 0xFF] + document }
        let windowBytes = [300, 5000, 40000, 1 << 20][Int(seed / 2) % 4]
        let format = [OutputFormat.jsonl, .json][Int(seed / 2) % 2]
        let expected = try Self.whole(document, name: "generated", format: format)
        let read = try #require(try Self.windowed(document, name: "generated", windowBytes: windowBytes, jobs: 1 + Int(seed / 4),
                                                  format: format), "\(charset) was read whole")
        #expect(Self.firstDifference(read.output, expected) == nil, "\(charset), windows of \(windowBytes) bytes")
        #expect(read.outcome.error == nil)
        // Cut at its lines, not read in one piece: about 300 KB in windows of at most 40 KB.
        if windowBytes <= 40000 { #expect(read.outcome.windows > 2, "\(read.outcome.windows) windows") }
        let encoding = charset == "BIG5" ? "Big5" : charset == "UTF-16" ? (seed % 2 == 1 ? "UTF-16BE" : "UTF-16LE") : charset
        #expect(String(decoding: read.output, as: UTF8.self).contains("\"encoding\":\"\(encoding)\"") || format == .jsonl)
        #expect(read.output.count > 10_000, "a generated document with facts")
    }

    @Test("a document is decoded as its lines come, a few reads at a time, in UTF-8, GB18030, Big5 and UTF-16 of either byte order",
          arguments: ["UTF-8", "GB18030", "BIG5", "UTF-16", "UTF-16BE"])
    func decodedAsLinesCome(charset: String) throws {
        var random = SeededGenerator(seed: 0x6B1A)
        let text = try Self.generatedDocument(&random, lines: 12000).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        var document = charset == "UTF-8" ? Array(text) : try Self.converted(Array(text), to: charset)
        if charset == "UTF-16BE" { document = [0xFE, 0xFF] + document }
        let source = ByteSource(document)
        let reader = TextWindowReader(windowBytes: 1 << 16, source: source.read)
        #expect(try reader.opening(detectsFormat: true) != nil, "\(charset) was left to be read whole")
        var windows = 0
        while try reader.next() != nil { windows += 1 }
        #expect(windows > 4)
        // A document of about 1 MB, read 64 KB at a time, never holds more than a few reads undecoded.
        #expect(document.count > 600_000 && reader.mostPending <= 4 << 16, "\(reader.mostPending) bytes of \(document.count)")
    }

    @Test("a document dense with figures is cut once a window holds its share of digit runs, and reads as read whole")
    func denseWithFigures() throws {
        var text = "光华县统计局\n光华县2024年主要统计指标月报\n\n"
        for line in 1...3000 { text += "第\(line)项：产量\(line * 37 % 1000)吨，同比增长\(line % 9).\(line % 7)%。\n" }
        let document = Array(text.utf8)
        let windowBytes = 1 << 16
        let most = WindowNumbers(windowBytes: windowBytes).most
        let reader = TextWindowReader(windowBytes: windowBytes, source: ByteSource(document).read)
        _ = try #require(try reader.opening(detectsFormat: true))
        var windows: [[UInt16]] = []
        while let window = try reader.next() { windows.append(window.original) }
        // By size, a window would hold 16,384 units, some 640 of these lines and 2,500 runs.
        let runs: [Int] = windows.map { WindowNumbersTests.runs(in: $0) }
        let allRuns: Int = runs.reduce(0, +)
        #expect(allRuns == 12_001, "the head's year and four runs a line")
        // Each window but the first (which holds the head) and the last ends at the line holding its run one too many.
        for count in runs.dropFirst().dropLast() { #expect(count > most && count <= most + 4, "\(count) runs, \(most) at most") }
        #expect(windows.count > 15)
        let expected = try Self.whole(document, name: "dense", format: .jsonl)
        let read = try #require(try Self.windowed(document, name: "dense", windowBytes: windowBytes, jobs: 2, format: .jsonl))
        #expect(Self.firstDifference(read.output, expected) == nil)
        #expect(read.outcome.windows == windows.count)
        #expect(read.outcome.facts >= 3000 * 2, "each line's output and its rise")
    }

    @Test("a document in GB18030 with some UTF-8 lines past its opening reads as read whole; with much, or a NUL byte, it stops there",
          arguments: [("some UTF-8", 200), ("much UTF-8", 6000), ("NUL", 1)])
    func otherCharsetChanges(change: String, lines: Int) throws {
        var random = SeededGenerator(seed: 0x6B19)
        var document = try Self.converted(Self.generatedDocument(&random, lines: 6000), to: "GB18030")
        let cut = document[(4 * TextWindowReader.openingUnits)...].firstIndex(of: 0x0A)! + 1
        let line = change == "NUL" ? "第二部分\u{0}\n" : "二〇二五年全区生产总值增长百分之五。\n"
        let inserted = Array(String(repeating: line, count: lines).utf8)
        document.insert(contentsOf: inserted, at: cut)
        let read = try #require(try Self.windowed(document, name: "changing", windowBytes: 3000, jobs: 2, format: .jsonl))
        if change == "some UTF-8" {
            // A few KB of UTF-8 among 64 KB read at a time leave the whole document far from UTF-8: it is
            // GB18030 whole too, the UTF-8 lines read as what GB18030 makes of them.
            #expect(read.outcome.error == nil)
            #expect(Self.firstDifference(read.output, try Self.whole(document, name: "changing", format: .jsonl)) == nil)
            return
        }
        guard case .windowNotText(let byte, let reason) = read.outcome.error else {
            Issue.record("no error: \(String(describing: read.outcome.error))")
            return
        }
        #expect(byte >= cut - (1 << 16) && byte <= cut + inserted.count, "\(byte) against \(cut)")
        #expect(reason.contains(change == "NUL" ? "NUL" : "UTF-8"), "\(reason)")
        #expect(read.outcome.facts > 0)
        #expect(read.output.split(separator: 0x0A).count == read.outcome.facts)
    }

    @Test("malformed bytes and NUL bytes past the opening are read as the whole-document decoder reads them, warnings included")
    func damagedLater() throws {
        var random = SeededGenerator(seed: 91)
        var document = try Self.generatedDocument(&random, lines: 6000)
        let opening = 4 * TextWindowReader.openingUnits
        #expect(document.count > opening + 20_000)
        // A stray continuation byte and a NUL, each inside a line, past the opening.
        let spots = [opening + 5000, opening + 15_000]
        for spot in spots {
            var at = spot
            while document[at] < 0xE0 { at += 1 }   // the lead byte of a Chinese character
            document[at] = spot == spots[0] ? 0x80 : 0x00
            document.remove(at: at + 1)
            document.remove(at: at + 1)
        }
        let expected = try Extractor().extract(document, name: "damaged")
        let read = try #require(try Self.windowed(document, name: "damaged", windowBytes: 3000, jobs: 2, format: .jsonl))
        #expect(Self.firstDifference(read.output, FactWriter.document(expected, format: .jsonl).bytes) == nil)
        #expect(read.outcome.warnings.prefix(2) == ArraySlice(expected.document.text.warnings.map(\.description)))
        #expect(read.outcome.warnings.count >= 2)
    }

    @Test("a document that stops being UTF-8 past its opening stops there, with the facts before it handed on")
    func stopsBeingText() throws {
        var random = SeededGenerator(seed: 17)
        var document = try Self.generatedDocument(&random, lines: 6000)
        let cut = 4 * TextWindowReader.openingUnits + 20_000
        let tail = Array(document[cut...].prefix { $0 != 0x0A }) + [0x0A]
        document.insert(contentsOf: Array(repeating: 0xFF, count: 4000) + [0x0A], at: cut + tail.count)
        let read = try #require(try Self.windowed(document, name: "mixed", windowBytes: 3000, jobs: 2, format: .jsonl))
        guard case .windowNotText(let byte, _) = read.outcome.error else {
            Issue.record("no error: \(String(describing: read.outcome.error))")
            return
        }
        #expect(byte >= cut)
        #expect(read.outcome.facts > 0)
        let lines = read.output.split(separator: 0x0A)
        #expect(lines.count == read.outcome.facts)
    }

    /// Lines of the UTF-8 Corpus documents drawn at random, with runs of a
    /// document's lines kept together (so tables, headings and the
    /// sub-headings above their figures stay whole), blank lines, CRLF line
    /// ends and a byte order mark now and then.
    static func generatedDocument(_ random: inout SeededGenerator, lines count: Int = 400) throws -> [UInt8] {
        let documents = try utf8Corpus.map { path in
            String(decoding: try RepositoryFiles.bytes(path), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
        let crlf = Bool.random(using: &random)
        var text = Bool.random(using: &random) ? "\u{FEFF}" : ""
        // The head of one document first: its title, date and context open the whole.
        let first = documents[Int.random(in: 0..<documents.count, using: &random)]
        var lines = Array(first.prefix(8))
        while lines.count < count {
            let document = documents[Int.random(in: 0..<documents.count, using: &random)]
            let start = Int.random(in: 0..<document.count, using: &random)
            let length = Int.random(in: 1...30, using: &random)
            lines += document[start..<min(document.count, start + length)]
            if Int.random(in: 0..<5, using: &random) == 0 { lines.append("") }
        }
        for line in lines {
            let plain = line.hasSuffix("\r") ? line.dropLast() : line
            text += plain + (crlf ? "\r\n" : "\n")
        }
        return Array(text.utf8)
    }
}
