/// Slogans, idioms and names in which a numeral stands before a measure
/// word without counting anything (一岗双责, 三番五次, 四个全面), loaded from
/// `Lexicons/set-phrases.txt`.
struct SetPhrases: Sendable {
    private let trie: PhraseTrie<Int>
    private let longest: Int

    /// The bundled phrases.
    static let bundled = SetPhrases(LexiconFile.bundled("set-phrases.txt"))

    /// Builds the phrase list from a lexicon file.
    init(_ lexicon: LexiconFile) {
        var trie = PhraseTrie<Int>()
        var longest = 0
        for row in lexicon.rows {
            trie.insert(row[0], row[0].utf16.count)
            longest = max(longest, row[0].utf16.count)
        }
        self.trie = trie
        self.longest = longest
    }

    /// Whether a listed phrase covers the position `index`, looking no
    /// further than `bounds`.
    func covers(_ index: Int, in units: [UInt16], bounds: Range<Int>) -> Bool {
        let earliest = max(bounds.lowerBound, index - longest + 1)
        for start in stride(from: index, through: earliest, by: -1) {
            if let match = trie.longestMatch(in: units, from: start, limit: bounds.upperBound), match.end > index {
                return true
            }
        }
        return false
    }
}
