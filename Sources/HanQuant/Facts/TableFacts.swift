/// Reads the figures in a table's cells as facts. Each column's header says
/// what its cells are: a unit (`产量(万吨)`, `比上年增长%`), a change
/// (`增长`, `同比`, `比上年±%`), a target (`预算数`, `目标`) and a period
/// (`2016年1-9月`); a unit column (`单位`), the row label (`粮食产量(万吨)`) and
/// the table's `单位：` line give units too. A cell becomes a fact only when
/// its number and unit read as one quantity: a figure with no unit is
/// counted and warned about, never guessed.
///
/// Its indicator is the row's name and what the column measures (see
/// ``indicator(row:column:)``); its change and target come from the header's
/// cue words; its period from the header, the column group it stands in,
/// the caption or the document.
struct TableFacts {
    /// What a table's header and layout say of each column, worked out once per table.
    struct Layout {
        /// The column holding row labels, when the first column does.
        let labelColumn: Int?
        /// A column naming each row's unit (`单位`), if any.
        let unitColumn: Int?
        let columns: [Column]
    }

    /// What the header says of one column.
    struct Column {
        /// The header words, its rows joined by a space, as written.
        let label: String?
        /// What the column measures once unit and period words are cut (`比上年增长`).
        let meaning: String?
        /// The unit its header names, normalized (`万吨`, `%`).
        let unit: [UInt16]?
        let change: Change?
        let isTarget: Bool
        let period: Period?
        /// Whether its header names an earlier period to compare with
        /// (上年度預算數, 去年同期): a change column beside it is not of it.
        let isBase: Bool
    }

    private let periods = PeriodScanner.bundled
    private let changes = ChangeDetector.bundled
    private let targets = TargetDetector.bundled
    private let cleanup = IndicatorCleanup.bundled

    /// The layout of `table`; `resolve` turns a period expression of the text into a period.
    func layout(of table: Table, _ units: [UInt16], _ text: (Range<Int>) -> String,
                resolve: (PeriodExpression) -> Period?) -> Layout {
        let figureRows = table.rows.filter { $0.cells.contains { TableDetector.kind(units, $0) == .figure } }
        let labelled = figureRows.filter { !$0.cells.isEmpty && TableDetector.kind(units, $0.cells[0]) == .text }.count
        let labelColumn: Int? = labelled * 2 > figureRows.count ? 0 : nil
        var expressions: [PeriodExpression] = []
        var captionPeriod: Period?
        if let caption = table.caption {
            periods.expressions(in: units, range: caption, into: &expressions)
            captionPeriod = expressions.first(where: \.namesPeriod).flatMap(resolve)
        }
        var columns: [Column] = []
        var unitColumn: Int?
        for column in 0..<table.columns {
            let cells = Self.headerCells(of: column, in: table)
            if cells.contains(where: { Self.unitHeaders.contains(Array(units[$0])) }) { unitColumn = column }
            columns.append(self.column(cells, units, text, resolve: resolve, captionPeriod: captionPeriod, expressions: &expressions))
        }
        return Layout(labelColumn: labelColumn, unitColumn: unitColumn, columns: columns)
    }

    /// The header cells above `column`, top to bottom. A header one cell
    /// short leaves the label column unnamed.
    private static func headerCells(of column: Int, in table: Table) -> [Range<Int>] {
        table.header.compactMap { row -> Range<Int>? in
            let index = row.cells.count == table.columns - 1 ? column - 1 : column
            return index >= 0 && index < row.cells.count && !row.cells[index].isEmpty ? row.cells[index] : nil
        }
    }

    /// What the header cells `cells` say of their column.
    private func column(_ cells: [Range<Int>], _ units: [UInt16], _ text: (Range<Int>) -> String,
                        resolve: (PeriodExpression) -> Period?, captionPeriod: Period?,
                        expressions: inout [PeriodExpression]) -> Column {
        var period: Period?
        var isBase = false
        for cell in cells where period == nil {
            periods.expressions(in: units, range: cell, into: &expressions)
            guard let written = expressions.first(where: \.namesPeriod) else { continue }
            period = resolve(written)
            isBase = (written.yearOffset ?? 0) < 0 || (written.fiscalOffset ?? 0) < 0
        }
        // Cue words are looked for in the header without the spaces that justify it (本 次 預 算 數).
        let compact = cells.map { Array(units[$0].filter { $0 != CodeUnit.space }) }
        let change = compact.lazy.compactMap { self.changes.change(in: $0, quantityStart: $0.count, limit: 0) }.first
        let isTarget = compact.contains { targets.isTarget(in: $0, quantityStart: $0.count, sentenceStart: 0, plan: nil, periodYear: nil) }
        return Column(label: cells.isEmpty ? nil : cells.map(text).joined(separator: " "),
                      meaning: Self.meaning(units, cells, expressions: &expressions, periods: periods),
                      unit: cells.lazy.compactMap { Self.headerUnit(units, $0) }.first, change: change, isTarget: isTarget,
                      period: period ?? captionPeriod, isBase: isBase)
    }

