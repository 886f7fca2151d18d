/// The text the CXML shim renders from a web page or Word document, its
/// marks turned into lines as a plain-text report sets them: a block per
/// line, one blank line between blocks, a table's rows together. The lines
/// the markup made headings (`<h2>`, a Word `Heading 2` style) are kept
/// with their levels.
struct LaidOutText {
    /// The text, ending with a line feed.
    let text: String
    /// The heading level (1–6) of each line markup made a heading, by 1-based line.
    let headingLevels: [Int: Int]

    /// Lays out the shim's text: the `<title>` line (mark 2) is kept,
    /// without the site's name after `_`, `|` or ` - `, only when the page
    /// has no `<h1>`; a heading's mark (1 and its level) is read and goes,
    /// and so does the publication date's line (mark 3). Spaces, no-break
    /// spaces and ideographic spaces around a line go too.
    init(marked: String) {
        var lines = marked.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let hasMainHeading = lines.contains { $0.hasPrefix("\u{01}1") }
        var levels: [Int?] = []
        lines = lines.compactMap { line in
            if line.hasPrefix("\u{02}") {
                guard !hasMainHeading else { return nil }
                levels.append(nil)
                return HTMLPage.withoutSiteName(String(line.dropFirst()))
            }
            if line.hasPrefix("\u{03}") { return nil }
            if line.hasPrefix("\u{01}") {
                levels.append(line.dropFirst().first?.wholeNumberValue)
                return Self.trimmed(String(line.dropFirst(2)))
            }
            levels.append(nil)
            return Self.trimmed(line)
        }
        var text = ""
        var headingLevels: [Int: Int] = [:]
        var lineNumber = 0
        var lastWasRow = false
        for (line, level) in zip(lines, levels) where !line.isEmpty {
            let isRow = line.hasPrefix("|")
            if !text.isEmpty {
                let together = isRow && lastWasRow
                text += together ? "\n" : "\n\n"
                lineNumber += together ? 1 : 2
            } else {
                lineNumber = 1
            }
            text += line
            if let level { headingLevels[lineNumber] = level }
            lastWasRow = isRow
        }
        self.text = text + "\n"
        self.headingLevels = headingLevels
    }

    /// `line` without the spaces, no-break spaces and ideographic spaces around it.
    static func trimmed(_ line: String) -> String {
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{3000}"]
        return String(line.drop { spaces.contains($0) }.reversed().drop { spaces.contains($0) }.reversed())
    }
}
