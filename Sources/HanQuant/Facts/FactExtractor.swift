/// The Facts stage: turns the quantities of a document into facts by
/// attaching their indicator, period, change and target status.
///
/// It holds an ICU word iterator (through ``IndicatorFinder``), so it is
/// not thread-safe: use one per task.
final class FactExtractor {
    /// How many units (and figures) the per-figure look-arounds of the last
    /// document looked at: the tests hold it to a multiple of the text's
    /// length, so that no input makes the Facts stage quadratic.
    private(set) var lookedAt = 0

    private let indicators: IndicatorFinder
    private let cleanup = IndicatorCleanup.bundled
    private let respective: RespectiveIndicators
    private let tableFacts = TableFacts()
    private let periods = PeriodScanner.bundled
    private let changes = ChangeDetector.bundled
    private let targets = TargetDetector.bundled

    /// A Facts stage over the bundled lexicons.
    init() {
        let indicators = IndicatorFinder()
        self.indicators = indicators
        respective = RespectiveIndicators(isWordBoundary: { indicators.isWordBoundary($0, $1) })
    }

    /// UTF-16 units per fact assumed when reserving room: the seed report has
    /// about 62; a denser text (the statistical bulletin has about 16) grows
    /// past the reservation as arrays do.
    private static let unitsPerFact = 24

    /// Characters that end the phrase an indicator or change is looked for in.
    private static let phraseEnds: CodeUnitSet = ",;:()。!?"
    private static let closingParenthesis: CodeUnitSet = ")"
    /// How far before a figure, in UTF-16 units, a target cue is looked for
    /// in its sentence (the longest sentences of real reports are shorter),
    /// so that a sentence of many figures costs its length, not its length
    /// times its figures.
    static let cueReach = 400
    /// How far after a count the thing it counts is looked for: more than
    /// the longest indicator kept.
    static let countedReach = 64

