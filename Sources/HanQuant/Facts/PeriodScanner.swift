/// Finds the period expressions of a sentence: the words of
/// `Lexicons/period-words.tsv` (今年, 上半年, 截至目前 …) and the numeric
/// forms 2016年, 10月, 9月底, 12月9日, 1-10月, 1至9月份, joined when they
/// stand together (2017年上半年, 2016年12月9日), and opened by 以来, 至今,
/// 截至 or 前 (10月以来, 截至10月, 2017年6月前).
struct PeriodScanner: Sendable {
    private let words: PhraseTrie<PeriodExpression>
    /// The characters a period can start with: digits and the first
    /// characters of the listed words. Most of a text is skipped on one bit test.
    private let starts: CodeUnitSet

    /// The scanner over the bundled period words.
    static let bundled = PeriodScanner(LexiconFile.bundled("period-words.tsv"))

    /// Builds the word trie from a lexicon file.
    init(_ lexicon: LexiconFile) {
        var words = PhraseTrie<PeriodExpression>()
        var starts: CodeUnitSet = "0123456789〇零○一二三四五六七八九中民"
        for row in lexicon.rows where row.count >= 2 {
            var expression = PeriodExpression(range: 0..<0)
            let parts = row[1].split(separator: ":").map(String.init)
            switch parts[0] {
            case "year":
                expression.yearOffset = parts.count > 1 ? Int(parts[1]) : nil
            case "fiscal":
                expression.fiscalOffset = parts.count > 1 ? Int(parts[1]) : 0
            case "months":
                let bounds = parts[1].split(separator: "-").compactMap { Int($0) }
                expression.months = bounds[0]...bounds[1]
            case "point":
                let bounds = parts[1].split(separator: "-").compactMap { Int($0) }
                expression.months = bounds[0]...bounds[0]
                expression.day = bounds[1]
                expression.isOpenStarted = true
                if parts.count > 2 { expression.yearOffset = Int(parts[2]) }
            case "past", "coming":
                guard parts.count > 1, let count = Int(parts[1]) else { continue }
                expression.yearSpan = parts[0] == "past" ? -count : count
            case "plan":
                let bounds = parts[1].split(separator: "-").compactMap { Int($0) }
                expression.year = bounds[0]
                expression.endYear = bounds[1]
                expression.isPlanPeriod = true
            case "year-end":
                expression.isYearEnd = true
                expression.isOpenStarted = true
            case "to-date":
                expression.isToDate = true
            case "none":
                expression.isIgnored = true
            case "since-year":
                expression.yearOffset = 0
                expression.months = 1...1
                expression.isOpenEnded = true
            default:
                continue
            }
            words.insert(row[0], expression)
            if let first = row[0].utf16.first { starts.insert(first) }
        }
        self.words = words
        self.starts = starts
    }

    /// The period expressions within `range` of `units`, in order, written
    /// into `found`, which is emptied first: a caller that keeps one array
    /// for every sentence allocates once. With `readsROCYears`, three digits
    /// before 年 are a Republic of China year (112年 is 2023), as in Taiwan's
    /// documents; elsewhere only after 民國.
    func expressions(in units: [UInt16], range: Range<Int>, readsROCYears: Bool = false, into found: inout [PeriodExpression]) {
        found.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while true {
            index = units.withUnsafeBufferPointer { starts.firstIndex(in: $0, range: index..<range.upperBound) }
            guard index < range.upperBound else { break }
            guard var expression = read(units, at: index, bounds: range, readsROCYears: readsROCYears) else {
                index = nextStart(afterNothingAt: index, in: units, limit: range.upperBound)
                continue
            }
            expression = extendedToRange(expression, units, limit: range.upperBound)
            expression = withDuration(expression, units, bounds: range)
            expression = openEnds(expression, units, bounds: range)
            markBaseline(&expression, units, bounds: range)
            if expression.isYearEnd { endOfYear(&expression, named: found) }
            if let last = found.last, last.range.upperBound == expression.range.lowerBound, last.isBareYear,
               !expression.isIgnored, expression.yearSpan == nil, !expression.isPlanPeriod,
               expression.year == nil, expression.yearOffset == nil || expression.isOpenEnded {
                expression.year = last.year
                expression.yearOffset = last.yearOffset
                expression.range = last.range.lowerBound..<expression.range.upperBound
                found.removeLast()
            }
            found.append(expression)
            index = expression.range.upperBound
        }
    }

