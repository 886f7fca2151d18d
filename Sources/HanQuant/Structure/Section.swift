/// A numbered section heading and its place in the heading tree.
public struct Section: Sendable, Equatable {
    /// The numbering label as written in the original text, e.g. `(一)` or `三、`.
    public let label: String
    /// The heading's words after the label, up to the first sentence end.
    public let title: String
    /// The label's UTF-16 range in the normalized text.
    public let labelRange: Range<Int>
    /// The numbering style of the label.
    public let style: HeadingStyle
    /// Depth in the tree, from 1.
    public let level: Int
    /// The 1-based line the heading starts.
    public let line: Int
    /// The index of the enclosing section in ``Document/sections``, if any.
    public let parent: Int?

    /// Label and title as one heading, e.g. `(一)突出有效投资,发展后劲得到增强`.
    public var heading: String { label + title }
}
