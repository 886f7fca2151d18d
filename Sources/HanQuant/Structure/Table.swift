/// A table of the document: lines whose cells a separator divides
/// (`|`, `│`, tabs, or runs of two or more spaces), with the caption, unit
/// line and notes around it. Ranges are UTF-16 ranges of the normalized text.
public struct Table: Sendable, Equatable {
    /// One line of the table, divided into cells (or, one cell per line,
    /// the lines of one row).
    public struct Row: Sendable, Equatable {
        /// Its 1-based line: the first one, one cell per line.
        public let line: Int
        /// Its cells' ranges, trimmed of spaces; an empty cell has an empty range.
        public let cells: [Range<Int>]
    }

    /// How its cells are divided.
    public enum Separator: String, Sendable {
        /// `|`, `｜` (NFKC makes it `|`) or a box-drawing bar (`│`, `┃`, `║`).
        case bar
        /// One or more tabs.
        case tab
        /// Two or more spaces (aligned columns).
        case spaces
        /// One cell per line, each closed by a bar, as scraped web tables
        /// come out (`旅客运输总量 |`, `万人 |`, `5998.2 |`): the rows' width is
        /// the one that lines every row's figures up.
        case cellPerLine = "one cell per line"
    }

    /// Its cell separator.
    public let separator: Separator
    /// The caption line before it (`表1 2023年主要农产品产量`), if any.
    public let caption: Range<Int>?
    /// The words after `单位：` / `單位:` on a line of their own before it (`亿元`), if any.
    public let unit: Range<Int>?
    /// The header rows: those before the first row with a figure.
    public let header: [Row]
    /// The rows below the header.
    public let rows: [Row]
    /// The note lines right after it (`注：…`).
    public let notes: [Range<Int>]
    /// The number of columns of its figure rows.
    public let columns: Int
    /// Why it cannot be read column by column, when it cannot (`row 5 has
    /// 4 cells, the others 3`): its figures are then given no facts.
    public let problem: String?
    /// The innermost section it belongs to, as an index into ``Document/sections``.
    public let section: Int?
    /// Its first and last 1-based lines, caption, unit line and notes included.
    public let lines: ClosedRange<Int>

    /// The table in `section`.
    func placed(in section: Int?) -> Table {
        Table(separator: separator, caption: caption, unit: unit, header: header, rows: rows, notes: notes,
              columns: columns, problem: problem, section: section, lines: lines)
    }
}