    /// Where to look next when no period was read at `index`: past the
    /// digits that follow a digit there, for a digit after a digit starts
    /// no numeric period (`read` turns it away at once), unless a listed
    /// word begins with it (1-3季度). Text dense in figures no longer has
    /// every digit read.
    func nextStart(afterNothingAt index: Int, in units: [UInt16], limit: Int) -> Int {
        var next = index + 1
        guard CodeUnit.isDigit(units[index]) else { return next }
        while next < limit, CodeUnit.isDigit(units[next]), !words.hasPhrase(beginningWith: units[next]) { next += 1 }
        return next
    }

    /// Gives a year's end (年度結束時) the year named last before it in the
    /// sentence (2023-24年度的綜合赤字…，財政儲備在年度結束時…), else the
    /// one under way.
    private func endOfYear(_ expression: inout PeriodExpression, named found: [PeriodExpression]) {
        if let last = found.last(where: { $0.namesPeriod && ($0.isFiscalYear || $0.fiscalOffset != nil || $0.isBareYear) }) {
            expression.year = last.year
            expression.yearOffset = last.yearOffset
            expression.fiscalOffset = last.fiscalOffset
            expression.isFiscalYear = last.isFiscalYear
            if last.isFiscalYear || last.fiscalOffset != nil { return }
        } else {
            expression.fiscalOffset = 0
        }
        expression.months = 12...12
        expression.day = 31
    }

    /// Marks a period compared against (较9月底, 比上年, 是2018年的3.3倍) or
    /// opening a baseline phrase 在…基础上 (在2016年完成投资3.2亿元的基础上,
    /// 在2016年基础上再减少10%).
    private func markBaseline(_ expression: inout PeriodExpression, _ units: [UInt16], bounds: Range<Int>) {
        let start = expression.range.lowerBound, end = expression.range.upperBound
        if start > bounds.lowerBound, Self.comparisonWords.contains(units[start - 1]) {
            expression.isComparison = true
            return
        }
        // 是2018年的, 为上年的, 相当于2015年的: the period of what is compared against;
        // so is one whose 的 a figure follows at once (恢復至2019年同期的66.2%).
        var possessive = end
        if units.hasPrefix(Self.samePeriod, at: end, limit: bounds.upperBound) { possessive += Self.samePeriod.count }
        if !expression.isIgnored, possessive < bounds.upperBound, units[possessive] == Self.possessive,
           Self.equatingWords.contains(where: { start - $0.count >= bounds.lowerBound && units[(start - $0.count)..<start].elementsEqual($0) })
            || possessive + 1 < bounds.upperBound && CodeUnit.isDigit(units[possessive + 1]) {
            expression.isComparison = true
            return
        }
        guard start > bounds.lowerBound, units[start - 1] == Self.baselineOpener else { return }
        var index = end
        while index < bounds.upperBound, !Self.phraseEnds.contains(units[index]) {
            if let word = Self.baselineWords.first(where: { units.hasPrefix($0, at: index, limit: bounds.upperBound) }) {
                expression.baselineEnd = index + word.count
                return
            }
            index += 1
        }
    }

