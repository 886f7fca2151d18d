import Foundation

/// A PDF file read through poppler's `pdftotext -layout` (Debian's
/// poppler-utils), run as a separate process, which keeps each line where
/// it stands on the page so that table columns stay apart. The pages' text
/// is then mended: lines a paragraph wrapped are joined (Chinese puts no
/// space at a wrap), and page numbers and the header and footer lines every
/// page repeats are dropped.
enum PDFText {
    /// Whether `bytes` open as a PDF does (`%PDF-`).
    static func isPDF(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }

    /// A PDF's text, mended, and the 1-based line each page starts on.
    struct Pages {
        /// The pages' text, one after another.
        let text: String
        /// The line of `text` each page starts on, in page order.
        let pageFirstLines: [Int]
    }

    /// The text of a PDF's pages, mended.
    static func text(_ bytes: Data) throws(ReadError) -> Pages {
        guard let tool = executable("pdftotext") else { throw .pdfReaderMissing }
        let layout: String
        do {
            layout = try run(tool, on: bytes)
        } catch {
            throw .pdfUnreadable
        }
        guard layout.contains(where: { !$0.isWhitespace }) else { throw .pdfWithoutText }
        return mended(pages: layout.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init))
    }

    /// Runs `pdftotext -layout -enc UTF-8` on the bytes, through a temporary file.
    private static func run(_ tool: URL, on bytes: Data) throws -> String {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("hanquant-\(UUID().uuidString).pdf")
        try bytes.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", input.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The first executable named `name` on the PATH.
    private static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The pages' lines without page numbers and repeated headers and
    /// footers, a paragraph's wrapped lines joined, pages apart by a blank
    /// line. A paragraph wrapped onto the next page belongs to the page it starts on.
    static func mended(pages: [String]) -> Pages {
        let lines = pages.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let repeated = repeatedEdges(lines)
        // A wrapped line runs to the right margin: nearly as long as the longest line of prose.
        let longest = lines.joined().filter { !holdsColumns($0.trimmed) }.map(\.count).max() ?? 0
        let wraps = max(1, longest * 4 / 5)
        var out: [String] = []
        var firstLines: [Int] = []
        for page in lines {
            firstLines.append(out.count + 1)
            var kept = page.filter { !isPageNumber($0) && !repeated.contains($0.trimmed) }
            while kept.last?.trimmed.isEmpty == true { kept.removeLast() }
            for line in kept {
                if let last = out.last, last.count >= wraps, continues(last, with: line) {
                    out[out.count - 1] = last + line.trimmed
                } else {
                    out.append(line)
                }
            }
            out.append("")
        }
        let text = out.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
        return Pages(text: text, pageFirstLines: firstLines)
    }

    /// Whether `next` continues the paragraph `line` wrapped (`line` also
    /// runs to the right margin): neither is blank or a table row (runs of
    /// spaces inside), `line` ends with no sentence end, and `next` is not
    /// indented further (a new paragraph is).
    private static func continues(_ line: String, with next: String) -> Bool {
        let text = line.trimmed, nextText = next.trimmed
        guard !text.isEmpty, !nextText.isEmpty, !holdsColumns(text), !holdsColumns(nextText),
              let end = text.last, !sentenceEnds.contains(end) else { return false }
        return leading(next) <= leading(line)
    }

    private static func holdsColumns(_ text: String) -> Bool { text.contains("  ") || text.contains("\t") }

    private static func leading(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// Lines that stand first or last on two or more pages: running headers and footers.
    private static func repeatedEdges(_ pages: [[String]]) -> Set<String> {
        guard pages.count > 1 else { return [] }
        var counts: [String: Int] = [:]
        for page in pages {
            let lines = page.map(\.trimmed).filter { !$0.isEmpty && !isPageNumber($0) }
            for edge in Set([lines.first, lines.last].compactMap { $0 }) { counts[edge, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= 2 }.keys)
    }

    /// A page number alone on its line: `12`, `- 12 -`, `第12页`, `12/40`.
    static func isPageNumber(_ line: String) -> Bool {
        let text = line.trimmed.replacingOccurrences(of: " ", with: "")
        guard !text.isEmpty, text.count <= 12 else { return false }
        var core = Substring(text)
        for (open, close) in [("-", "-"), ("—", "—"), ("第", "页"), ("第", "頁")] where core.hasPrefix(open) && core.hasSuffix(close) && core.count > 2 {
            core = core.dropFirst(open.count).dropLast(close.count)
        }
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    private static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "：", ";", ":", "!", "?", "」", "”"]
}

private extension String {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
