/// A unit or measure word from the lexicons, with how to convert it.
///
/// A class, so that a reading holds a reference rather than a copy of
/// every field.
public final class UnitEntry: Sendable {
    /// The unit as written, after NFKC: 平方米, 亿元's 元, 户.
    public let surface: String
    /// The base unit values are expressed in: CNY, m2, count …
    public let baseUnit: String
    /// The factor to the base unit is `numerator / denominator` (亩 is 2000/3 m2).
    public let numerator: ExactNumber
    /// See ``numerator``.
    public let denominator: ExactNumber
    /// What the unit measures.
    public let dimension: Dimension
    /// Characters that, right after the unit, show it is part of another word
    /// (年 in 年度, 成 in 成员).
    public let notFollowedBy: [UInt16]
    /// For measure words: the name used when it is the denominator of a rate
    /// (人 gives CNY/person).
    public let perName: String?
    /// ``surface`` in UTF-16, to tell whether text spells it.
    let surfaceUnits: [UInt16]

    /// An entry converting to `baseUnit` by `numerator / denominator`.
    public init(surface: String, baseUnit: String, numerator: ExactNumber, denominator: ExactNumber,
                dimension: Dimension, notFollowedBy: [UInt16], perName: String?) {
        self.surface = surface
        self.baseUnit = baseUnit
        self.numerator = numerator
        self.denominator = denominator
        self.dimension = dimension
        self.notFollowedBy = notFollowedBy
        self.perName = perName
        surfaceUnits = Array(surface.utf16)
    }

    /// Whether `range` of `units` spells the surface.
    func isSpelled(in units: [UInt16], range: Range<Int>) -> Bool {
        guard range.count == surfaceUnits.count else { return false }
        for offset in surfaceUnits.indices where units[range.lowerBound + offset] != surfaceUnits[offset] { return false }
        return true
    }
}
