/// Finds the tables of a text among its lines, in one pass.
///
/// A line is a candidate row when it holds a bar (`|`, `│`), a tab or two
/// spaces in a row; any other line costs one scan. A run of three or more
/// consecutive candidate rows divided the same way is a table when at
/// least two of its rows hold a figure (a number, a percentage, a signed
/// or spaced number: `-4.2`, `10 536 205`). Rows before the first figure
/// row are its header; a caption (`表1 …`, `附表`) and a unit line
/// (`单位：亿元`) right above it and note lines (`注：…`) right below it
/// belong to it. Prose with a tab or a double space in it stays prose:
/// it has no run of figure rows.
struct TableDetector {
    /// The fewest rows a table has, header included.
    static let fewestRows = 3
    /// The fewest rows with a figure a table has.
    static let fewestFigureRows = 2
    /// The most header rows read above the figures.
    static let mostHeaderRows = 5

    /// A candidate row: its line index and cells.
    private struct Candidate {
        let index: Int
        let separator: Table.Separator
        let cells: [Range<Int>]
    }

    /// The tables among `lines` (trimmed line ranges of `units`, blank lines
    /// empty), with the 0-based indexes of every line they take.
    func tables(in units: [UInt16], lines: [Range<Int>]) -> [(table: Table, lines: ClosedRange<Int>)] {
        var found: [(table: Table, lines: ClosedRange<Int>)] = []
        var run: [Candidate] = []
        var cellRun: [(index: Int, cell: Range<Int>)] = []
        func closeRun() {
            guard !run.isEmpty else { return }
            if let table = table(of: run, units, lines) { found.append(table) }
            run.removeAll(keepingCapacity: true)
        }
        func closeCellRun() {
            guard !cellRun.isEmpty else { return }
            if let table = cellPerLineTable(cellRun, units) { found.append(table) }
            cellRun.removeAll(keepingCapacity: true)
        }
        for index in lines.indices {
            // A border (├───┼───┤, ─────) between rows neither ends a table nor is a row.
            if !run.isEmpty, Self.isBorder(units, lines[index]) { continue }
            if let cell = Self.singleCell(units, lines[index]) {
                closeRun()
                cellRun.append((index, cell))
                continue
            }
            closeCellRun()
            guard let candidate = Self.candidate(units, lines[index], index: index) else {
                closeRun()
                continue
            }
            if let last = run.last, last.separator != candidate.separator { closeRun() }
            run.append(candidate)
        }
        closeRun()
        closeCellRun()
        return found
    }

    /// The table a run of candidate rows makes, if it is one.
    private func table(of run: [Candidate], _ units: [UInt16], _ lines: [Range<Int>]) -> (table: Table, lines: ClosedRange<Int>)? {
        guard run.count >= Self.fewestRows else { return nil }
        let isFigureRow = run.map { $0.cells.contains { Self.kind(units, $0) == .figure } }
        guard isFigureRow.filter({ $0 }).count >= Self.fewestFigureRows,
              let firstFigure = isFigureRow.firstIndex(of: true), firstFigure <= Self.mostHeaderRows else { return nil }
        // Note rows at the foot (| 注：… |) leave the body.
        var bodyEnd = run.count
        while bodyEnd > firstFigure, !isFigureRow[bodyEnd - 1], Self.isNote(units, run[bodyEnd - 1].cells.first ?? 0..<0) {
            bodyEnd -= 1
        }
        let header = run[..<firstFigure].map { Table.Row(line: $0.index + 1, cells: $0.cells) }
        let rows = run[firstFigure..<bodyEnd].map { Table.Row(line: $0.index + 1, cells: $0.cells) }
        let figureRows = rows.indices.filter { isFigureRow[firstFigure + $0] }.map { rows[$0] }
        let columns = Self.mostCommon(figureRows.map(\.cells.count), preferring: header.map(\.cells.count).max())
        var notes = run[bodyEnd...].compactMap(\.cells.first)

        // Caption and unit line above; note lines below.
        var first = run[0].index, last = run[run.count - 1].index
        var caption: Range<Int>?, unit: Range<Int>?
        while first > 0, Self.isBorder(units, lines[first - 1]) { first -= 1 }
        while last + 1 < lines.count, Self.isBorder(units, lines[last + 1]) { last += 1 }
        // A blank line may stand between them, as web pages laid out as text set them.
        for _ in 0..<2 {
            var index = first - 1
            if index >= 0, lines[index].isEmpty { index -= 1 }
            guard index >= 0 else { break }
            let above = lines[index]
            if unit == nil, let words = Self.unitWords(units, above) {
                unit = words
            } else if caption == nil, Self.isCaption(units, above) {
                caption = above
            } else {
                break
            }
            first = index
        }
        while true {
            var index = last + 1
            if index < lines.count, lines[index].isEmpty { index += 1 }
            guard index < lines.count, Self.isNote(units, lines[index]) else { break }
            notes.append(lines[index])
            last = index
        }
        let table = Table(separator: run[0].separator, caption: caption, unit: unit, header: header, rows: rows,
                          notes: notes, columns: columns,
                          problem: Self.problem(header: header, figureRows: figureRows, columns: columns),
                          section: nil, lines: (first + 1)...(last + 1))
        return (table, first...last)
    }

