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

/// The state of the general numeral reader as it moves through one
/// numeral, a character at a time. Each `read` method takes one part and
/// returns false (or nil) when the part cannot continue the numeral.
private struct GeneralNumeral {
    enum Token { case none, arabic, chineseDigit, multiplier, scale, fraction }

    let start: Int
    var total = ExactNumber.zero, section = ExactNumber.zero
    var pending: ExactNumber?
    var last = Token.none
    var lastScale: Int?
    var lastUnitValue = 0
    var runLength = 0
    var isDigitRun = false, sawArabic = false, sawChinese = false, sawDigit = false
    var isTooLong = false
    /// A 零 stands since the last multiplier or scale (一千零五).
    var zeroSinceUnit = false
    var arabicEnd: Int?, scaleStart: Int?
    var arabicIntegerDigits: Int?
    var singleDigitStart: Int
    var withoutLastScale: (value: ExactNumber, end: Int)?
    var hasColloquialTail = false, isAmbiguous = false
    /// 万万 was read (10万万 is 10^9); a third 万 ends the numeral.
    var doubledWan = false

    init(start: Int) {
        self.start = start
        self.singleDigitStart = start
    }

    /// `left + right`; zero when the sum does not fit, with `isTooLong` set.
    mutating func sum(_ left: ExactNumber, _ right: ExactNumber) -> ExactNumber {
        if let sum = left.adding(right) { return sum }
        isTooLong = true
        return .zero
    }

    /// `left × right`; zero when the product does not fit, with `isTooLong` set.
    mutating func product(_ left: ExactNumber, _ right: Int) -> ExactNumber {
        if let product = left.multiplied(by: ExactNumber(right)) { return product }
        isTooLong = true
        return .zero
    }

    /// The places a multiplier or scale stands for: 3 for 千, 4 for 万.
    static func places(_ power: Int) -> Int {
        var places = 0, value = power
        while value >= 10 { value /= 10; places += 1 }
        return places
    }

    /// Arabic digits: first, after a multiplier or scale (3万5千, 1亿2345万),
    /// or after a 零 that holds a place (1千零1, 2千零30万). A group that
    /// ends the numeral after a multiplier or scale must fill its places
    /// (2万3456) or be a spoken tail of one digit (3万5 is 35000); any other
    /// (3万50) is ambiguous. Returns the index after the digits, or nil.
    mutating func readArabic(_ units: [UInt16], at index: Int, limit: Int, lexicon: NumeralLexicon) -> Int? {
        let afterPlaceholderZero = last == .chineseDigit && zeroSinceUnit && runLength == 1 && lastUnitValue > 0
        guard last == .none || last == .multiplier || last == .scale || afterPlaceholderZero else { return nil }
        let arabic = ArabicNumber.parse(units, at: index, limit: limit)
        isTooLong = isTooLong || arabic.isTooLong
        var value = arabic.value
        let endsNumeral = lexicon.power(after: arabic.end, in: units, limit: limit) == nil
        if last != .none, endsNumeral, !afterPlaceholderZero, lastUnitValue >= 100 {
            let written = units[index..<arabic.end].count(where: CodeUnit.isDigit)
            if !arabic.value.isWhole || written != Self.places(lastUnitValue) {
                if written == 1 && arabic.value.isWhole {
                    value = product(arabic.value, lastUnitValue / 10)
                    hasColloquialTail = true
                } else {
                    isAmbiguous = true
                }
            }
        }
        pending = value
        if !sawArabic && !sawChinese { arabicEnd = arabic.end; arabicIntegerDigits = arabic.integerDigits }
        else { arabicEnd = nil; arabicIntegerDigits = nil }
        sawArabic = true
        sawDigit = true
        scaleStart = nil
        last = .arabic
        return arabic.end
    }