    /// The facts of one row, appended to `facts`; returns how many figures had no unit.
    /// - Parameters:
    ///   - number: the table's 1-based number; `rowIndex` the row's index in `table.rows`.
    ///   - scan: reads a synthesized text (number and unit) as quantities.
    func facts(of table: Table, number: Int, layout: Layout, rowIndex: Int, sentence: Int, _ units: [UInt16],
               text: (Range<Int>) -> String, fallbackPeriod: Period?, isAfterReport: (Period) -> Bool,
               scan: ([UInt16]) -> [Quantity], into facts: inout [Fact]) -> Int {
        let row = table.rows[rowIndex]
        guard row.cells.count == table.columns else { return 0 }
        let rowLabel = layout.labelColumn.flatMap { row.cells[$0].isEmpty ? nil : text(row.cells[$0]) }
        let rowName = layout.labelColumn.flatMap { Self.rowName(units, row.cells[$0]) }.flatMap { cleanup.cleaned($0) }
        let rowUnit = layout.unitColumn.flatMap { row.cells[$0].isEmpty ? nil : Array(units[row.cells[$0]]) }
            ?? layout.labelColumn.flatMap { Self.parenthesized(units, row.cells[$0]) }
        var withoutUnit = 0
        var lastLevel: Int?
        for column in row.cells.indices where column != layout.labelColumn && column != layout.unitColumn {
            let cell = row.cells[column]
            guard TableDetector.kind(units, cell) == .figure else { continue }
            let meaning = layout.columns[column]
            // The column's own unit first: a growth column's % beside a unit column's 亿元.
            guard let unit = meaning.unit ?? rowUnit ?? table.unit.map({ Array(units[$0]) }),
                  let quantity = quantity(units, cell, unit: unit, scan: scan) else {
                withoutUnit += 1
                continue
            }
            // A growth column of a column group (2016年9月 | 同比增长(%)) is of its level's period.
            let period = meaning.period ?? (meaning.change != nil ? lastLevel.flatMap { facts[$0].period } : nil) ?? fallbackPeriod
            // A change is named after the level it is of (粮食产量 + 比上年增长).
            let levelName = meaning.change != nil ? lastLevel.flatMap { facts[$0].indicator } : nil
            let indicator = Self.indicator(row: levelName ?? rowName, column: meaning)
            var change = meaning.change
            if change == .increase, quantity.value.isNegative { change = .decrease }
            let isTarget = meaning.isTarget || period.map(isAfterReport) == true
            facts.append(Fact(quantity: quantity, sentence: sentence, indicator: indicator, period: period, change: change,
                              isTarget: isTarget, describes: change != nil ? lastLevel : nil,
                              cell: TableCell(table: number, row: rowIndex + 1, column: column + 1,
                                              rowLabel: rowLabel, columnLabel: meaning.label)))
            // A ratio column (完成预算(%)) is no level a change beside it is of.
            if change == nil, !meaning.isBase, quantity.dimension != .percent { lastLevel = facts.count - 1 }
        }
        return withoutUnit
    }

    /// A cell's indicator: the row's name (for a change, the name of the
    /// level it is of) followed by what the column measures (粮食 + 产量,
    /// 粮食产量 + 比上年增长), unless the column's words are
    /// only a generic heading (金额, 决算数) or the row's name already ends
    /// as they do (发电量 under 产量).
    static func indicator(row: String?, column: Column) -> String? {
        guard let meaning = column.meaning else { return row }
        guard let row else { return meaning }
        if column.change == nil, genericHeadings.contains(meaning) || row.last == meaning.last { return row }
        return row + meaning
    }

    /// The cell's figure read with `unit` as one quantity at the cell, or nil.
    private func quantity(_ units: [UInt16], _ cell: Range<Int>, unit: [UInt16], scan: ([UInt16]) -> [Quantity]) -> Quantity? {
        // Spaces between digit groups (10 536 205) and after a sign (- 1.05) go; commas
        // stay. The sign is read apart, so that a currency can stand before the digits.
        var digits = units[cell].filter { $0 != CodeUnit.space }
        if digits.last == Self.percent { digits.removeLast() }
        let isNegative = digits.first.map { Self.minusSigns.contains($0) } ?? false
        if isNegative || digits.first == Self.plus { digits.removeFirst() }
        for written in Self.placements(digits, unit) {
            let found = scan(written)
            guard found.count == 1, found[0].range == written.indices, !found[0].value.isNegative else { continue }
            let reading = found[0]
            let value = isNegative ? reading.value.negated : reading.value
            return Quantity(range: cell, number: (isNegative ? "-" : "") + reading.number, scale: reading.scale, unit: reading.unit,
                            value: value, valueMax: isNegative ? reading.valueMax?.negated : reading.valueMax,
                            baseUnit: reading.baseUnit, dimension: reading.dimension, approx: reading.approx)
        }
        return nil
    }

