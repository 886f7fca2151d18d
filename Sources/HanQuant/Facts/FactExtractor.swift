/// The Facts stage: turns the quantities of a document into facts by
/// attaching their indicator, period, change and target status.
///
/// It holds an ICU word iterator (through ``IndicatorFinder``), so it is
/// not thread-safe: use one per task.
final class FactExtractor {
    private let indicators = IndicatorFinder()
    private let periods = PeriodScanner.bundled
    private let changes = ChangeDetector.bundled
    private let targets = TargetDetector.bundled

    /// UTF-16 units per fact assumed when reserving room: the seed report has
    /// about 62; a denser text (the statistical bulletin has about 16) grows
    /// past the reservation as arrays do.
    private static let unitsPerFact = 24

    /// Characters that end the phrase an indicator or change is looked for in.
    private static let phraseEnds: CodeUnitSet = ",;:()。!?"

    /// The facts of `document`, whose quantities `quantities` appends to an
    /// empty array sentence by sentence, in order. `reportDate` overrides the
    /// document's own date for relative periods.
    func facts(of document: Document, reportDate: CalendarDate?,
               quantities: (Sentence, inout [Quantity]) -> Void) -> [Fact] {
        let units = document.text.normalized
        let date = reportDate ?? document.date
        let resolver = PeriodResolver(reportDate: date, subjectYear: document.context.subjectYear)
        let readsROCYears = document.context.region == .taiwan
        let subjectYear = document.context.subjectYear
        var facts: [Fact] = []
        // Room reserved is only address space until written: enough for most
        // reports without the copies of a growing array.
        facts.reserveCapacity(units.count / Self.unitsPerFact + 1)
        var paragraph = -1
        var carried: (expression: PeriodExpression, year: Int?, throughParagraph: Bool)?
        // Figures in a row often share a period: the last one resolved is kept.
        var lastResolved: (range: Range<Int>, contextYear: Int?, period: Period?)?
        func resolved(_ expression: PeriodExpression, contextYear: Int?) -> Period? {
            if let last = lastResolved, last.range == expression.range, last.contextYear == contextYear { return last.period }
            let period = resolve(expression, units, resolver, contextYear: contextYear)
            lastResolved = (expression.range, contextYear, period)
            return period
        }
        var paragraphYear: Int?
        // Inside a list opened by a target cue and a colon (主要预期目标是:…;…;), whose items are targets.
        var inTargetList = false
        // The period of a heading's year, made once per year rather than per figure.
        var lastYearPeriod: Period?
        func yearPeriod(_ year: Int) -> Period {
            if let last = lastYearPeriod, last.firstYear == year { return last }
            let period = Period(iso: String(year), text: "\(year)年", firstYear: year)
            lastYearPeriod = period
            return period
        }
        let sectionContexts = SectionContexts(document, reportYear: date?.year,
                                              titleYear: document.title.flatMap(SectionContexts.year(in:)), targets: targets)

        // One array each for every sentence's quantities and periods.
        var sentenceQuantities: [Quantity] = []
        var expressions: [PeriodExpression] = []
        for (index, sentence) in document.sentences.enumerated() {
            if sentence.paragraph != paragraph || isSubheading(units, sentence.range) {
                paragraph = sentence.paragraph
                carried = nil
                paragraphYear = nil
                inTargetList = false
            }
            let context = sectionContexts[sentence.section]
            let headingYear = context.year, plan = context.plan
            periods.expressions(in: units, range: sentence.range, readsROCYears: readsROCYears, into: &expressions)
            var previousEnd = sentence.range.lowerBound
            var previousIndicator: String?

            if !sentenceQuantities.isEmpty { sentenceQuantities.removeAll(keepingCapacity: true) }
            quantities(sentence, &sentenceQuantities)
            let firstFact = facts.count
            var previousChange: Change?
            // Quantities and expressions are read in place, by index: they are
            // large values, and copying them for every figure showed in profiles.
            for position in sentenceQuantities.indices {
                let quantityRange = sentenceQuantities[position].range
                let start = quantityRange.lowerBound
                let clauseStart = phraseStart(units, before: start, notBefore: sentence.range.lowerBound)
                let limit = max(clauseStart, previousEnd)

                // The period: the last one written before the quantity in its sentence, else carried over.
                var period: Period?
                var periodFloor = limit
                var yearBefore = paragraphYear
                var chosen: Int?
                var phraseEnd = start
                var isBaselineFigure = false
                for candidate in expressions.indices where expressions[candidate].range.upperBound <= start {
                    let expression = expressions[candidate]
                    // The indicator starts after a period in its phrase and stops before a
                    // compared period (居民消费价格比上年上涨2.1% → 居民消费价格); words like
                    // 全年目标 stay part of it.
                    if expression.isComparison {
                        if expression.range.lowerBound >= periodFloor { phraseEnd = min(phraseEnd, expression.range.lowerBound) }
                        continue
                    }
                    if let baselineEnd = expression.baselineEnd {
                        // A figure inside a baseline phrase is a result of its period; the
                        // indicator of a figure after it starts after the phrase.
                        guard start < baselineEnd else {
                            periodFloor = max(periodFloor, baselineEnd)
                            continue
                        }
                        isBaselineFigure = true
                    }
                    guard !expression.isIgnored else { continue }
                    if expression.range.upperBound > periodFloor { periodFloor = expression.range.upperBound }
                    if let year = expression.year { yearBefore = year }
                    chosen = candidate
                }
                var isDeadline = false
                if let chosen {
                    let context = expressions[chosen].year == nil ? (yearBefore ?? headingYear) : nil
                    period = resolved(expressions[chosen], contextYear: context)
                    isDeadline = expressions[chosen].isDeadline
                } else if let carried {
                    period = resolved(carried.expression, contextYear: carried.year)
                    isDeadline = carried.expression.isDeadline
                } else if let year = headingYear ?? subjectYear {
                    period = yearPeriod(year)
                }

                let after = countedSpan(units, after: namingEnd(of: position, in: sentenceQuantities, units),
                                        sentenceEnd: sentence.range.upperBound)
                let previousPhrase = clauseStart > sentence.range.lowerBound
                    ? phraseStart(units, before: clauseStart - 1, notBefore: sentence.range.lowerBound)..<(clauseStart - 1)
                    : nil
                let indicator = indicators.indicator(in: units, before: periodFloor..<max(periodFloor, phraseEnd), after: after,
                                                     style: Self.style(of: sentenceQuantities[position].dimension),
                                                     previous: previousIndicator, previousPhrase: previousPhrase)
                var change = changes.change(in: units, quantityStart: start, limit: limit,
                                            isNegative: sentenceQuantities[position].value.isNegative)
                // 分别下降37.5%和40%: a figure joined to the one before by 和 or 、 shares its change.
                if change == nil, position > 0, isListJoint(units, previousEnd..<start) { change = previousChange }
                // A cue inside a closed parenthesis before the quantity stays there: (区定指标96.3%).
                let cueStart = afterLastClosingParenthesis(units, before: start, notBefore: sentence.range.lowerBound)
                let isTarget = !isBaselineFigure && targets.isTarget(in: units, quantityStart: start, sentenceStart: cueStart,
                                                                     plan: plan, periodYear: period?.firstYear,
                                                                     isDeadline: isDeadline || inTargetList)
                facts.append(Fact(quantity: sentenceQuantities[position], sentence: index, indicator: indicator,
                                  period: period, change: change, isTarget: isTarget))
                previousEnd = quantityRange.upperBound
                previousChange = change
                if indicator != nil { previousIndicator = indicator }
            }
            RateLinks.link(&facts, firstFact..<facts.count, units)
            inTargetList = opensTargetList(units, sentence.range, carrying: inTargetList)

            // A period set off as a topic by a comma (今年1-10月,) carries over to the
            // following sentences of the paragraph; one that merely opens its sentence
            // (街道今年1-3季度命案发案数为0;) carries only across semicolons.
            if let carriedSoFar = carried, !carriedSoFar.throughParagraph, !endsWithSemicolon(units, sentence.range) {
                carried = nil
            }
            if let topic = expressions.last(where: { $0.namesPeriod && isTopic($0, units, sentence.range) }) {
                // A sentence with a topic of its own ends the one carried so far.
                let year = topic.year == nil ? (expressions.compactMap(\.year).last ?? paragraphYear ?? headingYear) : nil
                let throughParagraph = isFollowedByComma(topic, units, sentence.range)
                carried = throughParagraph || endsWithSemicolon(units, sentence.range)
                    ? (topic, year, throughParagraph)
                    : nil
            }
            if let year = expressions.last(where: { $0.year != nil && !$0.isDeadline })?.year { paragraphYear = year }
        }
        return facts
    }

