import Foundation
import Testing
@testable import HanQuant

/// Figures in table cells become facts: unit from the header, a unit
/// column or the 单位 line, change and target from the header, period from
/// the header, its column group, the caption or the document.
@Suite("Facts from table cells")
struct TableFactsTests {
    /// The facts of `text`, each as `text value base_unit change indicator period target of table row column`.
    static func facts(_ text: String) throws -> [String] {
        let extraction = try Extractor().extract(Array(text.utf8), name: "table")
        return extraction.facts.map { fact in
            let of = fact.describes.map { extraction.document.text.originalString(ofNormalized: extraction.facts[$0].quantity.range) }
            let cell = fact.cell.map { "\($0.table) \($0.row) \($0.column)" } ?? "-"
            return [extraction.document.text.originalString(ofNormalized: fact.quantity.range), fact.quantity.value.description,
                    fact.quantity.baseUnit, fact.change?.rawValue ?? "-", fact.indicator ?? "-", fact.period?.iso ?? "-",
                    String(fact.isTarget), of ?? "-", cell].joined(separator: " ")
        }
    }

    @Test("A bulletin's table: unit line, caption year, growth columns with their sign, sub-rows")
    func bulletinTable() throws {
        #expect(try Self.facts("临江市2023年国民经济和社会发展统计公报\n\n" + TableSamples.grain + "\n") == [
            "35.2 352000000 kg - 粮食产量 2023 false - 1 1 2",
            "1.8 1.8 % increase 粮食产量比上年增长 2023 false 35.2 1 1 3",
            "20.1 201000000 kg - 稻谷产量 2023 false - 1 2 2",
            "2.3 2.3 % increase 稻谷产量比上年增长 2023 false 20.1 1 2 3",
            "1.05 10500000 kg - 油料产量 2023 false - 1 3 2",
            "-4.2 -4.2 % decrease 油料产量比上年增长 2023 false 1.05 1 3 3",
        ])
    }

    @Test("A monthly release: a unit column, column groups with a period each, spaced thousands")
    func monthlyRelease() throws {
        #expect(try Self.facts("""
            青禾县2016年9月主要经济指标

            指标\t单位\t2016年9月\t同比增长(%)\t2016年1-9月\t同比增长(%)
            规模以上工业增加值\t亿元\t12.6\t6.5\t98.3\t6.1
            用电量\t万千瓦时\t3 520\t-1.8\t30 145\t2.2
            """) == [
            "12.6 1260000000 CNY - 规模以上工业增加值 2016-09 false - 1 1 3",
            "6.5 6.5 % increase 规模以上工业增加值同比增长 2016-09 false 12.6 1 1 4",
            "98.3 9830000000 CNY - 规模以上工业增加值 2016-01/2016-09 false - 1 1 5",
            "6.1 6.1 % increase 规模以上工业增加值同比增长 2016-01/2016-09 false 98.3 1 1 6",
            "3 520 35200000 kWh - 用电量 2016-09 false - 1 2 3",
            "-1.8 -1.8 % decrease 用电量同比增长 2016-09 false 3 520 1 2 4",
            "30 145 301450000 kWh - 用电量 2016-01/2016-09 false - 1 2 5",
            "2.2 2.2 % increase 用电量同比增长 2016-01/2016-09 false 30 145 1 2 6",
        ])
    }

    @Test("A Traditional budget table: 單位:新台幣千元, budget columns as targets, a ± column by its sign")
    func budgetTable() throws {
        #expect(try Self.facts("""
            中華民國113年度總預算案歲出機關別表

            單位:新台幣千元
            | 機關 | 預算數 | 上年度預算數 | 比較增減 |
            | 行政院主計總處 | 1,236,480 | 1,198,200 | 38,280 |
            | 財政部 | 2,504,310 | 2,611,005 | -106,695 |
            """) == [
            "1,236,480 1236480000 TWD - 行政院主計總處 2024 true - 1 1 2",
            "1,198,200 1198200000 TWD - 行政院主計總處 2023 true - 1 1 3",
            "38,280 38280000 TWD increase 行政院主計總處比較增減 2024 false 1,236,480 1 1 4",
            "2,504,310 2504310000 TWD - 財政部 2024 true - 1 2 2",
            "2,611,005 2611005000 TWD - 財政部 2023 true - 1 2 3",
            "-106,695 -106695000 TWD decrease 財政部比較增減 2024 false 2,504,310 1 2 4",
        ])
    }

    @Test("A table scraped one cell per line, its width found from its figures, its units from a 单位 column")
    func cellPerLine() throws {
        #expect(try Self.facts("""
            交通运输

            指标 |
            单位 |
            数值 |
            比上年增长(%) |
            旅客运输总量 |
            万人 |
            5998.2 |
            3.1 |
            货物运输总量 |
            万吨 |
            1,236.5 |
            -0.5 |
            """) == [
            "5998.2 59982000 count - 旅客运输总量 - false - 1 1 3",
            "3.1 3.1 % increase 旅客运输总量比上年增长 - false 5998.2 1 1 4",
            "1,236.5 12365000000 kg - 货物运输总量 - false - 1 2 3",
            "-0.5 -0.5 % decrease 货物运输总量比上年增长 - false 1,236.5 1 2 4",
        ])
    }

    @Test("Units in the row labels, and a header with a year over each column")
    func rowLabelUnits() throws {
        #expect(try Self.facts("""
            统计公报

            | 指标 | 2023年 | 2022年 |
            | 粮食产量(万吨) | 35.2 | 34.8 |
            | 农作物播种面积(万亩) | 60.5 | 61.0 |
            | 生猪出栏(万头) | 12.4 | 11.9 |
            """) == [
            "35.2 352000000 kg - 粮食产量 2023 false - 1 1 2",
            "34.8 348000000 kg - 粮食产量 2022 false - 1 1 3",
            "60.5 403333333.333333 m2 - 农作物播种面积 2023 false - 1 2 2",
            "61.0 406666666.666667 m2 - 农作物播种面积 2022 false - 1 2 3",
            "12.4 124000 count - 生猪出栏 2023 false - 1 3 2",
            "11.9 119000 count - 生猪出栏 2022 false - 1 3 3",
        ])
    }

    @Test("A box-drawn table with borders, justified labels and headers, and its unit closing the line above")
    func justifiedBoxTable() throws {
        #expect(try Self.facts("""
            中央政府總預算

                        各級政府收支比較表
                  歲入歲出概況  單位:新台幣百萬元
            ───────────┬──────────┬──────────┬─────────
              項      目    │本 次 預 算 數│ 上年度預算數 │ 比      較
            ───────────┼──────────┼──────────┼─────────
            一、歲    入    合    計 │   2,870,500 │   2,650,120 │   220,380
              1.稅課收入          │   2,100,400 │   2,180,900 │   -80,500
            """) == [
            "2,870,500 2870500000000 TWD - 歲入合計 - true - 1 1 2",
            "2,650,120 2650120000000 TWD - 歲入合計 - true - 1 1 3",
            "220,380 220380000000 TWD increase 歲入合計比較 - false 2,870,500 1 1 4",
            "2,100,400 2100400000000 TWD - 稅課收入 - true - 1 2 2",
            "2,180,900 2180900000000 TWD - 稅課收入 - true - 1 2 3",
            "-80,500 -80500000000 TWD decrease 稅課收入比較 - false 2,100,400 1 2 4",
        ])
    }

    @Test("Figures with no unit anywhere, and tables whose columns do not line up, give a warning and no facts")
    func unreadable() throws {
        let extraction = try Extractor().extract(Array("""
            报告

            | 指标 | 2023年 | 2022年 |
            | 户数 | 120 | 118 |
            | 人口 | 560 | 552 |

            | 项目 | 金额(亿元) | 增长(%) |
            | 税收 | 12.87 | 6.8 |
            | 基金 | 6.12 | -31.6 | 2 |
            | 其他 | 1.5 | 3.0 |
            """.utf8), name: "table")
        #expect(extraction.facts.isEmpty)
        #expect(extraction.warnings.map(\.description) == [
            "the table at lines 3-5 was not read whole: 4 figures have no unit in their column, row or 单位 line and were skipped",
            "the table at lines 7-10 was not read whole: line 9 has 4 cells where the other rows with figures have 3, "
                + "so none of its figures were read",
        ])
    }

    @Test("Every figure of a generated table is a fact with its exact value in base units")
    func generated() throws {
        var generator = SeededGenerator(seed: 31)
        let names = Array("粮食油料蔬菜水果肉类禽蛋水产棉花糖料茶叶")
        for _ in 0..<50 {
            let rows = Int.random(in: 2...10, using: &generator)
            var lines = ["单位：万吨", "| 产品 | 产量 | 比上年增长(%) |"]
            var expected: [(String, String, String)] = []
            for _ in 0..<rows {
                let name = String((0..<Int.random(in: 2...4, using: &generator)).map { _ in names.randomElement(using: &generator)! })
                let level = "\(Int.random(in: 1...99_999, using: &generator)).\(Int.random(in: 0...99, using: &generator))"
                let growth = (Bool.random(using: &generator) ? "-" : "") + "\(Int.random(in: 0...30, using: &generator)).\(Int.random(in: 1...9, using: &generator))"
                lines.append("| \(name) | \(level) | \(growth) |")
                let tons = Decimal(string: level)! * 10_000_000
                expected.append((level, NSDecimalNumber(decimal: tons).stringValue, "kg"))
                expected.append((growth, NSDecimalNumber(decimal: Decimal(string: growth)!).stringValue, "%"))
            }
            let extraction = try Extractor().extract(Array(("统计公报\n\n" + lines.joined(separator: "\n") + "\n").utf8), name: "t")
            let got = extraction.facts.map {
                (extraction.document.text.originalString(ofNormalized: $0.quantity.range), $0.quantity.value.description, $0.quantity.baseUnit)
            }
            #expect(got.map(\.0) == expected.map(\.0))
            #expect(got.map(\.1) == expected.map(\.1))
            #expect(got.map(\.2) == expected.map(\.2))
        }
    }
}
