import Foundation

/// The units and measure words quantities can carry, matched longest first
/// (个百分点 before 个, 人次 before 人).
///
/// Built from `Lexicons/units.tsv` and `Lexicons/measure-words.tsv`; a user
/// adds or replaces units with a file in the units format (`--units FILE`).
public struct UnitLexicon: Sendable {
    /// The entries by surface, unretained (see ``UnitMatch``): ``entries`` keeps them.
    private var trie = PhraseTrie<Unmanaged<UnitEntry>>()
    /// Every entry ever added, replaced ones too, alive as long as the lexicon.
    private var entries: [UnitEntry] = []

    /// The bundled units and measure words.
    public static let bundled: UnitLexicon = {
        var lexicon = UnitLexicon()
        // Measure words first: a unit with the same surface (亩 is not one) wins.
        for row in LexiconFile.bundled("measure-words.tsv").rows {
            lexicon.add(UnitEntry(surface: row[0], baseUnit: "count", numerator: 1, denominator: 1,
                                  dimension: .count, notFollowedBy: Array((row.count > 2 ? row[2] : "").utf16),
                                  perName: row.count > 1 ? row[1] : nil))
        }
        do {
            try lexicon.addUnits(LexiconFile.bundled("units.tsv"), source: "units.tsv")
        } catch {
            preconditionFailure("HanQuant's bundled units.tsv is malformed: \(error)")
        }
        return lexicon
    }()

    /// Adds or replaces one entry.
    public mutating func add(_ entry: UnitEntry) {
        entries.append(entry)
        trie.insert(entry.surface, Unmanaged.passUnretained(entry))
    }

    /// Adds the units of a file in the `units.tsv` format: surface, base unit,
    /// factor (decimal or fraction), dimension, and optional characters that
    /// must not follow.
    public mutating func addUnits(_ file: LexiconFile, source: String) throws(UnitFileError) {
        var lines: [String: Int] = [:]
        for row in file.rows {
            guard row.count >= 4, row.count <= 5, !row[0].isEmpty, !row[1].isEmpty else {
                throw UnitFileError(source: source, line: row.line,
                                    reason: "expected surface, base unit, factor and dimension separated by tabs, "
                                        + "and at most a fifth column of characters the unit must not be followed by")
            }
            guard let factor = ExactNumber.fraction(row[2]), !factor.numerator.isZero else {
                throw UnitFileError(source: source, line: row.line, reason: "factor '\(row[2])' is not a decimal or fraction")
            }
            guard !factor.numerator.isNegative, !factor.denominator.isNegative else {
                throw UnitFileError(source: source, line: row.line, reason: "factor '\(row[2])' is negative: a unit's factor is above zero")
            }
            if let first = lines[row[0]] {
                throw UnitFileError(source: source, line: row.line, reason: "'\(row[0])' is listed twice (first on line \(first))")
            }
            lines[row[0]] = row.line
            guard let dimension = Dimension(rawValue: row[3]) else {
                let known = Dimension.allCases.map(\.rawValue).joined(separator: ", ")
                throw UnitFileError(source: source, line: row.line,
                                    reason: "unknown dimension '\(row[3])' (one of: \(known))")
            }
            add(UnitEntry(surface: row[0], baseUnit: row[1], numerator: factor.numerator,
                          denominator: factor.denominator, dimension: dimension,
                          notFollowedBy: Array((row.count > 4 ? row[4] : "").utf16), perName: nil))
        }
    }

    /// The currency a bare 元 stands for: CNY unless ``withDefaultCurrency(_:)`` set another.
    public private(set) var defaultCurrency = "CNY"

    /// The money units that name no currency of their own: 元, 圆, 块钱.
    /// A currency written before the number (新臺幣3,000元) replaces theirs.
    static let bareCurrencySurfaces: Set<String> = ["元", "圆", "块钱"]

    /// This lexicon with a bare 元 (and 圆, 块钱) meaning `currency` (an ISO 4217 code such as TWD).
    public func withDefaultCurrency(_ currency: String) -> UnitLexicon {
        var copy = self
        for surface in Self.bareCurrencySurfaces.sorted() {
            copy.add(UnitEntry(surface: surface, baseUnit: currency, numerator: .one, denominator: .one, dimension: .money,
                               notFollowedBy: [], perName: nil))
        }
        copy.defaultCurrency = currency
        return copy
    }

    /// Whether some unit begins with `unit`: one table look-up.
    func hasUnit(beginningWith unit: UInt16) -> Bool {
        trie.hasPhrase(beginningWith: unit)
    }

    /// The longest unit starting at `start`, unless a character right after it
    /// shows it belongs to another word.
    func match(in units: [UInt16], at start: Int, limit: Int) -> UnitMatch? {
        guard let found = trie.longestMatch(in: units, from: start, limit: limit) else { return nil }
        let match = UnitMatch(found.value, range: start..<found.end)
        if found.end < limit, match.read({ $0.notFollowedBy.contains(units[found.end]) }) { return nil }
        return match
    }
}

/// A malformed line in a units file.
public struct UnitFileError: Error, CustomStringConvertible {
    /// The file's name.
    public let source: String
    /// The 1-based line of the entry.
    public let line: Int
    /// What is wrong with it.
    public let reason: String

    /// One line for a person.
    public var description: String { "\(source):\(line): \(reason)" }
}