    /// A listed word or a numeric form at `index`.
    func read(_ units: [UInt16], at index: Int, bounds: Range<Int>, readsROCYears: Bool) -> PeriodExpression? {
        let limit = bounds.upperBound
        if let match = words.longestMatch(in: units, from: index, limit: limit) {
            var expression = match.value
            expression.range = index..<match.end
            if expression.isPlanPeriod { expression = quotedPlan(expression, units, bounds: bounds) }
            return expression
        }
        // A year in Chinese digits starts with one: one bit test turns away the rest.
        if YearReader.isChineseDigit(units[index]),
           let year = chineseDigitYear(units, at: index, limit: limit) { return year }
        if !CodeUnit.isDigit(units[index]) {
            // 民國112年, 中華民國113年度 (a year in Chinese digits was read above)
            guard YearReader.mayStartROCYear(units[index]),
                  let (year, end) = YearReader.year(in: units, at: index, limit: limit) else { return nil }
            return PeriodExpression(range: index..<Self.afterDegree(units, end, limit: limit), year: year)
        }
        guard index == 0 || !CodeUnit.isDigit(units[index - 1]) else { return nil }
        let (first, afterFirst) = Self.integer(units, at: index, limit: limit)
        guard afterFirst < limit else { return nil }
        let next = units[afterFirst]
        let digitCount = afterFirst - index
        if next == Self.year, digitCount == 4 {
            // 2023年末, 2023年底: the stock at the year's last day.
            if afterFirst + 1 < limit, Self.monthEnds.contains(units[afterFirst + 1]) {
                var expression = PeriodExpression(range: index..<(afterFirst + 2), year: first, months: 12...12, day: 31)
                expression.isOpenStarted = true
                return expression
            }
            return PeriodExpression(range: index..<Self.afterFiscalWords(units, afterFirst + 1, limit: limit), year: first)
        }
        if next == Self.year, digitCount == 3, readsROCYears, DateReader.rocYears.contains(first) {
            return PeriodExpression(range: index..<Self.afterDegree(units, afterFirst + 1, limit: limit),
                                    year: first + DateReader.rocOffset)
        }
        if digitCount == 4, let fiscal = fiscalYear(first, units, from: afterFirst, start: index, limit: limit) { return fiscal }
        if next == Self.month, (1...12).contains(first) {
            return month(first, units, start: index, after: afterFirst + 1, limit: limit)
        }
        // 1-10月, 1至9月份
        if Self.rangeWords.contains(next), afterFirst + 1 < limit, CodeUnit.isDigit(units[afterFirst + 1]) {
            let (second, afterSecond) = Self.integer(units, at: afterFirst + 1, limit: limit)
            guard afterSecond < limit else { return nil }
            // 2019-2023年
            if digitCount == 4, afterSecond - afterFirst == 5, units[afterSecond] == Self.year, second > first {
                var expression = PeriodExpression(range: index..<(afterSecond + 1), year: first)
                expression.endYear = second
                return expression
            }
            guard units[afterSecond] == Self.month, (1...12).contains(first), (first...12).contains(second) else { return nil }
            var end = afterSecond + 1
            if end < limit, units[end] == Self.portion { end += 1 }
            return PeriodExpression(range: index..<end, months: first...second)
        }
        return nil
    }

    /// A fiscal year from April to March, written with both years:
    /// `2023-24年度`, `2023/24年度`, `2023至24年度`, `2023-2024年度`.
    private func fiscalYear(_ year: Int, _ units: [UInt16], from index: Int, start: Int, limit: Int) -> PeriodExpression? {
        guard Self.fiscalSeparators.contains(units[index]), index + 1 < limit, CodeUnit.isDigit(units[index + 1]) else { return nil }
        let (second, after) = Self.integer(units, at: index + 1, limit: limit)
        let digits = after - index - 1
        guard digits == 2 && second == (year + 1) % 100 || digits == 4 && second == year + 1,
              let end = Self.fiscalMarkEnd(units, from: after, limit: limit) else { return nil }
        var expression = PeriodExpression(range: start..<end, year: year)
        expression.isFiscalYear = true
        return expression
    }

    /// A year written digit by digit in Chinese (`二零二三年`), perhaps with
    /// a month and day in Chinese numerals (`二零二三年三月三十一日`), a range
    /// of such years (`二零二四至二零二七年`), or a fiscal year so written
    /// (`二零二三/二四年度`, `二〇二三至二四年度`).
    private func chineseDigitYear(_ units: [UInt16], at index: Int, limit: Int) -> PeriodExpression? {
        guard let year = Self.chineseDigits(units, at: index, limit: limit) else { return nil }
        let after = index + 4
        if units[after] == Self.year {
            return chineseMonthAndDay(units, PeriodExpression(range: index..<after + 1, year: year), limit: limit)
                ?? PeriodExpression(range: index..<Self.afterFiscalWords(units, after + 1, limit: limit), year: year)
        }
        guard Self.fiscalSeparators.contains(units[after]) else { return nil }
        if let last = Self.chineseDigits(units, at: after + 1, limit: limit), last > year, units[after + 5] == Self.year {
            var expression = PeriodExpression(range: index..<(after + 6), year: year)
            expression.endYear = last
            return expression
        }
        guard after + 2 < limit, let tens = YearReader.chineseDigit(units[after + 1]),
              let ones = YearReader.chineseDigit(units[after + 2]), tens * 10 + ones == (year + 1) % 100,
              let end = Self.fiscalMarkEnd(units, from: after + 3, limit: limit) else { return nil }
        var expression = PeriodExpression(range: index..<end, year: year)
        expression.isFiscalYear = true
        return expression
    }

