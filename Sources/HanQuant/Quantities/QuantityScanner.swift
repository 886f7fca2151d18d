/// Finds every quantity in a span of normalized text, without word
/// segmentation: it jumps from one candidate character (an ASCII digit or a
/// Chinese numeral) to the next and reads outward from there.
///
/// A number becomes a quantity when a unit, measure word, percent sign,
/// 分之 or ratio goes with it, when it follows a noun ending in 数
/// (接警数1803), when an Arabic number carries a scale word (投入160多万),
/// or when a currency stands before it (港幣50億). It is not a quantity
/// when it is a date (2016年, 12月9日, 民國112年), a period (过去一年), an
/// ordinal or label (第三, 一是, E-1, G20), part of a code (2017-00344), a
/// slogan (一岗双责, a Chinese numeral inside a short quotation), or the lone
/// 一 before a measure word (一批, 一个), which reads as an article.
///
/// A run of numeral characters is read whole or not at all (`NumeralRun`):
/// a number that no reading accounts for entirely gives a warning and no
/// quantity, never a quantity for part of it.
///
/// Every candidate is read once and the scan resumes after it, so time is
/// linear in the length of the text.
public struct QuantityScanner: Sendable {
    let numerals: NumeralParser
    let units: UnitLexicon
    let approximations: ApproximationMarkers
    let setPhrases: SetPhrases
    let halfWords: HalfWords
    let currencies: CurrencyPrefixes
    let unitContexts: UnitContexts
    let periodLeads: PhraseTrie<Bool>

    /// A scanner over the bundled lexicons, or over `units` when given.
    public init(units: UnitLexicon = .bundled) {
        self.numerals = .bundled
        self.units = units
        self.approximations = .bundled
        self.setPhrases = .bundled
        self.halfWords = .bundled
        self.currencies = .bundled
        self.unitContexts = .bundled
        self.periodLeads = Self.bundledPeriodLeads
    }

    /// The quantities in `bounds` of `text`, in order, and warnings for
    /// numbers that could not be read exactly.
    public func scan(_ text: [UInt16], in bounds: Range<Int>) -> (quantities: [Quantity], warnings: [QuantityWarning]) {
        var quantities: [Quantity] = [], warnings: [QuantityWarning] = []
        scan(text, in: bounds, appendingTo: &quantities, warnings: &warnings)
        return (quantities, warnings)
    }

    /// ``scan(_:in:)`` appending to arrays the caller keeps: one array for
    /// every sentence of a document allocates once.
    func scan(_ text: [UInt16], in bounds: Range<Int>, appendingTo quantities: inout [Quantity],
              warnings: inout [QuantityWarning]) {
        var found = Found()
        // The arrays are moved in and out, not copied.
        swap(&found.quantities, &quantities)
        swap(&found.warnings, &warnings)
        defer {
            swap(&found.quantities, &quantities)
            swap(&found.warnings, &warnings)
        }
        var index = bounds.lowerBound
        while true {
            index = text.withUnsafeBufferPointer { numerals.lexicon.starts.firstIndex(in: $0, range: index..<bounds.upperBound) }
            guard index < bounds.upperBound else { break }
            // A run of numeral characters is read whole or not at all: the
            // scan never starts inside one, and a quantity that ends inside
            // it is taken back.
            let run = index..<NumeralRun.end(in: text, from: index, limit: bounds.upperBound, lexicon: numerals.lexicon)
            let count = found.quantities.count, warningCount = found.warnings.count
            // Nothing before the end of the quantity just read is part of this one: a
            // currency written before it (2臺幣3) belongs to the quantity it ended.
            let lowerBound = min(max(bounds.lowerBound, found.quantities.last?.range.upperBound ?? bounds.lowerBound), index)
            let resume = read(text, at: index, runEnd: run.upperBound, bounds: lowerBound..<bounds.upperBound, into: &found)
            let skipped = found.keepOnlyWhole(run, since: count, resume: resume, text: text, lexicon: numerals.lexicon)
            if found.quantities.count == count, found.warnings.count == warningCount {
                found.takeBackSpokenTail(run, text: text, lexicon: numerals.lexicon)
            }
            index = max(resume, run.upperBound, skipped, index + 1)
        }
    }

    // MARK: Reading one candidate

