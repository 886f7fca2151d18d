/// Tables scraped from web pages one cell per line (`旅客运输总量 |`,
/// `万人 |`, `5998.2 |`, a lone `|` for an empty cell).
extension TableDetector {
    /// The widest row tried.
    static let widestCellPerLineRow = 12

    /// The cell of a line that holds one cell closed by a bar, or nil.
    static func singleCell(_ units: [UInt16], _ line: Range<Int>) -> Range<Int>? {
        guard let last = line.last, bars.contains(units[last]),
              !units[line.lowerBound..<last].contains(where: { bars.contains($0) }) else { return nil }
        return (line.lowerBound..<last).trimmingSpaces(in: units)
    }

    /// The table a run of one-cell lines makes: the row width that puts a
    /// header of words first and then rows whose columns each hold one
    /// kind of cell (figures, or words). No width, or more than one, and
    /// the run is a table that is not read, when it holds figures.
    func cellPerLineTable(_ run: [(index: Int, cell: Range<Int>)], _ units: [UInt16]) -> (table: Table, lines: ClosedRange<Int>)? {
        let kinds = run.map { Self.kind(units, $0.cell) }
        let figures = kinds.filter { $0 == .figure }.count
        guard run.count >= 2 * Self.fewestRows, figures >= Self.fewestFigureRows else { return nil }
        let widths = (2...Self.widestCellPerLineRow).filter { Self.linesUp(kinds, width: $0) }
        let width = widths.count == 1 ? widths[0] : max(2, widths.first ?? 2)
        func row(_ start: Int) -> Table.Row {
            Table.Row(line: run[start].index + 1, cells: run[start..<min(start + width, run.count)].map(\.cell))
        }
        let header = [row(0)]
        let rows = stride(from: width, to: run.count, by: width).map(row)
        let problem: String? = widths.count == 1 ? nil
            : widths.isEmpty ? "no row width lines up its \(run.count) cells"
            : "its \(run.count) cells line up as rows of \(widths.map(String.init).joined(separator: " or ")) cells"
        let table = Table(separator: .cellPerLine, caption: nil, unit: nil, header: header, rows: rows, notes: [],
                          columns: width, problem: problem, section: nil, lines: (run[0].index + 1)...(run[run.count - 1].index + 1))
        return (table, run[0].index...run[run.count - 1].index)
    }

    /// Whether `width` cells a row gives a header without figures and rows
    /// whose every column holds one kind of cell, two of them with figures.
    private static func linesUp(_ kinds: [CellKind], width: Int) -> Bool {
        guard kinds.count % width == 0, kinds.count / width >= fewestRows,
              !kinds[..<width].contains(.figure) else { return false }
        var columnKinds = [CellKind?](repeating: nil, count: width)
        var figureRows = 0
        for start in stride(from: width, to: kinds.count, by: width) {
            var hasFigure = false
            for offset in 0..<width {
                let kind = kinds[start + offset] == .year ? .text : kinds[start + offset]
                guard kind != .empty else { continue }
                if kind == .figure { hasFigure = true }
                if let known = columnKinds[offset], known != kind { return false }
                columnKinds[offset] = kind
            }
            if hasFigure { figureRows += 1 }
        }
        return figureRows >= fewestFigureRows
    }
}
