/// Reads one numeral at a position: Arabic digits with thousands separators
/// and a decimal point, Chinese numerals in every common form (一千零一十五,
/// 十万零五百, 零点五, financial 壹贰叁, Traditional 萬億), and mixtures of
/// Arabic digits with 十百千万亿兆.
///
/// It reads each character once, so its time is linear in the numeral's
/// length, and it stops accumulating digits past what ``ExactNumber`` holds,
/// flagging the numeral as too long instead of giving a wrong value.
/// Arithmetic is exact: a sum or product that would not fit flags it too.
struct NumeralParser: Sendable {
    let lexicon: NumeralLexicon

    /// The parser over the bundled numeral lexicon.
    static let bundled = NumeralParser(lexicon: .bundled)

    /// The value of a multiplier or scale character, else nil.
    private func bareMultiplier(_ unit: UInt16) -> Int? {
        switch lexicon.kind(of: unit) {
        case .multiplier(let value)?, .scale(let value)?: return value
        default: return nil
        }
    }

    private enum Token { case none, arabic, chineseDigit, multiplier, scale, fraction }

    /// `left + right`; zero when the sum does not fit, with `overflowed` set.
    private static func sum(_ left: ExactNumber, _ right: ExactNumber, _ overflowed: inout Bool) -> ExactNumber {
        if let sum = left.adding(right) { return sum }
        overflowed = true
        return .zero
    }

    /// `left × right`; zero when the product does not fit, with `overflowed` set.
    private static func product(_ left: ExactNumber, _ right: Int, _ overflowed: inout Bool) -> ExactNumber {
        if let product = left.multiplied(by: ExactNumber(right)) { return product }
        overflowed = true
        return .zero
    }

    /// An Arabic number with no multiplier or scale character after it
    /// (2016, 10.69), the most common numeral, read without the general
    /// parser's state: the same ``Numeral`` that `parse` builds for it, or
    /// nil when a 十/百/千/万/亿 follows and the general parser must run.
    private func plainArabic(_ units: [UInt16], at start: Int, limit: Int) -> Numeral? {
        let arabic = ArabicNumber.parse(units, at: start, limit: limit)
        if arabic.end < limit {
            switch lexicon.kind(of: units[arabic.end]) {
            case .multiplier?, .scale?: return nil
            default: break
            }
        }
        // A zero is the plain zero, as the general parser's sum makes it (0.00 → 0).
        return Numeral(range: start..<arabic.end, value: arabic.value.isZero ? .zero : arabic.value,
                       hasArabicDigits: true, scaleStart: nil,
                       withoutLastScale: nil, isDigitRun: false, isTooLong: arabic.isTooLong,
                       arabicIntegerDigits: arabic.integerDigits)
    }

