/// Tells a document's region from the words of `Lexicons/region-markers.tsv`
/// in its opening: the region named most often wins, and a tie between the
/// mainland and another region goes to the other one (a Taiwan report that
/// also names a 人民代表大会 is rarer than a mainland one naming 新臺幣 once;
/// but a mainland report names its 党委 and 人大 many times).
struct RegionMarkers: Sendable {
    private let trie: PhraseTrie<Region>

    /// How much of a document's normalized text is read for markers: the
    /// opening is where a report says who gives it and in what currency.
    static let openingLength = 20_000

    /// The markers of the bundled lexicon.
    static let bundled = RegionMarkers(LexiconFile.bundled("region-markers.tsv"))

    /// Builds the markers from a lexicon file.
    init(_ lexicon: LexiconFile) {
        var trie = PhraseTrie<Region>()
        for row in lexicon.rows where row.count >= 2 {
            guard let region = Region(rawValue: row[1]) else { continue }
            trie.insert(row[0], region)
        }
        self.trie = trie
    }

    /// The region the opening of `units` shows, with the markers found and
    /// how often, most frequent first; nil when no marker stands in it.
    func region(of units: [UInt16]) -> (region: Region, markers: [(word: String, count: Int)])? {
        var counts: [Region: Int] = [:]
        var words: [Region: [String: Int]] = [:]
        var index = 0
        let end = min(units.count, Self.openingLength)
        let trie = trie
        while index < end {
            // Most characters start no marker: passed over without a look-up.
            index = units.withUnsafeBufferPointer { units in
                var next = index
                while next < end, !trie.hasPhrase(beginningWith: units[next]) { next += 1 }
                return next
            }
            guard index < end else { break }
            if let match = trie.longestMatch(in: units, from: index, limit: end) {
                counts[match.value, default: 0] += 1
                words[match.value, default: [:]][String(utf16Units: units, range: index..<match.end), default: 0] += 1
                index = match.end
            } else {
                index += 1
            }
        }
        let mainland = counts[.mainland] ?? 0
        let other = Region.allCases.filter { $0 != .mainland }
            .max { (counts[$0] ?? 0, $1.rawValue) < (counts[$1] ?? 0, $0.rawValue) }
        let chosen: Region
        if let other, let count = counts[other], count >= mainland {
            chosen = other
        } else if mainland > 0 {
            chosen = .mainland
        } else {
            return nil
        }
        let markers = (words[chosen] ?? [:]).map { (word: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.word) > ($1.count, $0.word) }
        return (chosen, markers)
    }
}
