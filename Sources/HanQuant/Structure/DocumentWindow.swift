/// Where a window of a document read in windows stands in the whole
/// document: how many lines, code points and tables came before it. Its
/// ``Document``'s ranges, lines and tables are counted from its own start;
/// these turn them into the whole document's for output. A document read
/// whole is its only window, ``whole``.
public struct DocumentWindow: Sendable, Equatable {
    /// The window's number, from 0.
    public let index: Int
    /// The lines of the windows before it.
    public let linesBefore: Int
    /// The code points of the original text before it.
    public let codePointsBefore: Int
    /// The tables of the windows before it.
    public let tablesBefore: Int

    /// The one window of a document read whole.
    public static let whole = DocumentWindow(index: 0, linesBefore: 0, codePointsBefore: 0, tablesBefore: 0)

    /// The window after this one, which held `lines` lines (its last one
    /// ended by a line break), `tables` tables and `codePoints` code points.
    func next(lines: Int, tables: Int, codePoints: Int) -> DocumentWindow {
        DocumentWindow(index: index + 1, linesBefore: linesBefore + lines, codePointsBefore: codePointsBefore + codePoints,
                       tablesBefore: tablesBefore + tables)
    }
}