    /// Reads the candidate at `start` into `found`; returns where the scan resumes.
    private func read(_ text: [UInt16], at start: Int, runEnd: Int, bounds: Range<Int>, into found: inout Found) -> Int {
        if let end = readFraction(text, at: start, runEnd: runEnd, bounds: bounds, into: &found) { return end }
        if text[start] == Self.half, let end = readLoneHalf(text, at: start, bounds: bounds, into: &found) { return end }
        if runEnd < bounds.upperBound, text[runEnd] == Self.fen,
           let end = readShortFraction(text, at: start, runEnd: runEnd, bounds: bounds, into: &found) { return end }
        if let end = readHalfOfWhole(text, at: start, runEnd: runEnd, bounds: bounds, into: &found) { return end }
        guard let numeral = numeral(text, at: start, bounds: bounds) else { return start + 1 }
        if numeral.isTooLong { return found.tooLong(numeral.range) }
        if numeral.isAmbiguous { return found.refuse(numeral.range, .ambiguous, text: text) }
        if numeral.isDigitRun { return numeral.range.upperBound }
        if isLabel(text, at: start, bounds: bounds),
           currencies.match(in: text, endingAt: start, lowerBound: bounds.lowerBound, defaultCurrency: units.defaultCurrency) == nil {
            return numeral.range.upperBound // RMB500 and MOP1,000 are money, not labels
        }
        if numeral.range.upperBound < bounds.upperBound, text[numeral.range.upperBound] == Self.fan,
           let end = readDoubling(text, numeral: numeral, bounds: bounds, into: &found) { return end }
        if !numeral.hasArabicDigits && !mayTakeUnit(numeral, text, bounds: bounds) { return numeral.range.upperBound }
        var parts = QuantityReading(start: numeral.range.lowerBound, numeral: numeral, end: numeral.range.upperBound)
        guard readParts(text, into: &parts, bounds: bounds) else { return numeral.range.upperBound }
        // Moved into a constant: a variable reading was copied whole (344 bytes) for each call below.
        let first = consume parts
        // 五万一户: 五万 for each household, or 51000 households?
        if numeral.hasColloquialTail, first.unit?.dimension == .count {
            return found.refuse(numeral.range, .ambiguous, text: text)
        }

        if let end = readRange(text, after: first, bounds: bounds, into: &found) { return end }
        if first.unit == nil {
            if let end = readRatio(text, numeral: numeral, start: first.start, bounds: bounds, into: &found) { return end }
            let isScaled = numeral.hasArabicDigits && (first.hasOwnScale || first.currency != nil)
            let isCount = numeral.arabicIntegerDigits != nil && !first.hasOwnScale
                && followsCountNoun(text, at: first.start, bounds: bounds)
            guard isScaled || isCount else { return numeral.range.upperBound }
        }
        if !isAcceptable(first, text, bounds: bounds) { return first.end }
        var whole = consume first
        readBoundAfter(text, into: &whole, bounds: bounds)
        return quantity(whole, text: text, into: &found)
    }

    /// Words of change that make "X至Y" a change and a level, from
    /// `Lexicons/range-breakers.txt`, matched backward.
    private static let rangeBreakers: PhraseTrie<Bool> = {
        var trie = PhraseTrie<Bool>(readingBackward: true)
        for row in LexiconFile.bundled("range-breakers.txt").rows { trie.insert(row[0], true) }
        return trie
    }()

    /// Whether a word of change ends at `start`, perhaps before 了.
    private func followsChangeWord(_ text: [UInt16], at start: Int, bounds: Range<Int>) -> Bool {
        let end = start > bounds.lowerBound && text[start - 1] == Self.perfective ? start - 1 : start
        return Self.rangeBreakers.longestMatch(in: text, endingAt: end, limit: bounds.lowerBound) != nil
    }

    /// Words that make the length of time after them a period (过去一年,
    /// 今后五年), from `Lexicons/period-leads.txt`, matched backward.
    private static let bundledPeriodLeads: PhraseTrie<Bool> = {
        var trie = PhraseTrie<Bool>(readingBackward: true)
        for row in LexiconFile.bundled("period-leads.txt").rows {
            if row[0].hasPrefix("-") { trie.insert(String(row[0].dropFirst()), false) } else { trie.insert(row[0], true) }
        }
        return trie
    }()

    /// The numeral at `start`: 数十 and 数百万 after 数 are vague ranges.
    private func numeral(_ text: [UInt16], at start: Int, bounds: Range<Int>) -> Numeral? {
        if start > bounds.lowerBound, Self.several.contains(text[start - 1]),
           var several = numerals.several(text, at: start, limit: bounds.upperBound, word: text[start - 1]) {
            several.range = (start - 1)..<several.range.upperBound
            // 人数十万人: "the number of people, 100000" or "several hundred thousand"?
            if start - 2 >= bounds.lowerBound, Self.countNounHeads.contains(text[start - 2]) { several.isAmbiguous = true }
            return several
        }
        return numerals.parse(text, at: start, limit: bounds.upperBound)
    }

