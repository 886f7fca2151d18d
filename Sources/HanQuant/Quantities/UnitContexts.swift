/// Units read by the words around them (度 is kWh, or degC after 气温;
/// 点 is an index point only after 指数), loaded from
/// `Lexicons/unit-contexts.tsv`.
struct UnitContexts: Sendable {
    /// One context-dependent unit.
    private struct Rule: Sendable {
        let surface: [UInt16]
        /// The unit it becomes in context.
        let entry: UnitEntry
        /// It is a unit only in context (点), not a unit to switch (度).
        let onlyInContext: Bool
        let cues: [[UInt16]]
    }

    private let rules: [Rule]
    /// The first characters of the rules' units: most units need no more than this test.
    private let firsts: CodeUnitSet
    /// How far before the number a cue may stand.
    private static let window = 12

    /// The bundled rules.
    static let bundled = UnitContexts(LexiconFile.bundled("unit-contexts.tsv"))

    /// Builds the rules from a lexicon file.
    init(_ lexicon: LexiconFile) {
        let rules: [Rule] = lexicon.rows.compactMap { row in
            guard row.count >= 5, let dimension = Dimension(rawValue: row[2]) else { return nil }
            let entry = UnitEntry(surface: row[0], baseUnit: row[1], numerator: .one, denominator: .one,
                                  dimension: dimension, notFollowedBy: [], perName: nil)
            return Rule(surface: Array(row[0].utf16), entry: entry, onlyInContext: row[3] == "only",
                        cues: row[4].split(separator: " ").map { Array($0.utf16) })
        }
        self.rules = rules
        firsts = CodeUnitSet(units: rules.compactMap(\.surface.first))
    }

    /// The unit at `cursor` in context: `matched` as the lexicon found it,
    /// switched or supplied by a rule whose cue stands before `numberStart`
    /// (or, for a switch, when the number is below zero).
    func resolve(_ matched: UnitMatch?, in text: [UInt16], at cursor: Int, limit: Int,
                 numberStart: Int, lowerBound: Int, isBelowZero: Bool) -> UnitMatch? {
        guard cursor < limit, firsts.contains(text[cursor]) else { return matched }
        for rule in rules where text[cursor..<min(limit, cursor + rule.surface.count)].elementsEqual(rule.surface) {
            let end = cursor + rule.surface.count
            if let matched, matched.end != end { continue } // a longer unit (度数) is no concern of the rule
            if rule.onlyInContext == (matched != nil) { continue }
            let inContext = (isBelowZero && !rule.onlyInContext)
                || hasCue(rule.cues, in: text, before: numberStart, lowerBound: lowerBound)
            if inContext { return UnitMatch(entry: rule.entry, range: cursor..<end) }
        }
        return matched
    }

    private func hasCue(_ cues: [[UInt16]], in text: [UInt16], before end: Int, lowerBound: Int) -> Bool {
        let window = text[max(lowerBound, end - Self.window)..<end]
        return cues.contains { cue in
            window.count >= cue.count && window.indices.dropLast(cue.count - 1).contains { start in
                text[start..<(start + cue.count)].elementsEqual(cue)
            }
        }
    }
}