    /// Four Chinese digits from 1900 on at `index`, not inside a longer run,
    /// followed by 年 or a fiscal year's separator (tested first: most
    /// Chinese digits start no year).
    private static func chineseDigits(_ units: [UInt16], at index: Int, limit: Int) -> Int? {
        guard index + 4 < limit, units[index + 4] == year || fiscalSeparators.contains(units[index + 4]) else { return nil }
        return YearReader.fourChineseDigits(units, at: index, limit: limit)
    }

    /// A month and perhaps a day in Chinese numerals after a year
    /// (`三月`, `三月三十一日`), or nil when none follows.
    private func chineseMonthAndDay(_ units: [UInt16], _ year: PeriodExpression, limit: Int) -> PeriodExpression? {
        guard let (month, afterMonth) = Self.chineseNumber(units, at: year.range.upperBound, before: Self.month, limit: limit),
              (1...12).contains(month) else { return nil }
        var expression = year
        expression.months = month...month
        expression.range = year.range.lowerBound..<afterMonth
        if let (day, afterDay) = Self.chineseNumber(units, at: afterMonth, before: nil, limit: limit), (1...31).contains(day) {
            expression.day = day
            expression.range = year.range.lowerBound..<afterDay
        }
        return expression
    }

    /// A number from 一 to 三十一 in Chinese numerals at `index`, ended by
    /// `mark` (or by 日 or 號 when `mark` is nil), and where it ends.
    private static func chineseNumber(_ units: [UInt16], at index: Int, before mark: UInt16?, limit: Int) -> (Int, Int)? {
        var end = index
        while end < limit, end - index < 3, YearReader.isChineseDigit(units[end]) || units[end] == ten { end += 1 }
        guard end > index, end < limit, mark.map({ units[end] == $0 }) ?? dayMarks.contains(units[end]),
              let value = DateReader.number(String(utf16Units: units, range: index..<end)) else { return nil }
        return (value, end + 1)
    }

    /// A five-year plan's name with its quotation marks and what follows
    /// them: “十四五”期间, “十四五”时期, “十四五”以来 (read by ``openEnds``).
    private func quotedPlan(_ expression: PeriodExpression, _ units: [UInt16], bounds: Range<Int>) -> PeriodExpression {
        var expression = expression
        let limit = bounds.upperBound
        var start = expression.range.lowerBound, end = expression.range.upperBound
        if end < limit, Self.closingQuotes.contains(units[end]) {
            end += 1
            if start > bounds.lowerBound, Self.openingQuotes.contains(units[start - 1]) { start -= 1 }
        }
        expression.range = start..<end
        // 以来 after a plan starts it in its first January.
        if units.hasPrefix(Self.sinceWords[0], at: end, limit: limit) || units.hasPrefix(Self.sinceWords[2], at: end, limit: limit) {
            expression.months = 1...1
            expression.endYear = nil
        }
        return expression
    }

