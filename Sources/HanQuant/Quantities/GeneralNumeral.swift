/// The state of the general numeral reader as it moves through one
/// numeral, a character at a time. Each `read` method takes one part and
/// returns false (or nil) when the part cannot continue the numeral.
struct GeneralNumeral {
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
        let arabic = ArabicNumber.parse(units, at: index, limit: limit, continuing: last == .scale)
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