    /// The numeral starting at `start`, reading no further than `limit`.
    /// With `allowingBareMultiplier`, a 百/千/万/亿 standing first counts
    /// alone as 100/1000/10000/10^8, as in 百分之五, 千分之三 and 百分之百.
    func parse(_ units: [UInt16], at start: Int, limit: Int, allowingBareMultiplier: Bool = false) -> Numeral? {
        guard start < limit else { return nil }
        if allowingBareMultiplier, let bare = bareMultiplier(units[start]) {
            return Numeral(range: start..<(start + 1), value: ExactNumber(bare), hasArabicDigits: false, scaleStart: nil,
                           withoutLastScale: nil, isDigitRun: false, isTooLong: false, arabicIntegerDigits: nil)
        }
        if CodeUnit.isDigit(units[start]), let plain = plainArabic(units, at: start, limit: limit) { return plain }
        var index = start
        var total = ExactNumber.zero, section = ExactNumber.zero
        var pending: ExactNumber?
        var last = Token.none
        var lastScale: Int?
        var lastUnitValue = 0
        var runLength = 0
        var isDigitRun = false, sawArabic = false, sawChinese = false, sawDigit = false
        var isTooLong = false, zeroSinceUnit = false
        var arabicEnd: Int?, scaleStart: Int?
        var arabicIntegerDigits: Int?
        var singleDigitStart = start
        var withoutLastScale: (value: ExactNumber, end: Int)?

        scan: while index < limit {
            let unit = units[index]
            if CodeUnit.isDigit(unit) {
                guard last == .none || last == .multiplier || last == .scale else { break }
                let arabic = ArabicNumber.parse(units, at: index, limit: limit)
                isTooLong = isTooLong || arabic.isTooLong
                pending = arabic.value
                if !sawArabic && !sawChinese { arabicEnd = arabic.end; arabicIntegerDigits = arabic.integerDigits }
                else { arabicEnd = nil; arabicIntegerDigits = nil }
                sawArabic = true
                sawDigit = true
                scaleStart = nil
                last = .arabic
                index = arabic.end
                continue
            }
            guard let kind = lexicon.kind(of: unit) else { break }
            switch kind {
            case .digit(let digit):
                if last == .arabic || last == .fraction { break scan }
                if last == .chineseDigit, let previous = pending, !(previous.isZero && runLength == 1) {
                    runLength += 1
                    isDigitRun = true
                    if runLength > ExactNumber.maximumSignificantDigits { isTooLong = true }
                    else { pending = Self.sum(Self.product(previous, 10, &isTooLong), ExactNumber(digit), &isTooLong) }
                } else {
                    pending = ExactNumber(digit)
                    runLength = 1
                    singleDigitStart = index
                }
                if digit == 0 { zeroSinceUnit = true }
                sawChinese = true
                sawDigit = true
                arabicEnd = nil
                last = .chineseDigit
            case .multiplier(let multiplier):
                if runLength > 1 && last == .chineseDigit { return nil } // 二三十: a spoken range, not a number
                if last == .multiplier && multiplier >= lastUnitValue { break scan }
                let factor: ExactNumber
                if let pending { factor = pending }
                else if multiplier == 10 || last != .none { factor = .one }
                else { break scan }
                withoutLastScale = (Self.sum(Self.sum(total, section, &isTooLong), pending ?? .zero, &isTooLong), index)
                section = Self.sum(section, Self.product(factor, multiplier, &isTooLong), &isTooLong)
                if last == .arabic, arabicEnd != nil { scaleStart = index }
                pending = nil
                lastUnitValue = multiplier
                zeroSinceUnit = false
                sawChinese = true
                last = .multiplier
            case .scale(let scale):
                if runLength > 1 && last == .chineseDigit { return nil }
                if last == .scale, let previous = lastScale, scale <= previous { break scan } // 万万, 亿万
                let group = Self.sum(section, pending ?? .zero, &isTooLong)
                if group.isZero && total.isZero { break scan }
                withoutLastScale = (Self.sum(total, group, &isTooLong), index)
                if let previous = lastScale, scale <= previous {
                    total = Self.sum(total, Self.product(group, scale, &isTooLong), &isTooLong)
                } else {
                    total = Self.product(Self.sum(total, group, &isTooLong), scale, &isTooLong)
                }
                if last == .arabic, arabicEnd != nil { scaleStart = index }
                lastScale = scale
                section = .zero
                pending = nil
                lastUnitValue = scale
                zeroSinceUnit = false
                sawChinese = true
                last = .scale
            case .point:
                guard last == .chineseDigit || last == .multiplier || last == .scale else { break scan }
                var fraction = ExactNumber.zero
                var places = 0
                var next = index + 1
                while next < limit, case .digit(let digit)? = lexicon.kind(of: units[next]) {
                    places += 1
                    if places <= ExactNumber.maximumSignificantDigits {
                        fraction = Self.sum(fraction, ExactNumber(significand: UInt128(digit), exponent: -places), &isTooLong)
                    } else {
                        isTooLong = true
                    }
                    next += 1
                }
                guard places > 0 else { break scan }
                pending = Self.sum(pending ?? .zero, fraction, &isTooLong)
                arabicEnd = nil
                last = .fraction
                index = next
                continue
            }
            index += 1
        }

        guard index > start, sawDigit || lastUnitValue == 10 else { return nil }
        // 三万五 or 一千二 is spoken shorthand (35000, 1200) but also how 五万一户
        // begins; rather than guess, end the numeral before the trailing digit.
        if last == .chineseDigit, runLength == 1, lastUnitValue >= 100, !zeroSinceUnit {
            return Numeral(range: start..<singleDigitStart, value: Self.sum(total, section, &isTooLong), hasArabicDigits: sawArabic,
                           scaleStart: nil, withoutLastScale: withoutLastScale, isDigitRun: false,
                           isTooLong: isTooLong, arabicIntegerDigits: nil)
        }
        let endsWithScale = last == .multiplier || last == .scale
        return Numeral(range: start..<index, value: Self.sum(Self.sum(total, section, &isTooLong), pending ?? .zero, &isTooLong),
                       hasArabicDigits: sawArabic,
                       scaleStart: endsWithScale ? scaleStart : nil,
                       withoutLastScale: endsWithScale ? withoutLastScale : nil,
                       isDigitRun: isDigitRun, isTooLong: isTooLong,
                       arabicIntegerDigits: sawChinese ? nil : arabicIntegerDigits)
    }
}