    /// Reads sign, scale, approximation words and unit around the numeral
    /// of `reading`, fresh from its initializer, into it; false when they
    /// show it is no quantity. The reading is filled in place: it is large,
    /// and returning it copied it.
    private func readParts(_ text: [UInt16], into reading: inout QuantityReading, bounds: Range<Int>,
                           isUpperEnd: Bool = false) -> Bool {
        if let scaleStart = reading.numeral.scaleStart { reading.scaleRange = scaleStart..<reading.numeral.range.upperBound }
        // Before the number: a currency (港幣), a sign (负, 零下), then
        // approximation words (约, 超过), each perhaps after a space; before
        // a range's upper end stands the range word instead.
        if !isUpperEnd {
            readBefore(text, into: &reading, bounds: bounds)
        }
        if let vague = reading.numeral.vague { reading.approximations.append(vague.marker.text) }
        guard let cursor = readBetween(text, into: &reading, bounds: bounds) else { return false }
        guard let end = readUnit(text, into: &reading, at: cursor, bounds: bounds) else { return false }
        reading.end = end
        return true
    }

    /// Between number and unit: 余/多, and a scale after them (70余万元).
    /// Returns where the unit may start, or nil when the scale overflows.
    private func readBetween(_ text: [UInt16], into reading: inout QuantityReading, bounds: Range<Int>) -> Int? {
        var cursor = reading.numeral.range.upperBound
        guard let marker = approximations.afterNumber.longestMatch(in: text, from: cursor, limit: bounds.upperBound) else {
            return cursor
        }
        reading.approximations.append(marker.value)
        cursor = marker.end
        let scaleStart = cursor
        while cursor < bounds.upperBound, case .scale(let value)? = numerals.lexicon.kind(of: text[cursor]) {
            guard let scale = reading.separateScale.multiplied(by: ExactNumber(value)) else { return nil }
            reading.separateScale = scale
            cursor += 1
        }
        if cursor > scaleStart { reading.scaleRange = scaleStart..<cursor }
        return cursor
    }

    /// The unit at `cursor` and what follows it: a half (一吨半), 角/分
    /// (伍角柒分) and a rate's denominator (元/人). A unit may claim the
    /// numeral's last scale character (兆瓦, 千米); one space may stand
    /// between Arabic digits and the unit (11.7 %). Returns where the
    /// quantity ends, or nil when what follows shows it is none.
    private func readUnit(_ text: [UInt16], into reading: inout QuantityReading, at start: Int,
                          bounds: Range<Int>) -> Int? {
        let numeralRange = reading.numeral.range, numeralScaleStart = reading.numeral.scaleStart
        var cursor = start
        if cursor + 1 < bounds.upperBound, text[cursor] == CodeUnit.space, cursor == numeralRange.upperBound,
           CodeUnit.isDigit(text[cursor - 1]), units.match(in: text, at: cursor + 1, limit: bounds.upperBound) != nil {
            cursor += 1
        }
        var unit = unitContexts.resolve(units.match(in: text, at: cursor, limit: bounds.upperBound), in: text, at: cursor,
                                        limit: bounds.upperBound, numberStart: reading.start, lowerBound: bounds.lowerBound,
                                        isBelowZero: reading.isBelowZero)
        if cursor == numeralRange.upperBound, let without = reading.numeral.withoutLastScale,
           let claimed = units.match(in: text, at: without.end, limit: bounds.upperBound),
           claimed.end >= (unit?.end ?? cursor) {
            reading.numeral.range = numeralRange.lowerBound..<without.end
            reading.numeral.value = without.value
            reading.numeral.withoutLastScale = nil
            if let scaleStart = numeralScaleStart, scaleStart < without.end {
                reading.scaleRange = scaleStart..<without.end
                reading.numeral.scaleStart = scaleStart
            } else {
                reading.scaleRange = nil
                reading.numeral.scaleStart = nil
            }
            cursor = without.end
            unit = claimed
        }
        guard let unit else {
            // 5G, 3D: a name, not a quantity.
            return cursor < bounds.upperBound && Self.isASCIILetter(text[cursor]) ? nil : cursor
        }
        if text[cursor] == Self.percentSign, Self.hexDigitsFollow(text, at: unit.end, limit: bounds.upperBound) {
            return nil // 2023%E5%B9%B4: a percent-encoded URL
        }
        reading.unit = UnitMatch(unit, range: cursor..<unit.end)
        cursor = unit.end
        if cursor < bounds.upperBound, text[cursor] == Self.half {
            guard let afterHalf = readHalf(text, into: &reading, at: cursor, bounds: bounds) else { return nil }
            cursor = afterHalf
        } else if cursor < bounds.upperBound, Self.subunitStarts.contains(text[cursor]) || isNumeralCharacter(text[cursor]) {
            cursor = readSubunits(text, into: &reading, at: cursor, bounds: bounds)
        }
        return readRate(text, into: &reading, at: cursor, bounds: bounds)
    }