    /// The ways to write a number with its unit: after it (`35.2万吨`), or
    /// with a currency the unit opens with before it (`新臺幣1,236,480千元`).
    private static func placements(_ digits: [UInt16], _ unit: [UInt16]) -> [[UInt16]] {
        var forms = [digits + unit]
        if let split = unit.firstIndex(where: { scaleOrYuan.contains($0) }), split > 0 {
            forms.append(Array(unit[..<split]) + digits + Array(unit[split...]))
        }
        return forms
    }

    /// The unit a header names: in its last parentheses (`产量(万吨)`), a
    /// closing `%` (`比上年增长%`), or a growth rate's percent when its words
    /// say rate (`同比增长`, `增速`, `增长率`); a change in the level's own unit
    /// (`比年初增加`, `增减`) names none.
    static func headerUnit(_ units: [UInt16], _ cell: Range<Int>) -> [UInt16]? {
        if let inside = parenthesized(units, cell) { return inside }
        if units[cell].last == percent { return [percent] }
        return rateWords.occurs(in: units, range: cell) ? [percent] : nil
    }

    /// The words of the last parentheses closing a cell (`粮食产量(万吨)` → 万吨).
    static func parenthesized(_ units: [UInt16], _ cell: Range<Int>) -> [UInt16]? {
        guard units[cell].last == CodeUnit.closeParenthesis,
              let open = units[cell].lastIndex(of: CodeUnit.openParenthesis), open + 1 < cell.upperBound - 1 else { return nil }
        return Array(units[(open + 1)..<(cell.upperBound - 1)])
    }

    /// What a column measures: its header without parentheses, a closing `%` and period words.
    private static func meaning(_ units: [UInt16], _ cells: [Range<Int>], expressions: inout [PeriodExpression],
                                periods: PeriodScanner) -> String? {
        var kept: [UInt16] = []
        for cell in cells {
            var end = cell.upperBound
            if let open = units[cell].lastIndex(of: CodeUnit.openParenthesis), units[cell].last == CodeUnit.closeParenthesis { end = open }
            if end > cell.lowerBound, units[end - 1] == percent { end -= 1 }
            periods.expressions(in: units, range: cell.lowerBound..<end, into: &expressions)
            var position = cell.lowerBound
            // Period words go; a compared period stays part of the meaning (比上年增长).
            for expression in expressions where expression.namesPeriod && expression.range.lowerBound >= position {
                kept += units[position..<expression.range.lowerBound]
                position = expression.range.upperBound
            }
            if position < end { kept += units[position..<end] }
        }
        let trimmed = kept.filter { $0 != CodeUnit.space }
        return trimmed.isEmpty ? nil : String(utf16Units: trimmed[...])
    }

    /// A row label as a name: without 其中, a # or △ mark, a list number,
    /// parentheses at its end or spaces (`其中：稻谷` → 稻谷, `粮食产量(万吨)` →
    /// 粮食产量, `歲    入` → 歲入).
    static func rowName(_ units: [UInt16], _ cell: Range<Int>) -> String? {
        guard !cell.isEmpty else { return nil }
        var start = cell.lowerBound, end = cell.upperBound
        for prefix in rowPrefixes where units[start..<end].starts(with: prefix) {
            start += prefix.count
            break
        }
        while start < end, rowMarks.contains(units[start]) || units[start] == CodeUnit.space { start += 1 }
        if units[start..<end].last == CodeUnit.closeParenthesis, let open = units[start..<end].lastIndex(of: CodeUnit.openParenthesis),
           open > start {
            end = open
        }
        // Spaces that justify a label (歲    入    合    計) are no part of its name.
        let name = units[start..<end].filter { $0 != CodeUnit.space }
        return name.isEmpty ? nil : String(utf16Units: name[...])
    }

    private static let percent = UInt16(("%" as Unicode.Scalar).value)
    private static let plus = UInt16(("+" as Unicode.Scalar).value)
    private static let minusSigns: CodeUnitSet = "-−"
    private static let rateWords = PhraseSearch(["增长", "增長", "同比", "增速", "增幅", "率", "升幅", "跌幅", "降幅"])
    private static let scaleOrYuan: CodeUnitSet = "十百千万萬亿億兆元圆"
    private static let rowPrefixes: [[UInt16]] = ["其中:", "其中：", "其中", "内:", "內:"].map { Array($0.utf16) }
    private static let rowMarks: CodeUnitSet = "#△▲*"
    /// Column headings that say nothing of what is measured (`Lexicons/generic-column-headings.txt`).
    private static let genericHeadings = Set(LexiconFile.bundled("generic-column-headings.txt").rows.map { $0[0] })
    private static let unitHeaders: Set<[UInt16]> = Set(["单位", "單位", "计量单位", "計量單位"].map { Array($0.utf16) })
}
