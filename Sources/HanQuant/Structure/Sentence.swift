/// A sentence of the body.
public struct Sentence: Sendable, Equatable {
    /// Its UTF-16 range in the normalized text.
    public let range: Range<Int>
    /// The 1-based line it starts on.
    public let line: Int
    /// The paragraph it belongs to, as an index into ``Document/paragraphs``.
    public let paragraph: Int
    /// The innermost section it belongs to, as an index into ``Document/sections``.
    public let section: Int?
    /// Whether it is the sentence that opens a section (label and heading words).
    public let isHeading: Bool
}