/// An Arabic number: `1234`, `1,234.5`, `0.87`.
struct ArabicNumber {
    /// Its exact value (zero when too long).
    let value: ExactNumber
    /// The index just past it.
    let end: Int
    /// How many digits stand before the decimal point.
    let integerDigits: Int
    /// It has more significant digits than ``ExactNumber/maximumSignificantDigits``.
    let isTooLong: Bool

    /// Reads the number at `start`. A comma is a thousands separator only
    /// when exactly three digits follow it and the groups before it fit
    /// (1,234 and 12,345,678, but not 1,2 or 1234,567).
    static func parse(_ units: [UInt16], at start: Int, limit: Int) -> ArabicNumber {
        var significand: UInt128 = 0
        var significant = 0
        var fractionDigits = 0
        var index = start
        var group = 0
        var separated = false
        func take(_ unit: UInt16) {
            let digit = UInt128(unit - 0x30)
            if significant > 0 || digit != 0 { significant += 1 }
            if significant <= ExactNumber.maximumSignificantDigits { significand = significand * 10 + digit }
        }
        while index < limit {
            let unit = units[index]
            if CodeUnit.isDigit(unit) {
                take(unit)
                group += 1
                index += 1
            } else if unit == CodeUnit.comma, separated ? group == 3 : (1...3).contains(group),
                      hasThreeDigits(units, after: index, limit: limit) {
                separated = true
                group = 0
                index += 1
            } else {
                break
            }
        }
        let integerDigits = significant
        if index + 1 < limit, units[index] == CodeUnit.fullStop, CodeUnit.isDigit(units[index + 1]) {
            index += 1
            while index < limit, CodeUnit.isDigit(units[index]) {
                take(units[index])
                fractionDigits += 1
                index += 1
            }
        }
        guard significant <= ExactNumber.maximumSignificantDigits else {
            return ArabicNumber(value: .zero, end: index, integerDigits: integerDigits, isTooLong: true)
        }
        return ArabicNumber(value: ExactNumber(significand: significand, exponent: -fractionDigits),
                            end: index, integerDigits: integerDigits, isTooLong: false)
    }

    /// Whether exactly three digits follow `index`, then a non-digit or the end.
    private static func hasThreeDigits(_ units: [UInt16], after index: Int, limit: Int) -> Bool {
        guard index + 3 < limit else { return false }
        for offset in 1...3 where !CodeUnit.isDigit(units[index + offset]) { return false }
        return index + 4 >= limit || !CodeUnit.isDigit(units[index + 4])
    }
}