    /// A compound rate after the unit: 元/人, 万元/亩, and a multiplier or
    /// scale before the denominator (145.5 km/万km2, 5公里/百平方公里,
    /// 0.793吨标准煤/万元), perhaps after a space. Returns where the reading
    /// ends, or nil when the slash is followed by no unit the rate can be
    /// read in (176L/d, 20元/股): the unit alone would be a wrong figure.
    private func readRate(_ text: [UInt16], into reading: inout QuantityReading, at cursor: Int,
                          bounds: Range<Int>) -> Int? {
        var slash = cursor
        if slash + 1 < bounds.upperBound, text[slash] == CodeUnit.space, text[slash + 1] == Self.slash { slash += 1 }
        guard slash + 1 < bounds.upperBound, text[slash] == Self.slash else { return cursor }
        // 930套/76458.66㎡: a slash between two figures separates them.
        if CodeUnit.isDigit(text[slash + 1]) { return cursor }
        var unitStart = slash + 1
        var scale = ExactNumber.one
        var per = units.match(in: text, at: unitStart, limit: bounds.upperBound) // 千米 before 千 + 米
        while per == nil, unitStart < bounds.upperBound, let power = numerals.lexicon.power(text[unitStart]) {
            guard let product = scale.multiplied(by: ExactNumber(power)) else { return nil }
            scale = product
            unitStart += 1
            per = units.match(in: text, at: unitStart, limit: bounds.upperBound)
        }
        guard let per else { return nil }
        reading.per = UnitMatch(per, range: (slash + 1)..<per.end)
        reading.perScale = scale
        return per.end
    }

    /// Reads the currency, sign and approximation words before the number.
    private func readBefore(_ text: [UInt16], into reading: inout QuantityReading, bounds: Range<Int>) {
        if let currency = currencies.match(in: text, endingAt: reading.start, lowerBound: bounds.lowerBound,
                                           defaultCurrency: units.defaultCurrency) {
            reading.currency = currency
            reading.start = currency.range.lowerBound
        }
        // 零下5度, unless the 零 ends a numeral of its own (一万零下…).
        if reading.start - 2 >= bounds.lowerBound, text[reading.start - 1] == Self.below, text[reading.start - 2] == Self.zero,
           reading.start - 3 < bounds.lowerBound || !isNumeralCharacter(text[reading.start - 3]) {
            reading.isNegative = true
            reading.isBelowZero = true
            reading.start -= 2
        } else if reading.start > bounds.lowerBound, Self.signs.contains(text[reading.start - 1]),
                  !(reading.start - 1 > bounds.lowerBound && CodeUnit.isDigit(text[reading.start - 2])) {
            reading.isNegative = true
            reading.start -= 1
        }
        let approximationEnd = reading.start > bounds.lowerBound && text[reading.start - 1] == CodeUnit.space
            && reading.numeral.hasArabicDigits ? reading.start - 1 : reading.start
        if let match = approximations.before.longestMatch(in: text, endingAt: approximationEnd, limit: bounds.lowerBound),
           let marker = match.value {
            reading.approximations.append(marker)
            reading.start = match.start
        }
    }

    /// Whether `unit` is an Arabic digit or a Chinese numeral character.
    private func isNumeralCharacter(_ unit: UInt16) -> Bool {
        CodeUnit.isDigit(unit) || numerals.lexicon.kind(of: unit) != nil
    }

    /// Whether a unit, an approximation word or a range word could follow
    /// `numeral`, or a unit claim its last scale character (兆瓦). A numeral
    /// of Chinese characters alone (统一, 一些) is a quantity only then; the
    /// other ways, a scale or a count noun, need Arabic digits. Most
    /// candidates fail here, before anything else is read.
    private func mayTakeUnit(_ numeral: Numeral, _ text: [UInt16], bounds: Range<Int>) -> Bool {
        let end = numeral.range.upperBound
        if let without = numeral.withoutLastScale, units.hasUnit(beginningWith: text[without.end]) { return true }
        guard end < bounds.upperBound else { return false }
        let next = text[end]
        return units.hasUnit(beginningWith: next) || approximations.afterNumber.hasPhrase(beginningWith: next)
            || Self.rangeWords.contains(next)
    }

