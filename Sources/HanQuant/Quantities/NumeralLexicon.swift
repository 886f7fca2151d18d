/// The kinds of Chinese numeral characters, loaded from `Lexicons/numerals.tsv`.
struct NumeralLexicon: Sendable {
    /// What a numeral character does.
    enum Kind: Sendable, Equatable {
        /// A digit with its value (两 is 2).
        case digit(Int)
        /// 十, 百 or 千: multiplies the digit before it within a group.
        case multiplier(Int)
        /// 万, 亿 or 兆: multiplies everything before it.
        case scale(Int)
        /// The decimal point 点.
        case point
        /// 半, a half: 一吨半, 三成半, 半成.
        case half
        /// 几, "some": 十几, 几十, 几百万.
        case vague
    }

    /// The kind of every BMP code unit, nil for non-numerals, in a few
    /// kilobytes (a flat table of `Kind?` took 1 MB).
    private let kinds: PagedTable<Kind>
    /// The characters that can start a number: ASCII digits and every
    /// numeral character but the point, as a bitmap small enough to stay in
    /// cache while a whole text is scanned.
    let starts: CodeUnitSet

    /// The bundled lexicon.
    static let bundled = NumeralLexicon(LexiconFile.bundled("numerals.tsv"))

    /// Builds the table from a lexicon file.
    init(_ lexicon: LexiconFile) {
        var kinds = PagedTable<Kind>()
        var starts: CodeUnitSet = "0123456789"
        for row in lexicon.rows where row.count >= 3 {
            guard let unit = row[0].utf16.first, row[0].utf16.count == 1, let value = Int(row[2]) else { continue }
            let kind: Kind
            switch row[1] {
            case "digit": kind = .digit(value)
            case "multiplier": kind = .multiplier(value)
            case "scale": kind = .scale(value)
            case "point": kind = .point
            case "half": kind = .half
            case "vague": kind = .vague
            default: continue
            }
            kinds[unit] = kind
            if kind != .point { starts.insert(unit) }
        }
        self.kinds = kinds
        self.starts = starts
    }

    /// The digit value of `unit` (两 is 2), or nil when it is no digit.
    @inline(__always)
    func digit(_ unit: UInt16) -> Int? {
        if case .digit(let value)? = kinds[unit] { return value }
        return nil
    }

    /// The value of a multiplier (十百千) or scale (万亿兆) character, else nil.
    @inline(__always)
    func power(_ unit: UInt16) -> Int? {
        switch kinds[unit] {
        case .multiplier(let value)?, .scale(let value)?: return value
        default: return nil
        }
    }

    /// The value of the multiplier or scale at `index`, or after one space
    /// there (31.88 亿), else nil.
    func power(after index: Int, in units: [UInt16], limit: Int) -> Int? {
        guard index < limit else { return nil }
        if units[index] == CodeUnit.space { return index + 1 < limit ? power(units[index + 1]) : nil }
        return power(units[index])
    }

    /// Whether a space at `index` is followed by the next group of one
    /// number after `scale`: Arabic digits (and commas) before a lower
    /// multiplier or scale (40億 0,136萬元), or digits that fill the scale's
    /// places exactly (748 萬 7,000 人, four digits after 萬).
    func groupAfterSpace(in units: [UInt16], at index: Int, limit: Int, below scale: Int) -> Bool {
        guard index + 1 < limit, units[index] == CodeUnit.space, CodeUnit.isDigit(units[index + 1]) else { return false }
        var end = index + 1, digits = 0
        while end < limit, CodeUnit.isDigit(units[end]) || units[end] == CodeUnit.comma {
            if CodeUnit.isDigit(units[end]) { digits += 1 }
            end += 1
        }
        if end < limit, let power = power(units[end]) { return power < scale }
        if end < limit, units[end] == CodeUnit.fullStop, end + 1 < limit, CodeUnit.isDigit(units[end + 1]) { return false }
        return digits == GeneralNumeral.places(scale)
    }

    /// The kind of `unit`, or nil when it is not a Chinese numeral.
    @inline(__always)
    func kind(of unit: UInt16) -> Kind? { kinds[unit] }
}
