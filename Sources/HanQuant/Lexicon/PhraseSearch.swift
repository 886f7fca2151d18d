/// Finds whether any of a few phrases occurs in a short text, on UTF-16
/// code units, without Foundation's locale-aware string search.
struct PhraseSearch: Sendable {
    private let phrases: [[UInt16]]

    /// A search for `phrases`.
    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf16) }
    }

    /// Whether `text` contains one of the phrases.
    func occurs(in text: String) -> Bool {
        occurs(in: Array(text.utf16)[...])
    }

    /// Whether `units` contain one of the phrases.
    func occurs(in units: ArraySlice<UInt16>) -> Bool {
        phrases.contains { phrase in
            units.indices.contains { units[$0...].starts(with: phrase) }
        }
    }
}
