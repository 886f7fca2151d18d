/// Words that begin with 半 and so do not halve the quantity before them
/// (三家半导体企业), loaded from `Lexicons/half-words.txt`.
struct HalfWords: Sendable {
    private let trie: PhraseTrie<Bool>

    /// The bundled words.
    static let bundled = HalfWords(LexiconFile.bundled("half-words.txt"))

    /// Builds the word list from a lexicon file.
    init(_ lexicon: LexiconFile) {
        var trie = PhraseTrie<Bool>()
        for row in lexicon.rows { trie.insert(row[0], true) }
        self.trie = trie
    }

    /// Whether one of the words starts at `index`.
    func begins(at index: Int, in units: [UInt16], limit: Int) -> Bool {
        trie.longestMatch(in: units, from: index, limit: limit) != nil
    }
}