    /// The approximation word (约, 超过) that ends at `start`, and where it starts.
    func markerBefore(_ start: Int, in text: [UInt16], bounds: Range<Int>) -> (marker: String, start: Int)? {
        guard let match = approximations.before.longestMatch(in: text, endingAt: start, limit: bounds.lowerBound),
              let marker = match.value else { return nil }
        return (marker, match.start)
    }

    /// Adds an approximation word after the unit (以上, 左右, 内).
    private func readBoundAfter(_ text: [UInt16], into reading: inout QuantityReading, bounds: Range<Int>) {
        if let found = approximations.afterUnit.longestMatch(in: text, from: reading.end, limit: bounds.upperBound),
           let marker = found.value {
            reading.approximations.append(marker)
            reading.end = found.end
        }
    }

    /// 三分之一, 百分之九十五, 千分之三: a fraction, as a percentage. Returns
    /// where the scan resumes, or nil when there is no fraction here.
    private func readFraction(_ text: [UInt16], at start: Int, runEnd: Int, bounds: Range<Int>,
                              into found: inout Found) -> Int? {
        // Unless 分之 follows the run of numeral characters, this is no fraction.
        guard Self.fractionWordFollows(text, at: runEnd, limit: bounds.upperBound) else { return nil }
        guard let denominator = numerals.parse(text, at: start, limit: bounds.upperBound, allowingBareMultiplier: true),
              Self.fractionWordFollows(text, at: denominator.range.upperBound, limit: bounds.upperBound),
              !isLabel(text, at: start, bounds: bounds) else { return nil }
        let numeratorStart = denominator.range.upperBound + Self.fractionWord.count
        guard let numerator = numerals.parse(text, at: numeratorStart, limit: bounds.upperBound,
                                             allowingBareMultiplier: true),
              !denominator.value.isZero else { return numeratorStart }
        if denominator.isTooLong || numerator.isTooLong { return found.tooLong(start..<numerator.range.upperBound) }
        var reading = QuantityReading(start: start, numeral: numerator, end: numerator.range.upperBound)
        if let before = markerBefore(start, in: text, bounds: bounds) {
            reading.approximations.append(before.marker)
            reading.start = before.start
        }
        readBoundAfter(text, into: &reading, bounds: bounds)
        guard let value = numerator.value.multiplied(by: ExactNumber(100))?.divided(by: denominator.value) else {
            return found.tooLong(start..<numerator.range.upperBound)
        }
        return found.quantity(Quantity(range: reading.start..<reading.end,
                                  number: String(utf16Units: text, range: start..<numerator.range.upperBound),
                                  scale: nil, unit: nil, value: value, valueMax: nil, baseUnit: "%",
                                  dimension: .percent, approx: approx(reading)))
    }

    /// 3-5万元, 3亿至5亿元, 15%-20%: two numbers joined by a range word, with
    /// the unit (and scale) written on the upper end applying to both.
    /// Returns where the scan resumes, or nil when there is no range.
    private func readRange(_ text: [UInt16], after first: QuantityReading, bounds: Range<Int>,
                           into found: inout Found) -> Int? {
        let separator = first.end
        guard separator + 1 < bounds.upperBound, Self.rangeWords.contains(text[separator]),
              let numeral = numerals.parse(text, at: separator + 1, limit: bounds.upperBound),
              !numeral.isTooLong, !numeral.isDigitRun,
              case var second = QuantityReading(start: numeral.range.lowerBound, numeral: numeral, end: numeral.range.upperBound),
              readParts(text, into: &second, bounds: bounds, isUpperEnd: true),
              let secondUnit = second.unit, second.approximations.isEmpty else { return nil }
        if let firstUnit = first.unit,
           !text[firstUnit.range].elementsEqual(text[secondUnit.range]) || first.per != nil { return nil }
        // 增加400人至8,900人 is a change and the level reached; a rate after
        // a word of change stays a range (增长2至3%, 提高1至2个百分点).
        if ![Dimension.percent, .percentagePoint].contains(secondUnit.dimension),
           followsChangeWord(text, at: first.start, bounds: bounds) { return nil }
        guard isAcceptable(second, text, bounds: bounds) else { return nil }
        var lower = first
        lower.unit = second.unit
        lower.per = second.per
        if !first.hasOwnScale {
            guard let scale = second.trailingScale(lexicon: numerals.lexicon, units: text) else { return nil }
            lower.separateScale = scale
        }
        guard isAcceptable(lower, text, bounds: bounds) else { return nil }
        // 12至十萬: the lower end borrowed a scale it never had; a range runs upward.
        guard let low = lower.baseValue, let high = second.baseValue, low.decimal <= high.decimal else { return nil }
        readBoundAfter(text, into: &second, bounds: bounds)
        lower.end = second.end
        lower.approximations += second.approximations
        return quantity(lower, upTo: second, text: text, into: &found)
    }