    /// Joins a year, month or day to a second one after 至, 到 or a dash:
    /// 2019年至2023年, 1月至11月, 9月29日至10月6日, 10月1日至7日.
    private func extendedToRange(_ expression: PeriodExpression, _ units: [UInt16], limit: Int) -> PeriodExpression {
        var expression = expression
        let joint = expression.range.upperBound
        guard joint + 1 < limit, Self.rangeWords.contains(units[joint]), CodeUnit.isDigit(units[joint + 1]),
              expression.endYear == nil, !expression.isFiscalYear, expression.yearSpan == nil else { return expression }
        let (second, afterSecond) = Self.integer(units, at: joint + 1, limit: limit)
        guard afterSecond < limit else { return expression }
        let mark = units[afterSecond]
        if expression.isBareYear, let year = expression.year, afterSecond - joint == 5, mark == Self.year, second > year {
            expression.endYear = second
            expression.range = expression.range.lowerBound..<Self.afterDegree(units, afterSecond + 1, limit: limit)
        } else if let months = expression.months, months.count == 1, expression.day == nil, mark == Self.month,
                  second > months.lowerBound, second <= 12 {
            expression.months = months.lowerBound...second
            let end = afterSecond + 1
            expression.range = expression.range.lowerBound..<(end < limit && units[end] == Self.portion ? end + 1 : end)
        } else if let months = expression.months, months.count == 1, let day = expression.day, day > 0 {
            if mark == Self.month, second >= months.lowerBound, second <= 12, afterSecond + 1 < limit,
               CodeUnit.isDigit(units[afterSecond + 1]) {
                let (endDay, afterDay) = Self.integer(units, at: afterSecond + 1, limit: limit)
                guard afterDay < limit, Self.dayMarks.contains(units[afterDay]), (1...31).contains(endDay),
                      second > months.lowerBound || endDay > day else { return expression }
                expression.months = months.lowerBound...second
                expression.endDay = endDay
                expression.range = expression.range.lowerBound..<(afterDay + 1)
            } else if Self.dayMarks.contains(mark), second > day, second <= 31 {
                expression.endDay = second
                expression.range = expression.range.lowerBound..<(afterSecond + 1)
            }
        }
        return expression
    }

    /// Takes in a word after a range or plan that says "during" (期间, 间, 时期).
    private func withDuration(_ expression: PeriodExpression, _ units: [UInt16], bounds: Range<Int>) -> PeriodExpression {
        guard expression.endYear != nil || expression.isPlanPeriod else { return expression }
        var expression = expression
        let end = expression.range.upperBound
        if let word = Self.durationWords.first(where: { units.hasPrefix($0, at: end, limit: bounds.upperBound) }) {
            expression.range = expression.range.lowerBound..<(end + word.count)
        }
        return expression
    }

    /// 10月, 10月份, 9月底, 12月9日.
    private func month(_ month: Int, _ units: [UInt16], start: Int, after: Int, limit: Int) -> PeriodExpression {
        var expression = PeriodExpression(range: start..<after, months: month...month)
        guard after < limit else { return expression }
        if units[after] == Self.portion {
            expression.range = start..<(after + 1)
        } else if Self.monthEnds.contains(units[after]) {
            expression.day = 0 // the last day, once the year is known
            expression.isOpenStarted = true // the stock at that day
            expression.range = start..<(after + 1)
        } else if CodeUnit.isDigit(units[after]) {
            let (day, afterDay) = Self.integer(units, at: after, limit: limit)
            if afterDay < limit, Self.dayMarks.contains(units[afterDay]), (1...31).contains(day) {
                expression.day = day
                expression.range = start..<(afterDay + 1)
            }
        }
        return expression
    }

    /// Applies 以来/至今 after and 截至/截止 before, and 前 after. 到 before
    /// a bare year sets a deadline (到2025年) rather than an open start.
    private func openEnds(_ expression: PeriodExpression, _ units: [UInt16], bounds: Range<Int>) -> PeriodExpression {
        var expression = expression
        guard !expression.isToDate, expression.yearSpan == nil else { return expression }
        let end = expression.range.upperBound
        // Most periods have none of these words around them: one bit test
        // at each end turns them away before the words are compared.
        let mayBeSince = end < bounds.upperBound && Self.sinceStarts.contains(units[end])
        for suffix in Self.sinceWords where mayBeSince && units.hasPrefix(suffix, at: end, limit: bounds.upperBound) {
            expression.isOpenEnded = true
            expression.isOpenStarted = false
            expression.range = expression.range.lowerBound..<(end + suffix.count)
            return expression
        }
        if end < bounds.upperBound, units[end] == Self.before, !expression.isOpenEnded {
            expression.isOpenStarted = true
            expression.isDeadline = true
            expression.range = expression.range.lowerBound..<(end + 1)
        }
        let start = expression.range.lowerBound
        let mayBeUntil = start > bounds.lowerBound && Self.untilEnds.contains(units[start - 1])
        for prefix in Self.untilWords where mayBeUntil && start - prefix.count >= bounds.lowerBound
            && units[(start - prefix.count)..<start].elementsEqual(prefix) {
            if prefix == Self.deadlineWord, expression.isBareYear || expression.isFiscalYear || expression.endYear != nil {
                expression.isDeadline = true
            } else {
                expression.isOpenStarted = true
            }
            expression.range = (start - prefix.count)..<expression.range.upperBound
            break
        }
        return expression
    }

