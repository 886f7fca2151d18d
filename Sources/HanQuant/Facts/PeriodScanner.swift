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
        var starts: CodeUnitSet = "0123456789"
        for row in lexicon.rows where row.count >= 2 {
            var expression = PeriodExpression(range: 0..<0)
            let parts = row[1].split(separator: ":").map(String.init)
            switch parts[0] {
            case "year":
                expression.yearOffset = parts.count > 1 ? Int(parts[1]) : nil
            case "months":
                let bounds = parts[1].split(separator: "-").compactMap { Int($0) }
                expression.months = bounds[0]...bounds[1]
            case "point":
                let bounds = parts[1].split(separator: "-").compactMap { Int($0) }
                expression.months = bounds[0]...bounds[0]
                expression.day = bounds[1]
                if parts.count > 2 { expression.yearOffset = Int(parts[2]) }
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
    /// for every sentence allocates once.
    func expressions(in units: [UInt16], range: Range<Int>, into found: inout [PeriodExpression]) {
        found.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while true {
            index = units.withUnsafeBufferPointer { starts.firstIndex(in: $0, range: index..<range.upperBound) }
            guard index < range.upperBound else { break }
            guard var expression = read(units, at: index, limit: range.upperBound) else {
                index += 1
                continue
            }
            expression = openEnds(expression, units, bounds: range)
            markBaseline(&expression, units, bounds: range)
            if let last = found.last, last.range.upperBound == expression.range.lowerBound, last.isBareYear,
               !expression.isIgnored,
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

    /// Marks a period compared against (较9月底, 比上年) or opening a baseline
    /// phrase 在…基础上 (在2016年完成投资3.2亿元的基础上, 在2016年基础上再减少10%).
    private func markBaseline(_ expression: inout PeriodExpression, _ units: [UInt16], bounds: Range<Int>) {
        let start = expression.range.lowerBound
        if start > bounds.lowerBound, Self.comparisonWords.contains(units[start - 1]) {
            expression.isComparison = true
            return
        }
        guard start > bounds.lowerBound, units[start - 1] == Self.baselineOpener else { return }
        var index = expression.range.upperBound
        while index < bounds.upperBound, !Self.phraseEnds.contains(units[index]) {
            if let word = Self.baselineWords.first(where: { units[index..<bounds.upperBound].starts(with: $0) }) {
                expression.baselineEnd = index + word.count
                return
            }
            index += 1
        }
    }

    /// A listed word or a numeric form at `index`.
    private func read(_ units: [UInt16], at index: Int, limit: Int) -> PeriodExpression? {
        if let match = words.longestMatch(in: units, from: index, limit: limit) {
            var expression = match.value
            expression.range = index..<match.end
            return expression
        }
        guard CodeUnit.isDigit(units[index]), index == 0 || !CodeUnit.isDigit(units[index - 1]) else { return nil }
        let (first, afterFirst) = Self.integer(units, at: index, limit: limit)
        guard afterFirst < limit else { return nil }
        let next = units[afterFirst]
        if next == Self.year, afterFirst - index == 4 {
            return PeriodExpression(range: index..<(afterFirst + 1), year: first)
        }
        if next == Self.month, (1...12).contains(first) {
            return month(first, units, start: index, after: afterFirst + 1, limit: limit)
        }
        // 1-10月, 1至9月份
        if Self.rangeWords.contains(next), afterFirst + 1 < limit, CodeUnit.isDigit(units[afterFirst + 1]) {
            let (second, afterSecond) = Self.integer(units, at: afterFirst + 1, limit: limit)
            guard afterSecond < limit, units[afterSecond] == Self.month, (1...12).contains(first),
                  (first...12).contains(second) else { return nil }
            var end = afterSecond + 1
            if end < limit, units[end] == Self.portion { end += 1 }
            return PeriodExpression(range: index..<end, months: first...second)
        }
        return nil
    }

    /// 10月, 10月份, 9月底, 12月9日.
    private func month(_ month: Int, _ units: [UInt16], start: Int, after: Int, limit: Int) -> PeriodExpression {
        var expression = PeriodExpression(range: start..<after, months: month...month)
        guard after < limit else { return expression }
        if units[after] == Self.portion {
            expression.range = start..<(after + 1)
        } else if Self.monthEnds.contains(units[after]) {
            expression.day = 0 // the last day, once the year is known
            expression.range = start..<(after + 1)
        } else if CodeUnit.isDigit(units[after]) {
            let (day, afterDay) = Self.integer(units, at: after, limit: limit)
            if afterDay < limit, units[afterDay] == Self.dayMark || units[afterDay] == Self.dayNumber, (1...31).contains(day) {
                expression.day = day
                expression.range = start..<(afterDay + 1)
            }
        }
        return expression
    }

    /// Applies 以来/至今 after and 截至/截止 before, and 前 after.
    private func openEnds(_ expression: PeriodExpression, _ units: [UInt16], bounds: Range<Int>) -> PeriodExpression {
        var expression = expression
        guard !expression.isToDate else { return expression }
        let end = expression.range.upperBound
        for suffix in Self.sinceWords where units[end..<bounds.upperBound].starts(with: suffix) {
            expression.isOpenEnded = true
            expression.range = expression.range.lowerBound..<(end + suffix.count)
            return expression
        }
        if end < bounds.upperBound, units[end] == Self.before, !expression.isOpenEnded {
            expression.isOpenStarted = true
            expression.range = expression.range.lowerBound..<(end + 1)
        }
        let start = expression.range.lowerBound
        for prefix in Self.untilWords where start - prefix.count >= bounds.lowerBound
            && units[(start - prefix.count)..<start].elementsEqual(prefix) {
            expression.isOpenStarted = true
            expression.range = (start - prefix.count)..<expression.range.upperBound
            break
        }
        return expression
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

    private static let year = UInt16(("年" as Unicode.Scalar).value)
    private static let month = UInt16(("月" as Unicode.Scalar).value)
    private static let portion = UInt16(("份" as Unicode.Scalar).value)
    private static let dayMark = UInt16(("日" as Unicode.Scalar).value)
    private static let dayNumber = UInt16(("号" as Unicode.Scalar).value)
    private static let before = UInt16(("前" as Unicode.Scalar).value)
    private static let monthEnds: CodeUnitSet = "底末"
    private static let rangeWords: CodeUnitSet = "-~—–至到"
    private static let sinceWords: [[UInt16]] = ["以来", "至今", "以來"].map { Array($0.utf16) }
    private static let baselineOpener = UInt16(("在" as Unicode.Scalar).value)
    private static let comparisonWords: CodeUnitSet = "较較比与與同"
    private static let baselineWords: [[UInt16]] = ["基础上", "基礎上"].map { Array($0.utf16) }
    private static let phraseEnds: CodeUnitSet = ",;:。!?"
    private static let untilWords: [[UInt16]] = ["截至", "截止", "截止到", "到"].map { Array($0.utf16) }
}
