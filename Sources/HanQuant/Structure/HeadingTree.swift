/// Tracks the open headings while a document is read top to bottom, and
/// decides each new heading's level and parent.
///
/// A heading the markup of a web page or Word document marks (`<h2>`, a
/// `Heading 2` style) closes the open headings of its markup level or
/// deeper, and those without one. Any other heading is placed by its
/// numbering style: a style met before closes the deeper levels (`一、`
/// after `(三)`), a new one nests under the current heading.
struct HeadingTree: Sendable {
    /// The open headings, outermost first.
    private var open: [(style: HeadingStyle, markupLevel: Int?, index: Int)] = []

    /// Opens a heading of `style` as section number `index`, marked at
    /// `markupLevel` (1–6) when the markup made it a heading; returns its
    /// level and parent.
    mutating func open(_ style: HeadingStyle, index: Int, markupLevel: Int? = nil) -> (level: Int, parent: Int?) {
        if let markupLevel {
            while let last = open.last, (last.markupLevel ?? Int.max) >= markupLevel { open.removeLast() }
        } else if let depth = open.firstIndex(where: { $0.style == style && $0.markupLevel == nil }) {
            open.removeSubrange(depth...)
        }
        let parent = open.last?.index
        open.append((style, markupLevel, index))
        return (open.count, parent)
    }

    /// The innermost open section, if any.
    var current: Int? { open.last?.index }

    /// The open sections' numbers, outermost first.
    var openIndices: [Int] { open.map(\.index) }

    /// The same tree with its open sections numbered 0, 1, … from the
    /// outermost, as a document's next window numbers them.
    func renumbered() -> HeadingTree {
        var tree = self
        tree.open = open.enumerated().map { ($0.element.style, $0.element.markupLevel, $0.offset) }
        return tree
    }
}