    /// Where 年度 ends after a fiscal year's digits, perhaps with the kind of
    /// year between (2022/23課稅年度), or nil when it is not there.
    private static func fiscalMarkEnd(_ units: [UInt16], from index: Int, limit: Int) -> Int? {
        var start = index
        if let kind = fiscalKinds.first(where: { units.hasPrefix($0, at: index, limit: limit) }) { start += kind.count }
        return units.hasPrefix(fiscalMark, at: start, limit: limit) ? start + fiscalMark.count : nil
    }

    /// Past 度 or 財政年度 right after a year's 年 (2023年度, 二〇二四年財政年度).
    private static func afterFiscalWords(_ units: [UInt16], _ index: Int, limit: Int) -> Int {
        if let words = fiscalYearWords.first(where: { units.hasPrefix($0, at: index, limit: limit) }) { return index + words.count }
        return afterDegree(units, index, limit: limit)
    }

    private static func integer(_ units: [UInt16], at start: Int, limit: Int) -> (Int, Int) {
        var value = 0
        var index = start
        while index < limit, CodeUnit.isDigit(units[index]), index - start < 4 {
            value = value * 10 + Int(units[index] - 0x30)
            index += 1
        }
        return (value, index)
    }

    /// Past a 度 right after a year's 年 (2023年度, 112年度).
    private static func afterDegree(_ units: [UInt16], _ index: Int, limit: Int) -> Int {
        index < limit && units[index] == degree ? index + 1 : index
    }

    private static let year = UInt16(("年" as Unicode.Scalar).value)
    private static let degree = UInt16(("度" as Unicode.Scalar).value)
    private static let month = UInt16(("月" as Unicode.Scalar).value)
    private static let portion = UInt16(("份" as Unicode.Scalar).value)
    private static let dayMarks: CodeUnitSet = "日号號"
    private static let before = UInt16(("前" as Unicode.Scalar).value)
    private static let possessive = UInt16(("的" as Unicode.Scalar).value)
    private static let monthEnds: CodeUnitSet = "底末"
    private static let rangeWords: CodeUnitSet = "-~—–至到"
    private static let fiscalSeparators: CodeUnitSet = "-/—–至"
    private static let fiscalMark: [UInt16] = Array("年度".utf16)
    private static let fiscalKinds: [[UInt16]] = ["課稅", "课税", "財政", "财政"].map { Array($0.utf16) }
    private static let fiscalYearWords: [[UInt16]] = ["財政年度", "财政年度"].map { Array($0.utf16) }
    private static let ten = UInt16(("十" as Unicode.Scalar).value)
    private static let sinceWords: [[UInt16]] = ["以来", "至今", "以來", "起"].map { Array($0.utf16) }
    private static let sinceStarts = CodeUnitSet(units: sinceWords.map { $0[0] })
    private static let durationWords: [[UInt16]] = ["期间", "期間", "时期", "時期", "间", "間"].map { Array($0.utf16) }
    private static let openingQuotes: CodeUnitSet = "“\"「『‘"
    private static let closingQuotes: CodeUnitSet = "”\"」』’"
    private static let samePeriod: [UInt16] = Array("同期".utf16)
    private static let baselineOpener = UInt16(("在" as Unicode.Scalar).value)
    private static let comparisonWords: CodeUnitSet = "较較比与與同"
    private static let equatingWords: [[UInt16]] = ["相当于", "相當於", "是", "为", "為"].map { Array($0.utf16) }
    private static let baselineWords: [[UInt16]] = ["基础上", "基礎上"].map { Array($0.utf16) }
    private static let phraseEnds: CodeUnitSet = ",;:。!?"
    private static let deadlineWord: [UInt16] = Array("到".utf16)
    private static let untilWords: [[UInt16]] = ["截至", "截止", "截止到", "到"].map { Array($0.utf16) }
    private static let untilEnds = CodeUnitSet(units: untilWords.map { $0[$0.count - 1] })
}
