/// Repairs to the lines `pdftotext -layout` gives: word processors set a
/// gap between Chinese and Latin letters or digits (`达到 1286.4 亿元`),
/// which comes out as a space, and a table cell too narrow for its words
/// wraps them onto a line of their own under the row.
enum PDFLines {
    /// The line without the single spaces that stand between a Chinese
    /// character and a Latin letter or digit, either way round
    /// (`2023 年完成` is `2023年完成`). Runs of two or more spaces divide
    /// table columns and stay.
    static func withoutAutospace(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count >= 3 else { return line }
        var kept = String.UnicodeScalarView()
        for index in scalars.indices {
            if scalars[index] == " ", index > 0, index + 1 < scalars.count,
               scalars[index - 1] != " ", scalars[index + 1] != " ",
               isWide(scalars[index - 1]) != isWide(scalars[index + 1]),
               isLatinOrDigit(scalars[index - 1]) || isLatinOrDigit(scalars[index + 1]) {
                continue
            }
            kept.append(scalars[index])
        }
        return String(kept)
    }

    /// The lines with each table cell's wrapped words joined to the cell
    /// above them. A line is a cell's wrap when it follows a table row
    /// (cells apart by runs of spaces, one a figure), holds fewer cells,
    /// each starting where a cell of that row starts, no figure, no
    /// heading label or `其中`, and at most ``longestWrap`` characters a cell.
    static func joiningWrappedCells(_ lines: [String]) -> [String] {
        var out: [String] = []
        for line in lines {
            guard let last = out.last, let joined = joined(last, wrap: line) else {
                out.append(line)
                continue
            }
            out[out.count - 1] = joined
        }
        return out
    }

    /// The row with the wrap's words put at the end of its cells, the runs of
    /// spaces after them shortened to keep the columns where they were; nil
    /// when `wrap` is no wrap of `row`.
    private static func joined(_ row: String, wrap: String) -> String? {
        let cells = segments(row), pieces = segments(wrap)
        guard cells.count >= 2, !pieces.isEmpty, pieces.count < cells.count,
              cells.contains(where: { $0.text.contains(where: \.isNumber) }) else { return nil }
        var targets: [Int] = []
        for piece in pieces {
            guard piece.text.count <= longestWrap, !piece.text.contains(where: \.isNumber),
                  !opensLabel(piece.text),
                  let cell = cells.firstIndex(where: { abs($0.start - piece.start) <= 1 }) else { return nil }
            targets.append(cell)
        }
        var characters = Array(row)
        // From the right, so that earlier cells' positions stay valid.
        for (piece, cell) in zip(pieces, targets).reversed() {
            let end = cells[cell].start + cells[cell].text.count
            var gap = 0
            while end + gap < characters.count, characters[end + gap] == " " { gap += 1 }
            let removable = end + gap < characters.count ? max(0, min(piece.text.count, gap - 2)) : gap
            characters.replaceSubrange(end..<(end + removable), with: Array(piece.text))
        }
        return String(characters)
    }

    /// The runs of a line between runs of two or more spaces, with the
    /// character offset each starts at.
    private static func segments(_ line: String) -> [(start: Int, text: String)] {
        var found: [(start: Int, text: String)] = []
        var current = "", start = 0, spaces = 0
        for (offset, character) in line.enumerated() {
            if character == " " {
                spaces += 1
                continue
            }
            if !current.isEmpty, spaces >= 2 {
                found.append((start, current))
                current = ""
            } else if !current.isEmpty, spaces == 1 {
                current += " "
            }
            if current.isEmpty { start = offset }
            current.append(character)
            spaces = 0
        }
        if !current.isEmpty { found.append((start, current)) }
        return found
    }

    /// How wide a line stands on the page, a Chinese character or
    /// full-width sign counting as two Latin ones.
    static func width(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x2E80 }

    private static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    /// Whether a line or cell opens with a heading label or `其中`: a row or
    /// heading of its own, never the wrapped end of the line before.
    static func opensLabel(_ text: String) -> Bool {
        labelOpenings.contains { text.hasPrefix($0) }
    }

    /// The longest wrap of a cell, in characters: a narrow column's last few.
    static let longestWrap = 6
    /// What opens a row of its own rather than a wrap: heading labels and 其中.
    private static let labelOpenings = ["其中", "一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、",
                                        "第", "附", "（", "(", "#", "△", "▲", "*", "表"]
}
