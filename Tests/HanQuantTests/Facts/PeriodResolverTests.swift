import Foundation
import Testing
@testable import HanQuant

/// Whether a period lies after the report date, compared byte by byte,
/// as the same ISO texts compare as strings: on generated periods of every
/// form the resolver writes (years, months, quarters, days, spans, ends
/// open on either side) against report dates around them.
@Suite("Periods after the report")
struct PeriodResolverTests {
    /// The answer worked out on strings, as the resolver once did.
    static func reference(_ iso: String, reportDay: String) -> Bool {
        let parts = iso.split(separator: "/", omittingEmptySubsequences: false)
        guard let first = parts.first else { return false }
        let point = first == ".." ? (parts.count > 1 ? parts[1] : "") : first
        guard point.count >= 4, point != ".." else { return false }
        let firstDay = point + String("-01-01".suffix(max(0, 10 - point.count)))
        return first == ".." ? point > Substring(reportDay) : firstDay > reportDay
    }

    static func point(_ random: inout SeededGenerator) -> String {
        let year = String(Int.random(in: 2019...2027, using: &random))
        let month = String(format: "%02d", Int.random(in: 1...12, using: &random))
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return year
        case 1: return year + "-" + month
        case 2: return year + "-" + month + "-" + String(format: "%02d", Int.random(in: 1...28, using: &random))
        case 3: return year + "-Q" + String(Int.random(in: 1...4, using: &random))
        case 4: return year + "-H" + String(Int.random(in: 1...2, using: &random))
        default: return ".."
        }
    }

    /// A report date on any day of a year in `years`.
    static func reportDate(in years: ClosedRange<Int>, _ random: inout SeededGenerator) throws -> CalendarDate {
        try #require(CalendarDate(year: Int.random(in: years, using: &random), month: Int.random(in: 1...12, using: &random),
                                  day: Int.random(in: 1...28, using: &random)))
    }

    @Test("generated periods against generated report dates", arguments: 0..<4)
    func sameAsStrings(seed: UInt64) throws {
        var random = SeededGenerator(seed: 0xA57E &+ seed)
        var after = 0
        for _ in 0..<500 {
            let date = try Self.reportDate(in: 2020...2026, &random)
            let resolver = PeriodResolver(reportDate: date)
            let iso = Int.random(in: 0..<3, using: &random) == 0 ? Self.point(&random)
                : Self.point(&random) + "/" + Self.point(&random)
            let answer = resolver.liesAfterReport(Period(iso: iso, text: "", firstYear: nil))
            #expect(answer == Self.reference(iso, reportDay: date.description), "\(iso) against \(date)")
            if answer { after += 1 }
        }
        #expect(after > 50 && after < 450, "\(after) of 500 after the report")
        #expect(PeriodResolver(reportDate: nil).liesAfterReport(Period(iso: "2030", text: "", firstYear: 2030)) == false)
    }

    /// A value from `pool`, or nil one time in three.
    static func maybe<Value>(_ pool: [Value], _ random: inout SeededGenerator) -> Value? {
        Int.random(in: 0..<3, using: &random) == 0 ? nil : pool.randomElement(using: &random)
    }

    /// One thing an expression may say: a field's value or a flag.
    static let settings: [@Sendable (inout PeriodExpression) -> Void] = [
        { $0.year = 2024 }, { $0.year = 2019 }, { $0.yearOffset = -1 }, { $0.yearOffset = 0 },
        { $0.months = 11...11 }, { $0.months = 1...10 }, { $0.months = 4...6 }, { $0.day = 9 }, { $0.day = 0 },
        { $0.endYear = 2025 }, { $0.endDay = 6 }, { $0.fiscalOffset = 0 }, { $0.fiscalOffset = 1 }, { $0.yearSpan = -5 },
        { $0.isToDate = true }, { $0.isOpenEnded = true }, { $0.isOpenStarted = true }, { $0.isFiscalYear = true },
        { $0.isDeadline = true }, { $0.isYearEnd = true }, { $0.isPlanPeriod = true },
    ]

    /// An expression saying one to three things: few enough that generated
    /// expressions meet again, and differ from one another in one thing.
    static func expression(_ random: inout SeededGenerator) -> PeriodExpression {
        var expression = PeriodExpression(range: 0..<1)
        for _ in 0..<Int.random(in: 1...3, using: &random) { settings.randomElement(using: &random)!(&expression) }
        return expression
    }

    @Test("a resolver's remembered ISO forms are those a fresh resolver works out (generated expressions)", arguments: 0..<4)
    func rememberedForms(seed: UInt64) throws {
        var random = SeededGenerator(seed: 0x150 &+ seed)
        var remembered = 0
        for _ in 0..<12 {
            let date = try Self.reportDate(in: 2023...2025, &random)
            let subjectYear = Self.maybe([2023, 2024], &random), budgetYear = Self.maybe([2025], &random)
            let startMonth = Bool.random(using: &random) ? 4 : 1
            func resolver() -> PeriodResolver {
                PeriodResolver(reportDate: date, subjectYear: subjectYear, budgetYear: budgetYear, fiscalYearStartMonth: startMonth)
            }
            let shared = resolver()
            var seen = Set<String>()
            for _ in 0..<600 {
                let expression = Self.expression(&random)
                let contextYear = Self.maybe([2023, 2024], &random)
                let form = shared.iso(expression, contextYear: contextYear)
                #expect(form == resolver().iso(expression, contextYear: contextYear),
                        "\(expression) in \(contextYear.map(String.init) ?? "no year") against \(date)")
                if !seen.insert("\(expression)|\(contextYear ?? 0)").inserted { remembered += 1 }
            }
        }
        #expect(remembered > 100, "expressions met again: \(remembered)")
    }
}