    /// The facts of `document`, whose quantities `quantities` appends to an
    /// empty array sentence by sentence, in order. `reportDate` overrides the
    /// document's own date for relative periods.
    /// `entering` is what the sub-headings of the windows before left, for
    /// a later window of a document read in windows; `sections` the
    /// contexts of its sections, when already worked out (see
    /// ``sectionContexts(of:reportDate:)``).
    func facts(of document: Document, reportDate: CalendarDate?, entering: SubheadingState = .none,
               sections: SectionContexts? = nil,
               quantities: (Sentence, inout [Quantity]) -> Void, scan: ([UInt16]) -> [Quantity] = { _ in [] },
               tableProblems: (Table, Int) -> Void = { _, _ in }) -> [Fact] {
        let units = document.text.normalized
        let date = reportDate ?? document.date
        let resolver = Self.resolver(of: document, reportDate: reportDate)
        let readsROCYears = document.context.region == .taiwan
        let subjectYear = document.context.subjectYear
        var facts: [Fact] = []
        var looked = 0
        defer { lookedAt = looked }
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
        // The year or fiscal year of the last unnumbered sub-heading (本年度修訂預算),
        // until the next sub-heading or heading, and whether it names a plan
        // (本年度修訂預算): its figures are estimates.
        var subheading = entering
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
        let sectionContexts = sections ?? sectionContexts(of: document, reportYear: date?.year, resolver: resolver)
        let tableRows = Self.tableRows(of: document)
        var layouts: [Int: TableFacts.Layout] = [:]
        func original(_ range: Range<Int>) -> String { document.text.originalString(ofNormalized: range) }

        // One array each for every sentence's quantities and periods.
        var sentenceQuantities: [Quantity] = []
        var expressions: [PeriodExpression] = []
        var ahead = QuantitiesAhead()
        for (index, sentence) in document.sentences.enumerated() {
            let isSubheadingSentence = isSubheading(units, sentence.range)
            if sentence.paragraph != paragraph || isSubheadingSentence {
                paragraph = sentence.paragraph
                carried = nil
                paragraphYear = nil
                inTargetList = false
            }
            let context = sectionContexts[sentence.section]
            let headingYear = context.year
            if !tableRows.isEmpty, let place = tableRows[sentence.line] {
                let table = document.tables[place.table]
                guard let row = place.row, table.problem == nil else { continue }
                let layout = layouts[place.table] ?? tableLayout(table, units, original, resolver: resolver,
                                                                  contextYear: headingYear ?? subjectYear)
                layouts[place.table] = layout
                let fallback = (headingYear ?? subjectYear).map(yearPeriod)
                let withoutUnit = tableFacts.facts(of: table, number: document.window.tablesBefore + place.table + 1, layout: layout, rowIndex: row, sentence: index,
                                                   units, text: original, fallbackPeriod: fallback,
                                                   isAfterReport: resolver.isAfterReport, scan: scan, into: &facts)
                if withoutUnit > 0 { tableProblems(table, withoutUnit) }
                continue
            }
            let isFollowedByQuantities = ahead.quantities(of: index, in: document.sentences, into: &sentenceQuantities,
                                                          isTableRow: { !tableRows.isEmpty && tableRows[$0.line] != nil },
                                                          read: quantities)
            // Periods serve figures of this sentence and later ones of its
            // paragraph, and a sub-heading's figures below it.
            if isFollowedByQuantities || isSubheadingSentence {
                periods.expressions(in: units, range: sentence.range, readsROCYears: readsROCYears, into: &expressions)
            } else {
                expressions.removeAll(keepingCapacity: true)
            }
            if sentence.isHeading && context.hasHeadingTitle {
                subheading = .none
            } else if isSubheadingSentence {
                subheading = self.subheading(sentence.range, units, expressions, resolver: resolver, headingYear: headingYear)
            }
            let subheadingPeriod = subheading.period
            let plan = context.plan ?? subheading.plan
            var previousEnd = sentence.range.lowerBound
            var previousIndicator: String?
            // The indicator of the last amount or count: what a figure after a share names (占…27.9%,较…增加640亿元).
            var previousLevelIndicator: String?

            let firstFact = facts.count
            var previousChange: Change?
            // Look-arounds that every figure of the sentence makes, each kept linear in its length.
            var clauseMarks = MarkCursor(from: sentence.range.lowerBound)
            var previousClauseMarks = MarkCursor(from: sentence.range.lowerBound)
            var parenthesisMarks = MarkCursor(from: sentence.range.lowerBound)
            let namingEnds = Self.namingEnds(of: sentenceQuantities, units)
            var settled = SettledPeriods()
            // Quantities and expressions are read in place, by index: they are
            // large values, and copying them for every figure showed in profiles.
            for position in sentenceQuantities.indices {
                let quantityRange = sentenceQuantities[position].range
                let start = quantityRange.lowerBound
                let clauseStart = clauseMarks.afterLast(of: Self.phraseEnds, before: start, in: units)
                let limit = max(clauseStart, previousEnd)

                // The period: the last one written before the quantity in its sentence, else carried over.
                let settledBefore = settled.count
                settled.advance(over: expressions, before: limit, figureStart: start)
                looked += settled.count - settledBefore
                var periodFloor = max(limit, settled.floor)
                var yearBefore = settled.yearSet ? settled.year : paragraphYear
                var chosen = settled.chosen
                var phraseEnd = start
                var isBaselineFigure = false
                for candidate in settled.count..<expressions.count {
                    let expression = expressions[candidate]
                    // Expressions stand in text order, none overlapping: the rest start after the figure.
                    guard expression.range.upperBound <= start else { break }
                    looked += 1
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
                // A constant, each branch setting it once: the closures below read it
                // where it is, where a variable was copied, its strings retained.
                let period: Period?
                var isDeadline = false
                if let chosen {
                    let context = expressions[chosen].year == nil ? (yearBefore ?? headingYear) : nil
                    period = resolved(expressions[chosen], contextYear: context)
                    isDeadline = expressions[chosen].isDeadline
                } else if let carried {
                    period = resolved(carried.expression, contextYear: carried.year)
                    isDeadline = carried.expression.isDeadline
                } else if let subheadingPeriod {
                    period = subheadingPeriod
                } else if let fiscalYear = context.fiscalYear, headingYear == nil || fiscalYear.firstYear == headingYear {
                    period = fiscalYear
                } else if let year = headingYear ?? subjectYear {
                    period = yearPeriod(year)
                } else {
                    period = nil
                }

                let after = countedSpan(units, after: namingEnds[position], sentenceEnd: sentence.range.upperBound)
                looked += (after?.count ?? 0) + 1
                let previousPhrase = clauseStart > sentence.range.lowerBound
                    ? previousClauseMarks.afterLast(of: Self.phraseEnds, before: clauseStart - 1, in: units)..<(clauseStart - 1)
                    : nil
                // A figure naming nothing takes the name of the figure before, or of the
                // amount before when that was a share (占歲出總額27.9%，較112年度增加640億元).
                let isRate = RateLinks.isRate(dimension: sentenceQuantities[position].dimension)
                let previous = isRate ? previousIndicator : previousLevelIndicator ?? previousIndicator
                let found = indicators.indicator(in: units, before: periodFloor..<max(periodFloor, phraseEnd), after: after,
                                                 style: Self.style(of: sentenceQuantities[position].dimension),
                                                 previous: previous, previousPhrase: previousPhrase)
                // A fragment (和, 基础上, 较上年) names nothing: the clause's subject before
                // its period names it (財政儲備在年度結束時將回落至…), else the figure before.
                var indicator = found.map { cleanup.cleaned($0) } ?? nil
                if indicator == nil, let chosen { indicator = subject(before: expressions[chosen].range.lowerBound, from: limit, units) }
                if indicator == nil { indicator = previous }
                var change = changes.change(in: units, quantityStart: start, limit: limit,
                                            isNegative: sentenceQuantities[position].value.isNegative)
                // 分别下降37.5%和40%: a figure joined to the one before by 和 or 、 shares its change.
                if change == nil, position > 0, RespectiveIndicators.isListJoint(units, previousEnd..<start) { change = previousChange }
                // A cue inside a closed parenthesis before the quantity stays there: (区定指标96.3%).
                let cueStart = max(parenthesisMarks.afterLast(of: Self.closingParenthesis, before: start, in: units),
                                   start - Self.cueReach)
                // The change cue is looked for back to the clause or the figure before, the target cue back to cueStart.
                looked += (start - limit) + (start - cueStart)
                // Closures, not `period.map(resolver.isAfterReport)`: a method reference copies the resolver each time.
                let isTarget = !isBaselineFigure && targets.isTarget(in: units, quantityStart: start, sentenceStart: cueStart,
                                                                     plan: plan, periodYear: period?.firstYear,
                                                                     isDeadline: isDeadline || inTargetList
                                                                        || period.map { resolver.isAfterReport($0) } == true,
                                                                     isPast: period.map { resolver.endsBeforeReportYear($0) } == true)
                facts.append(Fact(quantity: sentenceQuantities[position], sentence: index, indicator: indicator,
                                  period: period, change: change, isTarget: isTarget))
                previousEnd = quantityRange.upperBound
                previousChange = change
                if indicator != nil { previousIndicator = indicator }
                if indicator != nil, !isRate { previousLevelIndicator = indicator }
            }
            looked += clauseMarks.looked + previousClauseMarks.looked + parenthesisMarks.looked + sentenceQuantities.count
            respective.distribute(&facts, firstFact..<facts.count, sentenceStart: sentence.range.lowerBound, units)
            SpanEnds.split(&facts, firstFact..<facts.count, units)
            RateLinks.link(&facts, firstFact..<facts.count, units)
            inTargetList = opensTargetList(units, sentence.range, carrying: inTargetList)

            // A period set off as a topic by a comma (今年1-10月,) carries over to the
            // following sentences of the paragraph; one that merely opens its sentence
            // (街道今年1-3季度命案发案数为0;) carries only across semicolons.
            if let carriedSoFar = carried, !carriedSoFar.throughParagraph, !endsWithSemicolon(units, sentence.range) {
                carried = nil
            }
            if let topic = lastTopic(in: expressions, units, sentence.range) {
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

    /// What the sub-headings of `document` leave to the text after it,
    /// given what they found `entering` it: the forward pass of
    /// ``facts(of:reportDate:entering:sections:quantities:scan:tableProblems:)``
    /// keeps only the last heading or sub-heading outside a table, so this
    /// reads the sentences back to that one alone. A document read in
    /// windows hands it to its next window, which can then be extracted
    /// before this one is.
    func subheadingState(after document: Document, reportDate: CalendarDate?, sections sectionContexts: SectionContexts,
                         entering: SubheadingState) -> SubheadingState {
        let units = document.text.normalized
        let resolver = Self.resolver(of: document, reportDate: reportDate)
        let tableRows = Self.tableRows(of: document)
        for sentence in document.sentences.reversed() where tableRows[sentence.line] == nil {
            let context = sectionContexts[sentence.section]
            if sentence.isHeading && context.hasHeadingTitle { return .none }
            guard isSubheading(units, sentence.range) else { continue }
            var expressions: [PeriodExpression] = []
            periods.expressions(in: units, range: sentence.range, readsROCYears: document.context.region == .taiwan, into: &expressions)
            return subheading(sentence.range, units, expressions, resolver: resolver, headingYear: context.year)
        }
        return entering
    }

    /// The period and plan of an unnumbered sub-heading at `range`, whose
    /// period expressions are `expressions`.
    private func subheading(_ range: Range<Int>, _ units: [UInt16], _ expressions: [PeriodExpression],
                            resolver: PeriodResolver, headingYear: Int?) -> SubheadingState {
        let period = expressions.first { $0.namesPeriod && ($0.isBareYear || $0.isFiscalYear || $0.fiscalOffset != nil) }
            .flatMap { resolve($0, units, resolver, contextYear: headingYear) }
        return SubheadingState(period: period,
                               plan: targets.isPlanHeading(Array(units[range])) ? PlanSection(year: period?.firstYear) : nil)
    }

    /// The resolver of a document's periods.
    private static func resolver(of document: Document, reportDate: CalendarDate?) -> PeriodResolver {
        PeriodResolver(reportDate: reportDate ?? document.date, subjectYear: document.context.subjectYear,
                       budgetYear: document.context.budgetYear,
                       fiscalYearStartMonth: document.context.region?.fiscalYearStartMonth ?? 1)
    }

    /// What the headings above each section of `document` say of its figures.
    func sectionContexts(of document: Document, reportDate: CalendarDate?) -> SectionContexts {
        sectionContexts(of: document, reportYear: (reportDate ?? document.date)?.year,
                        resolver: Self.resolver(of: document, reportDate: reportDate))
    }

    /// What the headings above each section of `document` say.
    private func sectionContexts(of document: Document, reportYear: Int?, resolver: PeriodResolver) -> SectionContexts {
        SectionContexts(document, reportYear: reportYear, titleYear: document.title.flatMap(YearReader.firstYear(in:)),
                        targets: targets, periods: periods, resolver: resolver)
    }

    /// Table lines by line number: the rows with figures by their row
    /// index, header, caption, unit and later cell lines with none. Their
    /// cells are read as a table, never as prose.
    private static func tableRows(of document: Document) -> [Int: (table: Int, row: Int?)] {
        var tableRows: [Int: (table: Int, row: Int?)] = [:]
        for (number, table) in document.tables.enumerated() {
            for row in table.header { tableRows[row.line] = (number, nil) }
            // One cell per line: a row's later lines are read with its first.
            if table.separator == .cellPerLine {
                for row in table.header + table.rows {
                    for cell in row.cells.dropFirst() { tableRows[document.lines.lineNumber(at: cell.lowerBound)] = (number, nil) }
                }
            }
            // A caption (表1 2023年…) and a 单位 line name the table; they hold no figures of their own.
            for range in [table.caption, table.unit].compactMap({ $0 }) {
                tableRows[document.lines.lineNumber(at: range.lowerBound)] = (number, nil)
            }
            for (index, row) in table.rows.enumerated() { tableRows[row.line] = (number, index) }
        }
        return tableRows
    }

    /// The layout of a table, its header periods resolved in `contextYear`.
    private func tableLayout(_ table: Table, _ units: [UInt16], _ text: (Range<Int>) -> String, resolver: PeriodResolver,
                             contextYear: Int?) -> TableFacts.Layout {
        tableFacts.layout(of: table, units, text) { expression in
            resolve(expression, units, resolver, contextYear: expression.year == nil ? contextYear : nil)
        }
    }

    /// The words of a clause before its period (財政儲備在 in 財政儲備在年度結束時…),
    /// as an indicator, or nil when nothing stands there.
    private func subject(before periodStart: Int, from clauseStart: Int, _ units: [UInt16]) -> String? {
        guard periodStart > clauseStart else { return nil }
        guard let found = indicators.indicator(in: units, before: clauseStart..<periodStart, after: nil, style: .namedBefore,
                                               previous: nil, previousPhrase: nil) else { return nil }
        return cleanup.cleaned(found)
    }

    private func resolve(_ expression: PeriodExpression, _ units: [UInt16], _ resolver: PeriodResolver,
                         contextYear: Int?) -> Period? {
        guard let iso = resolver.iso(expression, contextYear: contextYear) else { return nil }
        return Period(iso: iso, text: String(utf16Units: units, range: expression.range),
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

    /// The last expression of `sentence` that names a period as its topic.
    /// A loop, not `last(where:)`: the closure over `units` and `self`,
    /// called for every expression, retained and released them each time.
    private func lastTopic(in expressions: [PeriodExpression], _ units: [UInt16], _ sentence: Range<Int>) -> PeriodExpression? {
        for expression in expressions.reversed() where expression.namesPeriod && isTopic(expression, units, sentence) {
            return expression
        }
        return nil
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

    /// Where the words naming each quantity's thing may start: after the
    /// quantity, or after the quantities standing right behind it, joined by
    /// nothing or by 、, which share the thing named (31支1700人的平安志愿者队伍,
    /// 104幢、4.86万平方米城镇危房). Worked out from the last quantity back,
    /// so that a run of n joined quantities costs n.
    private static func namingEnds(of quantities: [Quantity], _ units: [UInt16]) -> [Int] {
        var ends = quantities.map(\.range.upperBound)
        for position in quantities.indices.dropLast().reversed() {
            let end = quantities[position].range.upperBound
            let gap = quantities[position + 1].range.lowerBound - end
            if gap == 0 || (gap == 1 && units[end] == CodeUnit.ideographicComma) { ends[position] = ends[position + 1] }
        }
        return ends
    }

    /// The words after a count's measure word up to the end of its phrase
    /// (7家专业市场 → 专业市场), at most ``countedReach`` units, or nil when
    /// punctuation follows at once.
    private func countedSpan(_ units: [UInt16], after end: Int, sentenceEnd: Int) -> Range<Int>? {
        var position = end
        let reach = min(sentenceEnd, end + Self.countedReach)
        while position < reach, !Self.phraseEnds.contains(units[position]),
              units[position] != CodeUnit.ideographicComma, !CodeUnit.isDigit(units[position]) {
            position += 1
        }
        return position > end ? end..<position : nil
    }
}