    private func resolve(_ expression: PeriodExpression, _ units: [UInt16], _ resolver: PeriodResolver,
                         contextYear: Int?) -> Period? {
        guard let iso = resolver.iso(expression, contextYear: contextYear) else { return nil }
        return Period(iso: iso, text: String(utf16Units: units[expression.range]),
                      firstYear: expression.isToDate ? nil : resolver.year(of: expression, contextYear: contextYear))
    }

    /// How a quantity of `dimension` names what it measures.
    private static func style(of dimension: Dimension) -> IndicatorFinder.Style {
        switch dimension {
        case .count, .area, .length, .mass, .volume, .energy, .power: return .namedAfter
        case .percent, .percentagePoint, .multiple: return .rate
        case .ratio: return .ratio
        case .money, .duration, .number, .rate, .temperature, .index, .transport: return .namedBefore
        }
    }

    /// Whether a period opens its sentence (perhaps after a subject, as in
    /// 街道今年1-3季度…) or is followed by a comma or colon.
    private func isTopic(_ expression: PeriodExpression, _ units: [UInt16], _ sentence: Range<Int>) -> Bool {
        let opening = sentence.lowerBound..<expression.range.lowerBound
        return opening.isEmpty || indicators.isSubject(units, opening) || isFollowedByComma(expression, units, sentence)
    }