    /// 1.05:1 after a word with 比 (比例, 之比): a ratio, as a quotient.
    /// Returns where the scan resumes, or nil when there is no ratio.
    private func readRatio(_ text: [UInt16], numeral: Numeral, start: Int, bounds: Range<Int>,
                           into found: inout Found) -> Int? {
        let colon = numeral.range.upperBound
        guard numeral.arabicIntegerDigits != nil, numeral.withoutLastScale == nil, colon + 1 < bounds.upperBound,
              Self.ratioColons.contains(text[colon]), CodeUnit.isDigit(text[colon + 1]) else { return nil }
        let lookBack = max(bounds.lowerBound, start - Self.ratioWordDistance)
        guard text[lookBack..<start].contains(Self.ratioWord) else { return nil }
        let divisor = ArabicNumber.parse(text, at: colon + 1, limit: bounds.upperBound)
        // 6.8:38.2:55.0 has three parts: no one quotient stands for it.
        if divisor.end + 1 < bounds.upperBound, Self.ratioColons.contains(text[divisor.end]),
           CodeUnit.isDigit(text[divisor.end + 1]) {
            var end = divisor.end
            while end + 1 < bounds.upperBound, Self.ratioColons.contains(text[end]), CodeUnit.isDigit(text[end + 1]) {
                end = ArabicNumber.parse(text, at: end + 1, limit: bounds.upperBound).end
            }
            return found.refuse(start..<end, .notReadWhole, text: text)
        }
        guard !divisor.isTooLong, !divisor.value.isZero else { return nil }
        guard let value = numeral.value.divided(by: divisor.value) else { return found.tooLong(start..<divisor.end) }
        return found.quantity(Quantity(range: start..<divisor.end,
                        number: String(utf16Units: text, range: numeral.range.lowerBound..<divisor.end),
                        scale: nil, unit: nil, value: value,
                        valueMax: nil, baseUnit: "ratio", dimension: .ratio, approx: nil))
    }

    // MARK: Guards

    /// An ordinal (第三), a label with letters (E-1, C-12, G20), or the tail of
    /// a code, date or time written with digits (2017-00344, 2017-12-08, 10:30).
    private func isLabel(_ text: [UInt16], at start: Int, bounds: Range<Int>) -> Bool {
        guard start > bounds.lowerBound else { return false }
        let previous = text[start - 1]
        if previous == Self.ordinalPrefix || Self.isASCIILetter(previous) { return true }
        if previous == Self.percentSign { return true } // %E5%88%B4: a percent-encoded URL
        if previous == CodeUnit.space, start - 2 >= bounds.lowerBound, text[start - 2] == Self.ordinalPrefix { return true }
        guard start - 1 > bounds.lowerBound else { return false }
        let beforePrevious = text[start - 2]
        if previous == Self.hyphen, Self.isASCIILetter(beforePrevious) { return true }
        return Self.codeJoiners.contains(previous) && CodeUnit.isDigit(beforePrevious)
    }

    /// Whether a reading with a unit is a real quantity: not a date, not the
    /// article-like 一 before a measure word, not a lone 零 (零件, 零部件),
    /// not the denominator after 每 (每十万人), not inside a slogan or set phrase.
    private func isAcceptable(_ reading: QuantityReading, _ text: [UInt16], bounds: Range<Int>) -> Bool {
        let numeral = reading.numeral.range
        if numeral.count == 1, !reading.numeral.hasArabicDigits, reading.numeral.value.isZero, reading.numeral.vague == nil {
            return false
        }
        if reading.start > bounds.lowerBound, text[reading.start - 1] == Self.every { return false }
        let boundFollows = approximations.afterUnit.longestMatch(in: text, from: reading.end, limit: bounds.upperBound)?.value != nil
        if CalendarGuard.isDate(reading, in: text, lowerBound: bounds.lowerBound, durationBoundFollows: boundFollows) {
            return false
        }
        if reading.unit?.dimension == .duration,
           periodLeads.longestMatch(in: text, endingAt: reading.start, limit: bounds.lowerBound)?.value == true {
            return false // 过去一年, 今后五年: a period, not a length of time
        }
        let numeralText = text[reading.numeral.range]
        if reading.unit?.dimension == .count, numeralText.count == 1, numeralText.first == Self.one {
            return false
        }
        if !reading.numeral.hasArabicDigits, isInsideShortQuotation(text, reading.numeral.range, bounds: bounds) { return false }
        if Self.namesUnit(text, before: reading.start, lowerBound: bounds.lowerBound) { return false }
        return !setPhrases.covers(reading.numeral.range.lowerBound, in: text, bounds: bounds)
    }

