/// What the opening of a document says of all of it: the head's metadata,
/// title and report date, and the context (subject year, region). A
/// document read in windows takes them from its first window.
struct DocumentOpening: Sendable {
    let metadata: [MetadataField]
    let title: String?
    let titleLine: Int?
    let date: CalendarDate?
    let dateLine: Int?
    let dateOrigin: String?
    let context: DocumentContext
}

extension DocumentOpening {
    /// The opening of `document`, read as a whole.
    init(_ document: Document) {
        self.init(metadata: document.metadata, title: document.title, titleLine: document.titleLine, date: document.date,
                  dateLine: document.dateLine, dateOrigin: document.dateOrigin, context: document.context)
    }
}

/// What the windows of a document read so far leave to the next one: the
/// opening, the headings still open, and where the next window starts.
///
/// The next window's sections begin with the open headings, outermost
/// first, renumbered from 0, so that a window holds only its own sections
/// and the chain above them, however many headings came before: a
/// section's context and heading path depend only on that chain.
struct WindowContinuation: Sendable {
    /// The first window's opening.
    let opening: DocumentOpening
    /// The heading tree, its open headings renumbered as ``openSections``.
    let tree: HeadingTree
    /// The open headings, outermost first, each the parent of the next.
    let openSections: [Section]
    /// Where the next window starts.
    let window: DocumentWindow

    /// The continuation after a window whose parser ended with `tree` over `sections`.
    init(opening: DocumentOpening, tree: HeadingTree, sections: [Section], window: DocumentWindow) {
        self.opening = opening
        self.window = window
        let chain = tree.openIndices
        openSections = chain.enumerated().map { position, index in
            sections[index].reparented(position == 0 ? nil : position - 1)
        }
        self.tree = tree.renumbered()
    }
}

extension Section {
    /// The same heading under the section numbered `parent`.
    func reparented(_ parent: Int?) -> Section {
        Section(label: label, title: title, labelRange: labelRange, style: style, level: level, line: line, parent: parent)
    }
}
