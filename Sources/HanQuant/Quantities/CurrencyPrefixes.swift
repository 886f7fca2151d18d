/// Currencies written before the number (新臺幣, 港幣, US$, ¥ …), loaded
/// from `Lexicons/currency-prefixes.tsv` and matched backward from the
/// number's start.
struct CurrencyPrefixes: Sendable {
    private let trie: PhraseTrie<String>
    /// The last characters of the prefixes: one bit test rules out most numbers.
    private let lastCharacters: CodeUnitSet

    /// The code standing for `$` alone, resolved against the default currency.
    static let dollar = "$"
    /// Currencies whose documents write `$` for their own dollar.
    private static let dollarCurrencies: Set<String> = ["HKD", "MOP", "TWD", "USD", "SGD", "AUD", "CAD", "NZD"]

    /// The bundled prefixes.
    static let bundled = CurrencyPrefixes(LexiconFile.bundled("currency-prefixes.tsv"))

    /// Builds the trie from a lexicon file.
    init(_ lexicon: LexiconFile) {
        var trie = PhraseTrie<String>(readingBackward: true)
        var lastCharacters = CodeUnitSet("")
        for row in lexicon.rows where row.count >= 2 {
            trie.insert(row[0], row[1])
            if let last = row[0].utf16.last { lastCharacters.insert(last) }
        }
        self.trie = trie
        self.lastCharacters = lastCharacters
    }

    /// The currency written right before `end` (one space may stand
    /// between), with its ISO 4217 code and where it starts.
    func match(in units: [UInt16], endingAt end: Int, lowerBound: Int,
               defaultCurrency: String) -> (code: String, range: Range<Int>)? {
        var wordEnd = end
        if wordEnd > lowerBound, units[wordEnd - 1] == CodeUnit.space { wordEnd -= 1 }
        guard wordEnd > lowerBound, lastCharacters.contains(units[wordEnd - 1]),
              let found = trie.longestMatch(in: units, endingAt: wordEnd, limit: lowerBound) else { return nil }
        // A Latin prefix must not be the tail of a longer word (ABCMOP12).
        if found.start > lowerBound, Self.isASCIILetter(units[found.start - 1]), Self.isASCIILetter(units[found.start]) {
            return nil
        }
        let code = found.value == Self.dollar
            ? (Self.dollarCurrencies.contains(defaultCurrency) ? defaultCurrency : "USD") : found.value
        return (code, found.start..<wordEnd)
    }

    private static func isASCIILetter(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
    }
}