    /// A Chinese digit, alone or in a run read place by place (二〇一六).
    mutating func readDigit(_ digit: Int, at index: Int) -> Bool {
        if last == .arabic || last == .fraction { return false }
        if last == .chineseDigit, let previous = pending, !(previous.isZero && runLength == 1) {
            runLength += 1
            isDigitRun = true
            if runLength > ExactNumber.maximumSignificantDigits { isTooLong = true }
            else { pending = sum(product(previous, 10), ExactNumber(digit)) }
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
        return true
    }

    /// 十, 百 or 千 within a group of four places. A 零 before 十 holds a
    /// place, so 一千零十四 is 1014; 十 standing first is 一十 (十亿), and
    /// so are 百 and 千 right before 万 or 亿 (千億元, 百万人).
    mutating func readMultiplier(_ multiplier: Int, at index: Int, beforeScale: Bool) -> Bool {
        if last == .multiplier && multiplier >= lastUnitValue { return false }
        let factor: ExactNumber
        if let pending { factor = pending.isZero && multiplier == 10 ? .one : pending }
        else if multiplier == 10 || last != .none || beforeScale { factor = .one }
        else { return false }
        if last == .none { sawDigit = true }
        withoutLastScale = (sum(sum(total, section), pending ?? .zero), index)
        section = sum(section, product(factor, multiplier))
        if last == .arabic, arabicEnd != nil { scaleStart = index }
        pending = nil
        lastUnitValue = multiplier
        zeroSinceUnit = false
        sawChinese = true
        last = .multiplier
        return true
    }

    /// 万, 亿 or 兆, multiplying everything before it; 万万 is 亿, while
    /// 亿万 (as in 亿万人民) ends the numeral.
    mutating func readScale(_ scale: Int, at index: Int) -> Bool {
        if last == .scale, lastScale == 10_000, scale == 10_000, !doubledWan {
            withoutLastScale = (total, index)
            total = product(total, scale)
            lastScale = 100_000_000
            lastUnitValue = 100_000_000
            doubledWan = true
            return true
        }
        if last == .scale, let previous = lastScale, scale <= previous { return false }
        let group = sum(section, pending ?? .zero)
        if group.isZero && total.isZero { return false }
        withoutLastScale = (sum(total, group), index)
        if let previous = lastScale, scale <= previous {
            total = sum(total, product(group, scale))
        } else {
            total = product(sum(total, group), scale)
        }
        if last == .arabic, arabicEnd != nil { scaleStart = index }
        lastScale = scale
        section = .zero
        pending = nil
        lastUnitValue = scale
        zeroSinceUnit = false
        sawChinese = true
        last = .scale
        return true
    }

    /// The Chinese digits after 点 (三点五); returns the index after them,
    /// or nil when no digit follows.
    mutating func readFraction(_ units: [UInt16], after point: Int, limit: Int, lexicon: NumeralLexicon) -> Int? {
        guard last == .chineseDigit || last == .multiplier || last == .scale else { return nil }
        var fraction = ExactNumber.zero
        var places = 0
        var next = point + 1
        while next < limit, let digit = lexicon.digit(units[next]) {
            places += 1
            if places <= ExactNumber.maximumSignificantDigits {
                fraction = sum(fraction, ExactNumber(significand: UInt128(digit), exponent: -places))
            } else {
                isTooLong = true
            }
            next += 1
        }
        guard places > 0 else { return nil }
        pending = sum(pending ?? .zero, fraction)
        arabicEnd = nil
        last = .fraction
        return next
    }

    /// The numeral read, ending at `end`. A lone Chinese digit after 百, 千,
    /// 万 or 亿 with no 零 between is a spoken tail: 两千四百五 is 2450,
    /// 三万五 is 35000.
    mutating func numeral(end: Int) -> Numeral {
        if last == .chineseDigit, runLength == 1, lastUnitValue >= 100, !zeroSinceUnit, let digit = pending {
            pending = product(digit, lastUnitValue / 10)
            hasColloquialTail = true
        }
        let endsWithScale = last == .multiplier || last == .scale
        let value = sum(sum(total, section), pending ?? .zero)
        var numeral = Numeral(range: start..<end, value: value, hasArabicDigits: sawArabic,
                              scaleStart: endsWithScale ? scaleStart : nil,
                              withoutLastScale: endsWithScale ? withoutLastScale : nil,
                              isDigitRun: isDigitRun, isTooLong: isTooLong,
                              arabicIntegerDigits: sawChinese ? nil : arabicIntegerDigits)
        numeral.hasColloquialTail = hasColloquialTail
        numeral.isAmbiguous = isAmbiguous
        return numeral
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
    /// (1,234 and 12,345,678, but not 1,2 or 1234,567); so is a space,
    /// where the groups can only be one number (3 070.9, not 12 345).
    static func parse(_ units: [UInt16], at start: Int, limit: Int) -> ArabicNumber {
        var significand: UInt128 = 0
        var significant = 0
        var fractionDigits = 0
        var index = start
        var group = 0
        var separated = false
        var separator: UInt16 = 0
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
            } else if unit == CodeUnit.comma, separator != CodeUnit.space, separated ? group == 3 : (1...3).contains(group),
                      hasThreeDigits(units, after: index, limit: limit) {
                separated = true
                separator = unit
                group = 0
                index += 1
            } else if unit == CodeUnit.space, separator != CodeUnit.comma, separated ? group == 3 : (1...3).contains(group),
                      separated || spaceGroupsAreUnambiguous(units, from: index, limit: limit) {
                guard hasThreeDigits(units, after: index, limit: limit) else { break }
                separated = true
                separator = unit
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

    /// Whether the groups of three digits that follow spaces from `index`
    /// on (3 070.9, 1 000 000) can only be one number: one of them starts
    /// with 0, which no number written alone does. 12 345 may be two
    /// numbers, as in a table row, and is not joined.
    private static func spaceGroupsAreUnambiguous(_ units: [UInt16], from index: Int, limit: Int) -> Bool {
        var space = index
        while space < limit, units[space] == CodeUnit.space, hasThreeDigits(units, after: space, limit: limit) {
            if units[space + 1] == zero { return true }
            space += 4
        }
        return false
    }

    private static let zero = UInt16(0x30)

    /// Whether exactly three digits follow `index`, then a non-digit or the end.
    private static func hasThreeDigits(_ units: [UInt16], after index: Int, limit: Int) -> Bool {
        guard index + 3 < limit else { return false }
        for offset in 1...3 where !CodeUnit.isDigit(units[index + offset]) { return false }
        return index + 4 >= limit || !CodeUnit.isDigit(units[index + 4])
    }
}
