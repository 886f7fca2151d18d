/// Finds whether any of a few phrases occurs in a text, on UTF-16 code
/// units, without Foundation's locale-aware string search: one trie walk
/// from each position.
struct PhraseSearch: Sendable {
    private let trie: PhraseTrie<Bool>

    /// A search for `phrases`.
    init(_ phrases: [String]) {
        var trie = PhraseTrie<Bool>()
        for phrase in phrases where !phrase.isEmpty { trie.insert(phrase, true) }
        self.trie = trie
    }

    /// Whether `range` of `units` contains one of the phrases.
    func occurs(in units: [UInt16], range: Range<Int>) -> Bool {
        range.contains { start in
            trie.hasPhrase(beginningWith: units[start])
                && trie.hasMatch(in: units, from: start, limit: range.upperBound, where: { $0 })
        }
    }
}
