import Foundation
import Testing
import HanQuant

/// The getting-started article of the DocC catalog
/// (Sources/HanQuant/HanQuant.docc/GettingStarted.md) prints what it says,
/// through the public API only.
@Suite("Getting started")
struct GettingStartedTests {
    @Test("the article's first three facts of the seed, and its exact total")
    func article() throws {
        let extractor = Extractor()
        let extraction = try extractor.extract(contentsOf: RepositoryFiles.url("Corpus/guanghua-2016-work-report.txt"))
        let lines = extraction.facts.prefix(3).map { fact in
            "\(fact.indicator ?? "-") \(fact.quantity.value) \(fact.quantity.baseUnit) \(fact.period?.iso ?? "-")"
        }
        #expect(lines == [
            "专业市场 7 count 2016",
            "固定资产投资 1069000000 CNY 2016-01/2016-10",
            "固定资产投资完成全年总目标任务 77.46 % 2016-01/2016-10",
        ])
        let money = extraction.facts.filter { $0.quantity.baseUnit == "CNY" && !$0.isTarget }
        let total = money.reduce(Decimal.zero) { $0 + $1.quantity.value.decimal }
        // The sum the README's SQLite example gives for the seed, from the hand-checked fixture.
        #expect(total == Decimal(string: "30539036300"))
        let jsonl = FactWriter.document(extraction, format: .jsonl).bytes
        #expect(try FactRecord.records(jsonLines: String(decoding: jsonl, as: UTF8.self)).count == extraction.facts.count)
    }
}
