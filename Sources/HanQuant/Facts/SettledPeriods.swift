/// What the period expressions of a sentence that lie wholly before a
/// figure's clause tell every later figure, gathered once: the last one a
/// figure may take its period from, the year it names, and how far the
/// baseline phrases among them reach. The figures of a sentence come in
/// text order and their clauses never start earlier, so each expression is
/// gathered once and a sentence with many periods and many figures costs
/// their number, not its product.
struct SettledPeriods {
    /// The expressions gathered, a prefix of the sentence's.
    private(set) var count = 0
    /// The last expression a figure may take its period from, if any.
    private(set) var chosen: Int?
    /// The year of the last of them naming one, when `yearSet`.
    private(set) var year: Int?
    /// Whether one of them named a year.
    private(set) var yearSet = false
    /// The end of the last baseline phrase among them (在2023年…的基础上), before which no indicator starts.
    private(set) var floor = Int.min

    /// Gathers the expressions that end by `limit` (the figure's clause
    /// start), stopping at a baseline phrase the figure at `figureStart`
    /// still stands inside, which its figures read each time.
    mutating func advance(over expressions: [PeriodExpression], before limit: Int, figureStart: Int) {
        while count < expressions.count, expressions[count].range.upperBound <= limit {
            let expression = expressions[count]
            if let baselineEnd = expression.baselineEnd {
                guard figureStart >= baselineEnd else { return }
                floor = max(floor, baselineEnd)
            } else if !expression.isComparison, !expression.isIgnored {
                chosen = count
                if let named = expression.year {
                    year = named
                    yearSet = true
                }
            }
            count += 1
        }
    }
}