    private func isFollowedByComma(_ expression: PeriodExpression, _ units: [UInt16], _ sentence: Range<Int>) -> Bool {
        let end = expression.range.upperBound
        return end < sentence.upperBound && (units[end] == CodeUnit.comma || units[end] == CodeUnit.colon)
    }

    /// Whether the sentences after this one are items of a target list: it
    /// opens one (a target cue before a colon) or continues one, and ends
    /// with a semicolon.
    private func opensTargetList(_ units: [UInt16], _ sentence: Range<Int>, carrying: Bool) -> Bool {
        guard endsWithSemicolon(units, sentence) else { return false }
        if carrying { return true }
        // A list head holds no figure of its own: the colon of 100:102 opens nothing.
        guard let colon = units[sentence].firstIndex(of: CodeUnit.colon),
              !units[sentence.lowerBound..<colon].contains(where: CodeUnit.isDigit) else { return false }
        return targets.isTarget(in: units, quantityStart: colon, sentenceStart: sentence.lowerBound, plan: nil, periodYear: nil)
    }

    /// Whether the text between two figures only joins them as a list (和, 与, 及, 、).
    private func isListJoint(_ units: [UInt16], _ gap: Range<Int>) -> Bool {
        !gap.isEmpty && gap.count <= 2 && units[gap].allSatisfy { Self.listJoiners.contains($0) }
    }

    private static let listJoiners: CodeUnitSet = "和与與及、 "

    private func endsWithSemicolon(_ units: [UInt16], _ sentence: Range<Int>) -> Bool {
        units[sentence].last == CodeUnit.semicolon
    }

    /// The longest unpunctuated run taken for a sub-heading inside a paragraph.
    private static let longestSubheading = 30

    /// Whether a sentence is an unpunctuated sub-heading (下桥自然村保障性安居工程),
    /// which starts a new topic: periods before it do not carry past it.
    private func isSubheading(_ units: [UInt16], _ sentence: Range<Int>) -> Bool {
        guard let last = units[sentence].last, sentence.count <= Self.longestSubheading else { return false }
        return !Self.sentenceEnds.contains(last)
    }

    private static let sentenceEnds: CodeUnitSet = "。;!?…"

    /// The position after the last `)` before `index`, or `start`.
    private func afterLastClosingParenthesis(_ units: [UInt16], before index: Int, notBefore start: Int) -> Int {
        var position = index
        while position > start, units[position - 1] != CodeUnit.closeParenthesis { position -= 1 }
        return position
    }

    /// Where the phrase holding `index` starts: after the last comma, semicolon,
    /// colon, bracket or sentence end before it.
    private func phraseStart(_ units: [UInt16], before index: Int, notBefore start: Int) -> Int {
        var position = index
        while position > start, !Self.phraseEnds.contains(units[position - 1]) { position -= 1 }
        return position
    }

    /// Where the words naming a quantity's thing may start: after the
    /// quantity, or after the quantities standing right behind it, joined by
    /// nothing or by 、, which share the thing named (31支1700人的平安志愿者队伍,
    /// 104幢、4.86万平方米城镇危房).
    private func namingEnd(of position: Int, in quantities: [Quantity], _ units: [UInt16]) -> Int {
        var end = quantities[position].range.upperBound
        for next in (position + 1)..<quantities.count {
            let gap = quantities[next].range.lowerBound - end
            guard gap == 0 || (gap == 1 && units[end] == CodeUnit.ideographicComma) else { break }
            end = quantities[next].range.upperBound
        }
        return end
    }

    /// The words after a count's measure word up to the end of its phrase
    /// (7家专业市场 → 专业市场), or nil when punctuation follows at once.
    private func countedSpan(_ units: [UInt16], after end: Int, sentenceEnd: Int) -> Range<Int>? {
        var position = end
        while position < sentenceEnd, !Self.phraseEnds.contains(units[position]),
              units[position] != CodeUnit.ideographicComma, !CodeUnit.isDigit(units[position]) {
            position += 1
        }
        return position > end ? end..<position : nil
    }
}
