/// A paragraph: one non-blank line of the body.
public struct Paragraph: Sendable, Equatable {
    /// Its UTF-16 range in the normalized text, trimmed of spaces.
    public let range: Range<Int>
    /// Its 1-based line.
    public let line: Int
    /// The innermost section it belongs to, as an index into ``Document/sections``.
    public let section: Int?
}
