/// Tracks the open headings while a document is read top to bottom, and
/// decides each new heading's level and parent.
struct HeadingTree {
    /// The styles of the open headings, outermost first.
    private var styles: [HeadingStyle] = []
    /// The section index of the open heading at each level.
    private var open: [Int] = []

    /// Opens a heading of `style` as section number `index`; returns its level and parent.
    mutating func open(_ style: HeadingStyle, index: Int) -> (level: Int, parent: Int?) {
        if let depth = styles.firstIndex(of: style) {
            styles.removeSubrange(depth...)
            open.removeSubrange(depth...)
        }
        styles.append(style)
        let parent = open.last
        open.append(index)
        return (styles.count, parent)
    }

    /// The innermost open section, if any.
    var current: Int? { open.last }
}
