/// A number read from text: Arabic digits, Chinese numerals, or both mixed
/// (10.69亿, 三千二百, 3万5千, 4兆8,530億).
struct Numeral {
    /// Its UTF-16 range in the normalized text.
    var range: Range<Int>
    /// Its exact value.
    var value: ExactNumber
    /// Written with some Arabic digits (10.69亿, 4兆8,530億), not Chinese digits alone.
    var hasArabicDigits: Bool
    /// For Arabic digits followed only by scale words (10.69亿, 1.2千万):
    /// where the scale words start.
    var scaleStart: Int?
    /// When the numeral ends with 十/百/千/万/亿/兆: its value and end without
    /// that last character, so that a unit such as 兆瓦 or 千米 can claim it.
    var withoutLastScale: (value: ExactNumber, end: Int)?
    /// A run of Chinese digits read place by place (二〇一六, 一三五).
    var isDigitRun: Bool
    /// It has more significant digits than ``ExactNumber`` holds.
    var isTooLong: Bool
    /// Its integer digits when written in Arabic digits alone, perhaps
    /// followed by scale words (2016 has 4); nil when Chinese digits appear.
    var arabicIntegerDigits: Int?
    /// For a vague numeral (十几, 两三万): the range it stands for, of
    /// which ``value`` is the lower end. A few bytes, not a second
    /// ``ExactNumber``: a numeral is copied for every candidate the scan reads.
    var vague: VagueRange? = nil
    /// It ends with a spoken tail digit (两千四百五 is 2450, 三万五 35000),
    /// which could also begin the next word (五万一户): the scanner refuses
    /// it before a measure word.
    var hasColloquialTail = false
    /// Its characters form no single number (3万50, 1亿2345): it is
    /// refused whole, with a warning, rather than read in part.
    var isAmbiguous = false
}

extension Numeral {
    /// For a vague numeral, the upper end of its range (两三万 is 20000 to 30000).
    var valueMax: ExactNumber? {
        guard let vague else { return nil }
        // value is low × factor exactly, so the quotient is the factor.
        return value.divided(by: ExactNumber(Int(vague.low)))?.multiplied(by: ExactNumber(Int(vague.high)))
    }
}

/// The range of a vague numeral in its own terms (两三 is 2 to 3, 十几 11
/// to 19), with the marker reported in `approx`.
struct VagueRange: Equatable {
    /// The marker as written.
    enum Marker: UInt8 {
        /// Two neighbouring digits: 两三, 五六百.
        case neighbours
        /// 几 or 幾: 十几, 几十万.
        case ji, jiTraditional
        /// 数 or 數 before a multiplier: 数十, 数百万.
        case shu, shuTraditional

        /// The text for `approx`.
        var text: String {
            switch self {
            case .neighbours: return "概数"
            case .ji: return "几"
            case .jiTraditional: return "幾"
            case .shu: return "数"
            case .shuTraditional: return "數"
            }
        }
    }

    let low: UInt8
    let high: UInt8
    let marker: Marker
}
