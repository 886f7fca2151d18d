import Testing
@testable import HanQuant

/// Period expressions are stored small (16-bit numbers, flag bits): every
/// property must read back what was written, nil included, and equality
/// must follow the properties.
@Suite("Period expression storage")
struct PeriodExpressionTests {
    /// What a test writes into an expression, kept aside to compare with.
    private struct Written: Equatable {
        var numbers: [Int?]
        var months: ClosedRange<Int>?
        var baselineEnd: Int?
        var flags: [Bool]
    }

    private static func randomNumber(_ random: inout SeededGenerator) -> Int? {
        Bool.random(using: &random) ? nil : Int.random(in: -32_767...32_767, using: &random)
    }

    /// The properties written and read, by key path.
    private static var numbers: [WritableKeyPath<PeriodExpression, Int?>] {
        [\.year, \.yearOffset, \.day, \.endYear, \.endDay, \.fiscalOffset, \.yearSpan]
    }
    private static var flags: [WritableKeyPath<PeriodExpression, Bool>] {
        [\.isYearEnd, \.isFiscalYear, \.isPlanPeriod, \.isDeadline, \.isToDate, \.isOpenEnded, \.isOpenStarted,
         \.isIgnored, \.isComparison]
    }

    private static func write(_ random: inout SeededGenerator) -> (PeriodExpression, Written) {
        var expression = PeriodExpression(range: 3..<9)
        let first = Int.random(in: 1...12, using: &random)
        let written = Written(numbers: numbers.map { _ in randomNumber(&random) },
                              months: Bool.random(using: &random) ? nil : first...Int.random(in: first...12, using: &random),
                              baselineEnd: Bool.random(using: &random) ? nil : Int.random(in: 0...Int.max, using: &random),
                              flags: flags.map { _ in Bool.random(using: &random) })
        for (path, value) in zip(numbers, written.numbers) { expression[keyPath: path] = value }
        for (path, value) in zip(flags, written.flags) { expression[keyPath: path] = value }
        expression.months = written.months
        expression.baselineEnd = written.baselineEnd
        return (expression, written)
    }

    private static func read(_ expression: PeriodExpression) -> Written {
        Written(numbers: numbers.map { expression[keyPath: $0] }, months: expression.months,
                baselineEnd: expression.baselineEnd, flags: flags.map { expression[keyPath: $0] })
    }

    @Test("Every property reads back what was written, and equal expressions are those written alike")
    func roundTrip() {
        var random = SeededGenerator(seed: 1_606)
        var previous: (PeriodExpression, Written)?
        for _ in 0..<2_000 {
            let (expression, written) = Self.write(&random)
            #expect(Self.read(expression) == written)
            if let previous { #expect((previous.0 == expression) == (previous.1 == written)) }
            // The same values written again make an equal expression.
            var copy = PeriodExpression(range: 3..<9)
            copy.year = written.numbers[0]
            #expect((copy == expression) == (Self.read(copy) == written))
            previous = (expression, written)
        }
    }

    @Test("A new expression names nothing: every number nil, every flag off")
    func empty() {
        let expression = PeriodExpression(range: 0..<2)
        #expect(Self.read(expression) == Written(numbers: Array(repeating: nil, count: 7), months: nil, baselineEnd: nil,
                                                 flags: Array(repeating: false, count: 9)))
        #expect(PeriodExpression(range: 0..<2, year: 2016, months: 1...10, day: 31).months == 1...10)
    }

    @Test("An expression stays small: the scanner copies it many times a sentence")
    func size() {
        // The range, the baseline's end, nine 16-bit numbers and the flags'
        // bits: 44 bytes, where `Int?` and `Bool` fields took 161.
        #expect(MemoryLayout<PeriodExpression>.size == 2 * 8 + 8 + 9 * 2 + 2)
    }
}
