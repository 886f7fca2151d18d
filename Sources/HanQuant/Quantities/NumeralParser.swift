/// Reads one numeral at a position: Arabic digits with thousands separators
/// and a decimal point, Chinese numerals in every common form (一千零一十五,
/// 一千零十四, 十万零五百, 零点五, financial 壹贰叁, Traditional 萬億, 10万万,
/// spoken tails such as 两千四百五), mixtures of Arabic digits with
/// 十百千万亿兆 (3万5千, 1千零1), and vague numerals as ranges (两三万, 十几).
/// A form with more than one reading (3万50) is flagged ambiguous.
///
/// It reads each character once, so its time is linear in the numeral's
/// length, and it stops accumulating digits past what ``ExactNumber`` holds,
/// flagging the numeral as too long instead of giving a wrong value.
/// Arithmetic is exact: a sum or product that would not fit flags it too.
struct NumeralParser: Sendable {
    let lexicon: NumeralLexicon

    /// The parser over the bundled numeral lexicon.
    static let bundled = NumeralParser(lexicon: .bundled)

    /// Whether a vague numeral may start at `start`: 几, or a Chinese digit
    /// or 十 with a digit or 几 after it. One or two table look-ups; most
    /// numerals fail here.
    @inline(__always)
    private func mayBeVague(_ units: [UInt16], at start: Int, limit: Int) -> Bool {
        switch lexicon.kind(of: units[start]) {
        case .vague?: return true
        case .digit?, .multiplier(10)?:
            guard start + 1 < limit else { return false }
            switch lexicon.kind(of: units[start + 1]) {
            case .digit?, .vague?, .multiplier(10)?: return true
            default: return false
            }
        default: return false
        }
    }

    /// The value of a multiplier or scale character, else nil.
    private func bareMultiplier(_ unit: UInt16) -> Int? { lexicon.power(unit) }

    /// An Arabic number with no multiplier or scale character after it
    /// (2016, 10.69), the most common numeral, read without the general
    /// parser's state: the same ``Numeral`` that `parse` builds for it, or
    /// nil when a 十/百/千/万/亿 follows and the general parser must run.
    private func plainArabic(_ units: [UInt16], at start: Int, limit: Int) -> Numeral? {
        let arabic = ArabicNumber.parse(units, at: start, limit: limit)
        if lexicon.power(after: arabic.end, in: units, limit: limit) != nil { return nil }
        // A zero is the plain zero, as the general parser's sum makes it (0.00 → 0).
        return Numeral(range: start..<arabic.end, value: arabic.value.isZero ? .zero : arabic.value,
                       hasArabicDigits: true, scaleStart: nil,
                       withoutLastScale: nil, isDigitRun: false, isTooLong: arabic.isTooLong,
                       arabicIntegerDigits: arabic.integerDigits)
    }

    /// The numeral starting at `start`, reading no further than `limit`.
    /// With `allowingBareMultiplier`, a 百/千/万/亿 standing alone counts
    /// as 100/1000/10000/10^8, as in 百分之五, 千分之三 and 百分之百; a
    /// numeral that reads whole (百分之十五's 十五) is read first.
    func parse(_ units: [UInt16], at start: Int, limit: Int, allowingBareMultiplier: Bool = false) -> Numeral? {
        guard start < limit else { return nil }
        if allowingBareMultiplier {
            if let whole = parse(units, at: start, limit: limit) { return whole }
            guard let bare = bareMultiplier(units[start]) else { return nil }
            return Numeral(range: start..<(start + 1), value: ExactNumber(bare), hasArabicDigits: false, scaleStart: nil,
                           withoutLastScale: nil, isDigitRun: false, isTooLong: false, arabicIntegerDigits: nil)
        }
        if CodeUnit.isDigit(units[start]), let plain = plainArabic(units, at: start, limit: limit) { return plain }
        if mayBeVague(units, at: start, limit: limit), let vague = vague(units, at: start, limit: limit) { return vague }
        var state = GeneralNumeral(start: start)
        var index = start
        scan: while index < limit {
            let unit = units[index]
            if CodeUnit.isDigit(unit) {
                guard let end = state.readArabic(units, at: index, limit: limit, lexicon: lexicon) else { break }
                // 31.88 亿: one space may stand before the scale.
                index = end < limit && units[end] == CodeUnit.space && lexicon.power(after: end, in: units, limit: limit) != nil
                    ? end + 1 : end
                continue
            }
            guard let kind = lexicon.kind(of: unit) else { break }
            switch kind {
            case .digit(let digit):
                guard state.readDigit(digit, at: index) else { break scan }
            case .multiplier(let multiplier):
                if state.runLength > 1 && state.last == .chineseDigit { return nil } // 一二三十: no number
                let beforeScale = index + 1 < limit && lexicon.kind(of: units[index + 1]).map { kind in
                    if case .scale = kind { return true } else { return false }
                } ?? false
                guard state.readMultiplier(multiplier, at: index, beforeScale: beforeScale) else { break scan }
            case .scale(let scale):
                if state.runLength > 1 && state.last == .chineseDigit { return nil }
                guard state.readScale(scale, at: index) else { break scan }
                // 40億 0,136萬元: one space may stand before a group of a lower scale.
                if lexicon.groupAfterSpace(in: units, at: index + 1, limit: limit, below: scale) {
                    index += 2
                    continue
                }
            case .point:
                guard let end = state.readFraction(units, after: index, limit: limit, lexicon: lexicon) else { break scan }
                index = end
                continue
            case .half, .vague:
                break scan
            }
            index += 1
        }
        guard index > start, state.sawDigit || state.lastUnitValue == 10 else { return nil }
        return state.numeral(end: index)
    }
}
