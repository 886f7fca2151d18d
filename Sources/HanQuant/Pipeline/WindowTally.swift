/// What the windows of a ``WindowedDocument`` delivered so far add up to,
/// counted in order as they are delivered, and how the document ended.
public struct WindowTally: Sendable {
    private var facts = 0
    private var windows = 0
    private var last: Extraction?
    private var warnings: [String] = []
    private var skipped = 0

    /// A tally of no windows.
    public init() {}

    /// Counts the next window's extraction.
    public mutating func count(_ extraction: Extraction) {
        facts += extraction.facts.count
        windows += 1
        last = extraction
        warnings += extraction.warnings.map(\.description)
        skipped += extraction.warnings.count
    }

    /// How `document` ended, once its windows have run out and each was counted.
    public func outcome(of document: WindowedDocument) -> WindowedExtraction.Outcome {
        WindowedExtraction.Outcome(facts: facts, windows: windows, last: last, warnings: document.readWarnings + warnings,
                                   skippedNumbers: skipped, error: document.error)
    }
}