    /// Why the columns cannot be told apart, or nil: every figure row must
    /// have as many cells, and a header row as many or one fewer (the
    /// label column unnamed) unless another header row does.
    private static func problem(header: [Table.Row], figureRows: [Table.Row], columns: Int) -> String? {
        if let odd = figureRows.first(where: { $0.cells.count != columns }) {
            return "line \(odd.line) has \(odd.cells.count) cells where the other rows with figures have \(columns)"
        }
        if !header.isEmpty, !header.contains(where: { $0.cells.count == columns || $0.cells.count == columns - 1 }),
           let widest = header.max(by: { $0.cells.count < $1.cells.count }) {
            return "the header (line \(widest.line)) has \(widest.cells.count) cells where the rows with figures have \(columns)"
        }
        return nil
    }

    /// The count most rows have; between counts as frequent, the header's
    /// width, else the larger.
    private static func mostCommon(_ counts: [Int], preferring headerWidth: Int?) -> Int {
        var tally: [Int: Int] = [:]
        for count in counts { tally[count, default: 0] += 1 }
        func rank(_ entry: (key: Int, value: Int)) -> (Int, Int, Int) { (entry.value, entry.key == headerWidth ? 1 : 0, entry.key) }
        return tally.max { rank($0) < rank($1) }?.key ?? 0
    }

    // MARK: Rows and cells

    /// The line at `index` divided into cells, when a separator divides it into two or more.
    private static func candidate(_ units: [UInt16], _ line: Range<Int>, index: Int) -> Candidate? {
        guard line.count >= 3, let separator = separator(of: units, line) else { return nil }
        let cells = Self.cells(units, line, separator)
        return cells.count >= 2 ? Candidate(index: index, separator: separator, cells: cells) : nil
    }