    /// Whether 单位 and a colon stand right before `start` (金额单位：百万元,
    /// 單位:新台幣千元): what follows names the unit of other figures, it
    /// is no amount.
    private static func namesUnit(_ text: [UInt16], before start: Int, lowerBound: Int) -> Bool {
        var end = start
        while end > lowerBound, text[end - 1] == CodeUnit.space { end -= 1 }
        guard end > lowerBound, text[end - 1] == CodeUnit.colon else { return false }
        var wordEnd = end - 1
        while wordEnd > lowerBound, text[wordEnd - 1] == CodeUnit.space { wordEnd -= 1 }
        return unitWords.contains { wordEnd - $0.count >= lowerBound && text[(wordEnd - $0.count)..<wordEnd].elementsEqual($0) }
    }

    private static let unitWords: [[UInt16]] = ["单位", "單位"].map { Array($0.utf16) }

    /// Whether `range` stands inside quotation marks that hold at most a few characters.
    private func isInsideShortQuotation(_ text: [UInt16], _ range: Range<Int>, bounds: Range<Int>) -> Bool {
        var open = range.lowerBound - 1
        while open >= bounds.lowerBound, range.lowerBound - open <= Self.slogan, !Self.closingQuotes.contains(text[open]) {
            if Self.openingQuotes.contains(text[open]) { break }
            open -= 1
        }
        guard open >= bounds.lowerBound, Self.openingQuotes.contains(text[open]) else { return false }
        var close = range.upperBound
        while close < bounds.upperBound, close - open <= Self.slogan, !Self.openingQuotes.contains(text[close]) {
            if Self.closingQuotes.contains(text[close]) { return true }
            close += 1
        }
        return false
    }

    /// Whether a noun ending in 数 stands right before `start`, perhaps with 为/是/达/共 between.
    private func followsCountNoun(_ text: [UInt16], at start: Int, bounds: Range<Int>) -> Bool {
        var index = start
        for _ in 0..<2 where index > bounds.lowerBound && Self.linkingVerbs.contains(text[index - 1]) { index -= 1 }
        return index > bounds.lowerBound && text[index - 1] == Self.countNounEnd
    }

    // MARK: Composing

    /// Adds the quantity of a reading, or a warning when its value in the
    /// base unit does not fit; returns where the scan resumes.
    private func quantity(_ reading: QuantityReading, text: [UInt16], into found: inout Found) -> Int {
        guard var value = reading.baseValue else { return found.tooLong(reading.start..<reading.end) }
        var valueMax: ExactNumber?
        if reading.numeral.vague != nil {
            guard let high = reading.baseValueMax else { return found.tooLong(reading.start..<reading.end) }
            // 零下几度 is -9 to -2: a negated vague range keeps its order.
            if reading.isNegative { (value, valueMax) = (high, value) } else { valueMax = high }
        }
        return quantity(reading, value: value, valueMax: valueMax, text: text, into: &found)
    }

    /// Adds the quantity of a range from `reading` to `upper`, or a warning
    /// when either value in the base unit does not fit; returns where the
    /// scan resumes. (Not one function with an optional upper end: passing
    /// none copied the whole reading, 344 bytes, for every quantity.)
    private func quantity(_ reading: QuantityReading, upTo upper: QuantityReading, text: [UInt16],
                          into found: inout Found) -> Int {
        guard let value = reading.baseValue,
              let valueMax = upper.numeral.vague == nil ? upper.baseValue : upper.baseValueMax else {
            return found.tooLong(reading.start..<reading.end)
        }
        return quantity(reading, value: value, valueMax: valueMax, text: text, into: &found)
    }

