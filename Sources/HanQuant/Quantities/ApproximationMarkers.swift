/// Words that make a quantity approximate or a bound (约, 余, 以上 …),
/// loaded from `Lexicons/approximation-markers.tsv`, by where they stand.
struct ApproximationMarkers: Sendable {
    /// Markers before the number, matched backward from its start; words
    /// that merely end like one (签约) map to nil.
    let before: PhraseTrie<String?>
    /// Markers between the number and its scale or unit.
    let afterNumber: PhraseTrie<String>
    /// Markers after the unit; words that merely begin like one (内资) map to nil.
    let afterUnit: PhraseTrie<String?>

    /// The bundled markers.
    static let bundled = ApproximationMarkers(LexiconFile.bundled("approximation-markers.tsv"))

    /// Builds the tries from a lexicon file.
    init(_ lexicon: LexiconFile) {
        var before = PhraseTrie<String?>(readingBackward: true)
        var afterNumber = PhraseTrie<String>()
        var afterUnit = PhraseTrie<String?>()
        for row in lexicon.rows where row.count >= 2 {
            let marker = row.count > 2 ? row[2] : row[0]
            switch row[1] {
            case "before": before.insert(row[0], marker)
            case "after-number": afterNumber.insert(row[0], marker)
            case "after-unit": afterUnit.insert(row[0], marker)
            case "not-before": before.insert(row[0], nil)
            case "not-after-unit": afterUnit.insert(row[0], nil)
            default: continue
            }
        }
        self.before = before
        self.afterNumber = afterNumber
        self.afterUnit = afterUnit
    }
}
