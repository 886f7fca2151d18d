/// A quantity with what it measures, when, and how: the unit of HanQuant's output.
public struct Fact: Sendable, Equatable {
    // The stored properties begin with `sentence`, so that the memberwise
    // initializer (`Fact(sentence:quantity:…)`) differs from the public one,
    // which calls it: an initializer assigning each property built the fact
    // in a temporary and copied it whole, every string retained, before
    // destroying the temporary, and facts are made by the hundred thousand.
    /// The sentence it stands in, as an index into ``Document/sentences``.
    public let sentence: Int
    /// The quantity and its exact value.
    public let quantity: Quantity
    /// What is measured, as an analyst would head a column: 固定资产投资.
    public internal(set) var indicator: String?
    /// The period the figure covers.
    public internal(set) var period: Period?
    /// Whether the figure is a change, and which way.
    public let change: Change?
    /// Whether the figure is a plan, goal or projection rather than a result.
    public let isTarget: Bool
    /// For a rate, change or share: the index in the document's facts of
    /// the figure in the same sentence it describes (23.26亿元 for the
    /// 1.58% of 23.26亿元,同比增长1.58%), else nil.
    public internal(set) var describes: Int?
    /// The table cell it was read from, nil for a figure of a sentence.
    public let cell: TableCell?
}

extension Fact {
    /// Creates a fact.
    public init(quantity: Quantity, sentence: Int, indicator: String?, period: Period?, change: Change?,
                isTarget: Bool, describes: Int? = nil, cell: TableCell? = nil) {
        self.init(sentence: sentence, quantity: quantity, indicator: indicator, period: period, change: change,
                  isTarget: isTarget, describes: describes, cell: cell)
    }
}

/// Where in a table a fact was read: the cell's place and the labels
/// that name it, as written.
public struct TableCell: Sendable, Equatable {
    /// The table's 1-based number within the document.
    public let table: Int
    /// The cell's 1-based row among the table's rows below its header.
    public let row: Int
    /// The cell's 1-based column.
    public let column: Int
    /// The row's label (`粮食`, `其中：稻谷`), as written.
    public let rowLabel: String?
    /// The column's header, its header rows joined by a space (`产量(万吨)`), as written.
    public let columnLabel: String?

    /// Creates a cell reference.
    public init(table: Int, row: Int, column: Int, rowLabel: String?, columnLabel: String?) {
        self.table = table
        self.row = row
        self.column = column
        self.rowLabel = rowLabel
        self.columnLabel = columnLabel
    }
}

/// The direction of a change figure (同比增长1.58%, 下降23.96%).
public enum Change: String, Sendable {
    /// Growth: 增长, 增加, 提高, 上升.
    case increase
    /// Decline: 下降, 减少, 降低, 回落.
    case decrease
}

/// A period in ISO 8601 with the words that gave it.
public struct Period: Sendable, Equatable {
    /// ISO 8601: `2016`, `2016-01/2016-10`, `2016-12-31`, `../2016-12-09`, `2016-10/..`.
    public let iso: String
    /// The words as written: 今年1-10月, 截至目前.
    public let text: String
    /// The first year the period touches, when known.
    public let firstYear: Int?
}