    /// Adds the quantity of `reading` with its values worked out.
    private func quantity(_ reading: QuantityReading, value: ExactNumber, valueMax: ExactNumber?, text: [UInt16],
                          into found: inout Found) -> Int {
        func string(_ range: Range<Int>?) -> String? {
            range.map { String(utf16Units: text, range: $0) }
        }
        // Units and scales are taken as their lexicons spell them where the text does: no string is made.
        var unitText = reading.unit.map { $0.text(in: text) } ?? string(reading.currency?.range)
        if let per = reading.per { unitText = (unitText ?? "") + "/" + per.text(in: text) }
        let scaleText = reading.scaleRange.map { Self.numeralSpellings.value(exactly: text[$0]) ?? String(utf16Units: text, range: $0) }
        return found.quantity(Quantity(range: reading.start..<reading.end,
                                  number: string(Self.trimmingSpaces(reading.numberRange, in: text)) ?? "",
                                  scale: scaleText,
                                  unit: unitText,
                                  value: value,
                                  valueMax: valueMax,
                                  baseUnit: reading.baseUnit,
                                  dimension: reading.dimension,
                                  approx: approx(reading)))
    }

    /// Each numeral character of `Lexicons/numerals.tsv` as a string, made
    /// once: a figure's scale is mostly one of them (万, 亿).
    private static let numeralSpellings: PhraseTrie<String> = {
        var trie = PhraseTrie<String>()
        for row in LexiconFile.bundled("numerals.tsv").rows { trie.insert(row[0], row[0]) }
        return trie
    }()

    /// `range` without the space that may end it (31.88 in 31.88 亿).
    private static func trimmingSpaces(_ range: Range<Int>, in text: [UInt16]) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound + 1, text[end - 1] == CodeUnit.space { end -= 1 }
        return range.lowerBound..<end
    }

    private func approx(_ reading: QuantityReading) -> String? {
        reading.approximations.isEmpty ? nil : reading.approximations.joined(separator: "+")
    }

    // MARK: Characters

    /// Whether 分之 stands at `index`: two comparisons, no slice.
    private static func fractionWordFollows(_ text: [UInt16], at index: Int, limit: Int) -> Bool {
        index + 1 < limit && text[index] == fractionWord[0] && text[index + 1] == fractionWord[1]
    }

    /// Whether two hexadecimal digits stand at `index`, as after the % of a URL escape.
    private static func hexDigitsFollow(_ text: [UInt16], at index: Int, limit: Int) -> Bool {
        index + 1 < limit && hexDigits.contains(text[index]) && hexDigits.contains(text[index + 1])
    }

    private static func isASCIILetter(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
    }

    static let zero = UInt16(("零" as Unicode.Scalar).value)
    private static let below = UInt16(("下" as Unicode.Scalar).value)
    private static let percentSign: UInt16 = 0x25
    private static let every = UInt16(("每" as Unicode.Scalar).value)
    static let fen = UInt16(("分" as Unicode.Scalar).value)
    private static let perfective = UInt16(("了" as Unicode.Scalar).value)
    /// 整 after 元; digits before 角 and 分 are numeral characters already.
    private static let subunitStarts: CodeUnitSet = "整"
    private static let hexDigits: CodeUnitSet = "0123456789ABCDEFabcdef"
    private static let signs: CodeUnitSet = "-\u{2212}负負"
    private static let several: CodeUnitSet = "数數"
    /// Characters that make a noun with 数 after them (人数, 户数, 次数).
    private static let countNounHeads: CodeUnitSet = "人户戶次件个個家总總辆輛台臺位床起所项項"
    private static let hyphen: UInt16 = 0x2D
    private static let slash: UInt16 = 0x2F
    private static let one = UInt16(("一" as Unicode.Scalar).value)
    private static let ordinalPrefix = UInt16(("第" as Unicode.Scalar).value)
    private static let countNounEnd = UInt16(("数" as Unicode.Scalar).value)
    private static let ratioWord = UInt16(("比" as Unicode.Scalar).value)
    /// `:` (with ：after NFKC) and ∶ (U+2236 RATIO), which NFKC keeps.
    private static let ratioColons: CodeUnitSet = ":\u{2236}"
    private static let ratioWordDistance = 8
    private static let slogan = 10
    private static let fractionWord = Array("分之".utf16)
    private static let linkingVerbs: CodeUnitSet = "为是达共计"
    private static let rangeWords: CodeUnitSet = "-~—–〜至到"
    private static let codeJoiners: CodeUnitSet = "-/:.·"
    private static let openingQuotes: CodeUnitSet = "“‘「『"
    private static let closingQuotes: CodeUnitSet = "”’」』"
}
