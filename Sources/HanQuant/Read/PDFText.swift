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
        var pages = layout.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        // pdftotext ends every page with a form feed, the last one too.
        if pages.count > 1, pages.last?.allSatisfy(\.isWhitespace) == true { pages.removeLast() }
        return mended(pages: pages)
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
        let data = try DescriptorReader.readAll(output.fileHandleForReading.fileDescriptor).data
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
    /// footers, a paragraph's wrapped lines joined (across a page break
    /// too), the spaces a layout puts between Chinese and Latin letters or
    /// digits taken out, a table cell's wrapped words put back in their
    /// cell, and pages apart by a blank line. A paragraph wrapped onto the
    /// next page belongs to the page it starts on.
    static func mended(pages: [String]) -> Pages {
        let lines = pages.map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map { PDFLines.withoutAutospace(String($0)) }
        }
        let repeated = repeatedEdges(lines)
        // A wrapped line runs to the right margin: nearly as wide as the widest line of prose.
        let widest = lines.joined().filter { !holdsColumns($0.trimmed) }.map(PDFLines.width).max() ?? 0
        let wraps = max(1, widest * 4 / 5)
        let indented = indentsParagraphs(lines.joined().map { $0 }, wraps: wraps)
        var out: [String] = []
        var firstLines: [Int] = []
        for page in lines {
            var kept = PDFLines.joiningWrappedCells(page.filter { !isPageNumber($0) && !repeated.contains($0.trimmed) })
            while kept.last?.trimmed.isEmpty == true { kept.removeLast() }
            while kept.first?.trimmed.isEmpty == true { kept.removeFirst() }
            // A paragraph the page break cut goes on from the last line of the page before.
            let pageEnd = out.count
            if let last = out.last, let first = kept.first, PDFLines.width(last) >= wraps, continues(last, with: first, indented: indented) {
                out[pageEnd - 1] = last + first.trimmed
                kept.removeFirst()
            } else if pageEnd > 0 {
                out.append("")
            }
            firstLines.append(out.count + 1)
            for line in kept {
                if let last = out.last, out.count > pageEnd, PDFLines.width(last) >= wraps, continues(last, with: line, indented: indented) {
                    out[out.count - 1] = last + line.trimmed
                } else {
                    out.append(line)
                }
            }
        }
        let text = out.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
        return Pages(text: text, pageFirstLines: firstLines)
    }

    /// Whether `next` continues the paragraph `line` wrapped (`line` also
    /// runs to the right margin): neither is blank or a table row (runs of
    /// spaces inside), and `next` is not indented further (a new paragraph
    /// is). When the document indents its paragraphs' first lines, a line
    /// ending a sentence at the margin goes on too, unless a heading
    /// follows; otherwise a sentence end ends the paragraph.
    private static func continues(_ line: String, with next: String, indented: Bool) -> Bool {
        let text = line.trimmed, nextText = next.trimmed
        guard !text.isEmpty, !nextText.isEmpty, !holdsColumns(text), !holdsColumns(nextText),
              leading(next) <= leading(line), let end = text.last else { return false }
        guard sentenceEnds.contains(end) else { return true }
        return indented && !PDFLines.opensLabel(nextText)
    }

    /// Whether most lines that surely start a paragraph (after a blank line,
    /// or after a line that ends a sentence short of the margin, `wraps`
    /// wide) are indented past the body's left edge: the first-line indent
    /// word processors set. Headings (which open with a label) do not count.
    private static func indentsParagraphs(_ lines: [String], wraps: Int) -> Bool {
        let prose = lines.filter { !$0.trimmed.isEmpty && !holdsColumns($0.trimmed) }
        guard let edge = prose.map(leading).min() else { return false }
        var starts = 0, indented = 0
        for (previous, line) in zip([""] + lines, lines) where !line.trimmed.isEmpty && !holdsColumns(line.trimmed) {
            let before = previous.trimmed
            let ended = before.isEmpty || (PDFLines.width(previous) < wraps && before.last.map(sentenceEnds.contains) == true)
            guard ended, !PDFLines.opensLabel(line.trimmed) else { continue }
            starts += 1
            if leading(line) > edge { indented += 1 }
        }
        return starts >= 3 && indented * 3 >= starts * 2
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
