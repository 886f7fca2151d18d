/// Tells whether a quantity is a change (同比增长1.58%, 下降23.96%,
/// 提高2.1个百分点) from the cue word nearest before it in its clause,
/// using `Lexicons/change-words.tsv`.
struct ChangeDetector: Sendable {
    private enum Cue: Sendable { case increase, decrease, level }
    private let cues: CueLexicon<Cue?>

    /// The detector over the bundled change words.
    static let bundled = ChangeDetector(LexiconFile.bundled("change-words.tsv"))

    /// Builds the cue lexicon from a lexicon file.
    init(_ lexicon: LexiconFile) {
        cues = CueLexicon(lexicon.rows.filter { $0.count >= 2 }.map { row -> (String, Cue?) in
            switch row[1] {
            case "increase": return (row[0], .increase)
            case "decrease": return (row[0], .decrease)
            case "level": return (row[0], .level)
            default: return (row[0], nil)
            }
        })
    }

    /// The change of the quantity starting at `start`, looking back no
    /// further than `limit`. A negative growth figure (增长-2.3%) is a decrease.
    func change(in units: [UInt16], quantityStart start: Int, limit: Int, isNegative: Bool = false) -> Change? {
        guard let found = cues.nearest(in: units, before: start, notBefore: limit), let cue = found.value else { return nil }
        switch cue {
        case .increase: return isNegative ? .decrease : .increase
        case .decrease: return .decrease
        case .level: return nil
        }
    }
}
