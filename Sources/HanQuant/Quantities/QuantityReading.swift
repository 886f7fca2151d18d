/// The parts of one quantity as read from the text, before its value is
/// composed: the numeral, scale, approximation words, unit and rate.
struct QuantityReading {
    /// Where the quantity starts: its sign or approximation word, else its numeral.
    var start: Int
    /// The number, possibly ending before a scale character a unit claimed (兆瓦).
    var numeral: Numeral
    /// The scale words written after an Arabic number or after 余/多 (70余万元).
    var scaleRange: Range<Int>?
    /// The value of a scale run standing after 余/多 (万 in 70余万元), else 1.
    var separateScale = ExactNumber.one
    /// A minus sign, 负 or 零下 before the number.
    var isNegative = false
    /// 零下 before the number: a temperature below zero.
    var isBelowZero = false
    /// A currency written before the number (港幣50億, 新臺幣3,000元): its
    /// ISO 4217 code and range. It gives a bare 元 its currency, and money
    /// to a number with no unit.
    var currency: (code: String, range: Range<Int>)?
    /// Approximation words in the order written.
    var approximations: [String] = []
    /// The unit or measure word and its range.
    var unit: UnitMatch?
    /// The denominator of a compound rate (人 in 元/人) and its range.
    var per: UnitMatch?
    /// The scale written before the denominator's unit (万 in km/万km2), else 1.
    var perScale = ExactNumber.one
    /// Where the quantity ends.
    var end: Int

    /// The number's own text range: the numeral without its scale words.
    var numberRange: Range<Int> {
        numeral.range.lowerBound..<(numeral.scaleStart ?? numeral.range.upperBound)
    }

    /// The value of the written number times its scale, before unit
    /// conversion; nil when it does not fit.
    var scaledNumber: ExactNumber? {
        numeral.value.multiplied(by: separateScale).map { isNegative ? $0.negated : $0 }
    }

    /// Whether the number carries a scale of its own (3亿, 五万), so that a
    /// range's lower end does not borrow the upper end's.
    var hasOwnScale: Bool {
        numeral.scaleStart != nil || numeral.withoutLastScale != nil || scaleRange != nil
    }

    /// The factor that the last scale character applies (万 in 5万, 千万 in
    /// 3千万), for a range's lower end that has none (3-5万元).
    func trailingScale(lexicon: NumeralLexicon, units text: [UInt16]) -> ExactNumber? {
        if let scaleRange {
            return scaleRange.reduce(ExactNumber.one) { product, index in
                switch lexicon.kind(of: text[index]) {
                case .multiplier(let value)?, .scale(let value)?: return product?.multiplied(by: ExactNumber(value))
                default: return product
                }
            }
        }
        if let without = numeral.withoutLastScale, !without.value.isZero {
            return numeral.value.divided(by: without.value)
        }
        return .one
    }

    /// The exact value of the scaled number in the base unit of this
    /// reading's unit; nil when it does not fit.
    /// (No closures here: a method passed as one copies the whole reading.)
    var baseValue: ExactNumber? {
        guard let number = scaledNumber else { return nil }
        return inBaseUnit(number)
    }

    /// For a vague numeral (两三万元), the upper end in the base unit; nil
    /// for any other numeral or when it does not fit.
    var baseValueMax: ExactNumber? {
        guard let high = numeral.valueMax?.multiplied(by: separateScale) else { return nil }
        return inBaseUnit(isNegative ? high.negated : high)
    }

    /// `number`, written in this reading's unit, in the unit's base unit.
    private func inBaseUnit(_ number: ExactNumber) -> ExactNumber? {
        guard let unit else { return number }
        var numerator = number.multiplied(by: unit.read { $0.numerator })
        var denominator: ExactNumber? = unit.read { $0.denominator }
        if let per {
            numerator = numerator?.multiplied(by: per.read { $0.denominator })
            denominator = denominator?.multiplied(by: per.read { $0.numerator })?.multiplied(by: perScale)
        }
        guard let numerator, let denominator else { return nil }
        return numerator.divided(by: denominator)
    }

    /// The base unit: the unit's, a compound such as CNY/person, `1` for a
    /// scaled number without unit, `count` for a bare count.
    var baseUnit: String {
        guard let unit else { return currency?.code ?? (hasOwnScale ? "1" : "count") }
        let base = takesCurrency(unit) ? currency?.code ?? unit.read { $0.baseUnit } : unit.read { $0.baseUnit }
        guard let per else { return base }
        return base + "/" + per.read { $0.perName ?? $0.baseUnit }
    }

    /// Whether a currency written before the number names `unit`'s currency (元, 圆).
    private func takesCurrency(_ unit: UnitMatch) -> Bool {
        currency != nil && unit.dimension == .money && UnitLexicon.bareCurrencySurfaces.contains(unit.surface)
    }

    /// The dimension: the unit's, rate for a compound, number for a scaled
    /// number without unit, count for a bare count.
    var dimension: Dimension {
        guard let unit else { return currency != nil ? .money : hasOwnScale ? .number : .count }
        return per == nil ? unit.dimension : .rate
    }
}

/// A unit read with a number, and where it stands. A struct, not a
/// tuple: an optional tuple holding a class was copied through the
/// runtime's generic witnesses, some 230 instructions each time.
///
/// The entry is held and read without reference counting: counting it
/// took several atomic operations for every unit read. A match is made by
/// a ``UnitLexicon`` or ``UnitContexts`` while a scan reads one quantity,
/// and never outlives the scan, whose lexicons keep every entry alive.
struct UnitMatch {
    /// The unit's entry in the lexicon, unretained.
    private let reference: Unmanaged<UnitEntry>
    /// Where it stands in the text.
    let range: Range<Int>

    /// A match of the entry that `reference` holds, kept alive by its lexicon.
    init(_ reference: Unmanaged<UnitEntry>, range: Range<Int>) {
        self.reference = reference
        self.range = range
    }

    /// A match of `entry`, which its owner keeps alive longer than the match.
    init(entry: UnitEntry, range: Range<Int>) {
        self.init(.passUnretained(entry), range: range)
    }

    /// The same unit standing at `range`.
    init(_ match: UnitMatch, range: Range<Int>) {
        self.init(match.reference, range: range)
    }

    /// Where it ends in the text.
    var end: Int { range.upperBound }

    /// What `body` reads of the entry, which it must not keep.
    func read<Result>(_ body: (UnitEntry) -> Result) -> Result {
        reference._withUnsafeGuaranteedRef(body)
    }

    /// The entry's dimension.
    var dimension: Dimension { read { $0.dimension } }

    /// The entry's surface.
    var surface: String { read { $0.surface } }

    /// The text of the match in `units`: the entry's surface when the text
    /// spells it, as it mostly does, so that no string is made; else the
    /// text itself (a unit that took a scale character, or a unit of time
    /// after a half).
    func text(in units: [UInt16]) -> String {
        read { entry in
            entry.isSpelled(in: units, range: range) ? entry.surface : String(utf16Units: units, range: range)
        }
    }
}