    /// The separator dividing a line: a bar if it holds one, else tabs,
    /// else two spaces in a row. Most lines hold none of these, and are
    /// passed over eight units at a time (see ``UnitRanges``).
    private static func separator(of units: [UInt16], _ line: Range<Int>) -> Table.Separator? {
        units.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[line])
            var found: Table.Separator?
            var index = 0
            while true {
                index = separatorUnits.firstIndex(in: text, from: index, to: text.count)
                guard index < text.count else { return found }
                let unit = text[index]
                if bars.contains(unit) { return .bar }
                if unit == CodeUnit.tab {
                    found = .tab
                } else if unit == CodeUnit.space, found == nil, index + 1 < text.count, text[index + 1] == CodeUnit.space {
                    found = .spaces
                }
                index += 1
            }
        }
    }

    /// Whether a trimmed line can stand next to a window's cut: it holds
    /// words, and nothing that could make it, or a line near it, part of a
    /// table (a separator, a border, a cell, a caption, a unit line, a note).
    /// Every run of rows closes at such a line or a blank one, and the lines
    /// a table takes from above (caption, unit) or below (notes) skip one
    /// blank line at most and stop at such a line or a blank one; so two
    /// lines in a row, each blank or quiet, give the same tables whether the
    /// text is read whole or cut between them.
    static func isQuiet(_ units: [UInt16], _ line: Range<Int>) -> Bool {
        !line.isEmpty && separator(of: units, line) == nil && !isBorder(units, line) && singleCell(units, line) == nil
            && !isNote(units, line) && unitWords(units, line) == nil && !isCaption(units, line)
    }

    /// Whether a line only draws a table's border: box-drawing characters,
    /// dashes, equals signs, pluses and spaces.
    static func isBorder(_ units: [UInt16], _ line: Range<Int>) -> Bool {
        !line.isEmpty && units[line].allSatisfy { $0 & 0xFF80 == boxDrawing || borderMarks.contains($0) }
    }

    /// The cells of a line, trimmed; a bar at either end opens or closes the
    /// row and makes no empty cell.
    private static func cells(_ units: [UInt16], _ line: Range<Int>, _ separator: Table.Separator) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        var position = line.lowerBound
        while position < line.upperBound {
            var width = 0
            switch separator {
            case .bar, .cellPerLine:
                width = bars.contains(units[position]) ? 1 : 0
            case .tab:
                while position + width < line.upperBound, units[position + width] == CodeUnit.tab { width += 1 }
            case .spaces:
                while position + width < line.upperBound, units[position + width] == CodeUnit.space { width += 1 }
                if width < 2 { width = 0 }
            }
            if width > 0 {
                cells.append((start..<position).trimmingSpaces(in: units))
                position += width
                start = position
            } else {
                position += 1
            }
        }
        cells.append((start..<line.upperBound).trimmingSpaces(in: units))
        if separator == .bar {
            if bars.contains(units[line.lowerBound]), cells.first?.isEmpty == true { cells.removeFirst() }
            if bars.contains(units[line.upperBound - 1]), cells.last?.isEmpty == true { cells.removeLast() }
        }
        return cells
    }

    /// What a cell holds.
    enum CellKind: Equatable {
        /// A number, perhaps signed, spaced, with a decimal part or a % (`-4.2`, `10 536 205`, `12.5%`).
        case figure
        /// A year alone (`2023`), as column headers write them.
        case year
        /// Nothing, or a placeholder for no figure (`-`, `—`, `..`, `…`, `N/A`, `×`).
        case empty
        /// Words.
        case text
    }

    /// The kind of a cell.
    static func kind(_ units: [UInt16], _ cell: Range<Int>) -> CellKind {
        if cell.isEmpty || placeholders.contains(where: { units[cell].elementsEqual($0) }) { return .empty }
        var position = cell.lowerBound
        if signs.contains(units[position]) {
            position += 1
            while position < cell.upperBound, units[position] == CodeUnit.space { position += 1 }
        }
        var digits = 0, sawPoint = false, end = cell.upperBound
        if units[end - 1] == percent || units[end - 1] == permille { end -= 1 }
        guard position < end else { return .text }
        for index in position..<end {
            let unit = units[index]
            if CodeUnit.isDigit(unit) {
                digits += 1
            } else if unit == CodeUnit.fullStop, !sawPoint, digits > 0 {
                sawPoint = true
            } else if unit == CodeUnit.comma || unit == CodeUnit.space, digits > 0, !sawPoint,
                      isGroupOfThree(units, after: index, end: end) {
                continue
            } else {
                return .text
            }
        }
        guard digits > 0 else { return .text }
        if digits == 4, !sawPoint, end == cell.upperBound, position == cell.lowerBound, cell.count == 4,
           (1900...2100).contains(units[cell].reduce(0) { $0 * 10 + Int($1) - 0x30 }) {
            return .year
        }
        return .figure
    }

    /// Whether three digits follow a thousands separator at `index`, and
    /// then the end, another separator or the decimal point.
    private static func isGroupOfThree(_ units: [UInt16], after index: Int, end: Int) -> Bool {
        guard index + 4 <= end else { return false }
        guard (index + 1...index + 3).allSatisfy({ CodeUnit.isDigit(units[$0]) }) else { return false }
        let next = index + 4
        return next == end || units[next] == CodeUnit.comma || units[next] == CodeUnit.space || units[next] == CodeUnit.fullStop
    }

    /// The words after a unit line's colon (`单位：亿元` → `亿元`), when they
    /// end the line and are one word.
    /// The 单位 may also close a line after a space (`…八十九年度  單位:新台幣百萬元`).
    private static func unitWords(_ units: [UInt16], _ line: Range<Int>) -> Range<Int>? {
        guard line.count <= longestCaption else { return nil }
        for opening in line where opening == line.lowerBound || units[opening - 1] == CodeUnit.space {
            guard let prefix = unitPrefixes.first(where: { units[opening..<line.upperBound].starts(with: $0) }) else { continue }
            var start = opening + prefix.count
            while start < line.upperBound, units[start] == CodeUnit.space { start += 1 }
            guard start < line.upperBound, units[start] == CodeUnit.colon else { continue }
            let words = ((start + 1)..<line.upperBound).trimmingSpaces(in: units)
            return words.isEmpty || words.contains(where: { units[$0] == CodeUnit.space }) ? nil : words
        }
        return nil
    }

    /// A caption: 表 and a number, or 附表, opening a short line.
    private static func isCaption(_ units: [UInt16], _ line: Range<Int>) -> Bool {
        guard !line.isEmpty, line.count <= longestCaption else { return false }
        if units[line].starts(with: appendixTable) { return true }
        guard units[line.lowerBound] == tableMark, line.count > 1 else { return false }
        var next = line.lowerBound + 1
        while next < line.upperBound, units[next] == CodeUnit.space { next += 1 }
        return next < line.upperBound && (CodeUnit.isDigit(units[next]) || chineseNumerals.contains(units[next]))
    }

    /// A note line: 注, 说明, 资料来源 … and a colon.
    private static func isNote(_ units: [UInt16], _ line: Range<Int>) -> Bool {
        guard let word = noteWords.first(where: { units[line].starts(with: $0) }) else { return false }
        let after = line.lowerBound + word.count
        return after < line.upperBound && (units[after] == CodeUnit.colon || CodeUnit.isDigit(units[after]))
    }

    private static let longestCaption = 60
    static let bars: CodeUnitSet = "|│┃║"
    private static let bar = UInt16(("|" as Unicode.Scalar).value)
    /// What may separate cells: tab, space, the bar and box drawing (U+2500 to U+257F).
    private static let separatorUnits = UnitRanges([0x09...0x09, 0x20...0x20, 0x7C...0x7C, 0x2500...0x257F])
    /// The block of box-drawing characters, U+2500 to U+257F.
    private static let boxDrawing: UInt16 = 0x2500
    private static let borderMarks: CodeUnitSet = "-=+ —"
    private static let signs: CodeUnitSet = "-−+"
    private static let percent = UInt16(("%" as Unicode.Scalar).value)
    private static let permille = UInt16(("‰" as Unicode.Scalar).value)
    private static let tableMark = UInt16(("表" as Unicode.Scalar).value)
    private static let chineseNumerals: CodeUnitSet = "一二三四五六七八九十"
    private static let appendixTable: [UInt16] = Array("附表".utf16)
    private static let placeholders: [[UInt16]] = ["-", "—", "--", "——", "..", "...", "…", "N/A", "n/a", "×", "/", "–"]
        .map { Array($0.utf16) }
    private static let unitPrefixes: [[UInt16]] = ["计量单位", "計量單位", "单位", "單位"].map { Array($0.utf16) }
    private static let noteWords: [[UInt16]] = ["注", "註", "说明", "說明", "资料来源", "資料來源", "数据来源", "數據來源"]
        .map { Array($0.utf16) }
}
