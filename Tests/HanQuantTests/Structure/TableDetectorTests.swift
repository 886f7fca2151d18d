import Foundation
import Testing
@testable import HanQuant

/// Tables found among the lines: every layout the tables issue lists,
/// prose that only looks like a row, and generated tables of any shape.
@Suite("Tables among the lines")
struct TableDetectorTests {
    func parse(_ text: String) throws -> Document {
        try DocumentReader().read(Array(text.utf8), name: "sample")
    }

    func cells(_ document: Document, _ row: Table.Row) -> [String] {
        row.cells.map { document.text.originalString(ofNormalized: $0) }
    }

    @Test("A bar table with its caption, unit line, header, sub-rows and note")
    func barTable() throws {
        let document = try parse("临江市统计公报\n\n" + TableSamples.grain + "\n注：增长速度按可比价格计算。")
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.separator == .bar)
        #expect(table.caption.map(document.text.originalString(ofNormalized:)) == "表1 2023年主要农产品产量")
        #expect(table.unit.map(document.text.originalString(ofNormalized:)) == "万吨")
        #expect(table.header.map { cells(document, $0) } == [["产品", "产量", "比上年增长(%)"]])
        #expect(table.rows.map { cells(document, $0) } == [["粮食", "35.2", "1.8"], ["其中：稻谷", "20.1", "2.3"], ["油料", "1.05", "-4.2"]])
        #expect(table.rows.map(\.line) == [6, 7, 8])
        #expect(table.notes.count == 1)
        #expect(table.columns == 3 && table.problem == nil)
        #expect(table.lines == 3...9)
    }

    @Test("Tabs, aligned columns, box-drawing bars and full-width bars and spaces divide cells")
    func separators() throws {
        let layouts: [(String, Table.Separator)] = [
            ("指标\t2023年\t比上年增长%\n规模以上工业增加值\t120.5\t6.1\n其中：制造业\t98.7\t7.0", .tab),
            ("指标        本月      同比增长(%)\n发电量      12.4      3.1\n用电量      10 536    -0.8", .spaces),
            ("│ 项目 │ 金额 │\n│ 税收收入 │ 12.87 │\n│ 非税收入 │ 5.77 │", .bar),
            ("｜項目｜金額｜\n｜稅收收入｜1,287｜\n｜非稅收入｜577｜", .bar),
            ("项目　　　　金额\n税收收入　　12.87\n非税收入　　5.77", .spaces),
        ]
        for (text, separator) in layouts {
            let document = try parse("报告\n\n" + text + "\n")
            #expect(document.tables.count == 1, "\(text)")
            #expect(document.tables.first?.separator == separator, "\(text)")
            #expect(document.tables.first?.rows.count == 2, "\(text)")
            #expect(document.tables.first?.header.count == 1, "\(text)")
        }
    }

    @Test("Border lines between a box-drawn table's rows neither end it nor count as rows")
    func borders() throws {
        let document = try parse("""
            各級政府淨收支比較總表

            單位:新台幣百萬元
            ─────────────┬───────┬───────
            項目         │本次預算數│上年度預算數
            ─────────────┼───────┼───────
            歲入合計     │3,160,840 │2,503,949
            稅課收入     │2,053,747 │1,400,279
            ─────────────┴───────┴───────
            """)
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.header.map { cells(document, $0) } == [["項目", "本次預算數", "上年度預算數"]])
        #expect(table.rows.map { cells(document, $0) } == [["歲入合計", "3,160,840", "2,503,949"], ["稅課收入", "2,053,747", "1,400,279"]])
        #expect(table.unit.map(document.text.originalString(ofNormalized:)) == "新台幣百萬元")
    }

    @Test("A header without a name over the label column, and empty or placeholder cells")
    func unnamedLabelColumn() throws {
        let document = try parse("""
            公告

            | 播种面积(千公顷) | 单位面积产量(公斤/公顷) | 总产量(万吨) |
            | 全年粮食 | 113340.5 | 5482.9 | 62143.5 |
            | 一、分季节 | | | |
            | 夏粮 | 27692.3 | - | 14112.0 |
            | 早稻 | .. | 5894.8 | 3369.1 |
            """)
        let table = try #require(document.tables.first)
        #expect(table.columns == 4)
        #expect(table.problem == nil)
        #expect(table.rows.count == 4)
        #expect(cells(document, table.rows[1]) == ["一、分季节", "", "", ""])
    }

    @Test("Rows that cannot be lined up with the others make a table that is not read, and say why")
    func shiftedColumns() throws {
        let document = try parse("""
            报告

            | 项目 | 金额 | 增长 |
            | 税收收入 | 12.87 | 6.8 |
            | 非税收入 | 5.77 | 1.5 | 3.2 |
            | 基金收入 | 6.12 | -31.6 |
            """)
        let table = try #require(document.tables.first)
        #expect(table.problem == "line 5 has 4 cells where the other rows with figures have 3")
    }

    @Test("Prose with a tab or double spaces, two-row runs and rows without figures are no tables", arguments: [
        "这一段有一个\t制表符，但不是表格。\n这一行  有两个空格  也不是表格。\n第三行\t也是\t文字。",
        "| 项目 | 金额 |\n| 税收收入 | 12.87 |",
        "| 项目 | 说明 |\n| 税收 | 按月缴纳 |\n| 基金 | 按年结算 |\n| 其他 | 另行规定 |",
        "全年完成投资  3.2亿元，增长5%。\n其中工业投资  1.1亿元。\n第三产业投资  2.1亿元。",
    ])
    func notTables(_ text: String) throws {
        #expect(try parse("报告\n\n" + text + "\n").tables.isEmpty)
    }

    @Test("The Corpus documents of the tables issue hold their tables, and no other Corpus document holds one")
    func corpusTables() throws {
        let expected: [String: [(Table.Separator, Int)]] = [
            "nanshan-2023-statistical-bulletin.txt": [(.bar, 5), (.tab, 4), (.spaces, 4), (.bar, 3)],
            "qinghe-2016-09-monthly-release.txt": [(.tab, 4)],
            "donghu-2024-budget-tables.txt": [(.bar, 3), (.bar, 3)],
            "taiwan-2024-budget-by-agency.txt": [(.bar, 3)],
            // The formats issue's report: its table as text, page and Word document lays it out, and as the PDF does.
            "baishi-2024-work-report.txt": [(.bar, 5)],
            "baishi-2024-work-report-page.html": [(.bar, 5)],
            "baishi-2024-work-report-docx.docx": [(.bar, 5)],
            "baishi-2024-work-report-pdf.pdf": [(.spaces, 5)],
        ]
        for path in RepositoryFiles.corpusDocuments {
            let document = try DocumentReader().read(RepositoryFiles.bytes(path), name: path)
            let tables = expected[URL(fileURLWithPath: path).lastPathComponent] ?? []
            #expect(document.tables.map(\.separator) == tables.map(\.0), "\(path)")
            #expect(document.tables.map(\.rows.count) == tables.map(\.1), "\(path)")
            #expect(document.tables.allSatisfy { $0.problem == nil }, "\(path)")
        }
    }

    @Test("One cell per line: the width that lines the figures up, or a table not read when none or several do")
    func cellPerLine() throws {
        let lines = ["指标", "单位", "数值", "增长(%)", "旅客运输总量", "万人", "5998.2", "3.1", "货物运输总量", "万吨", "1.2", "-0.5"]
        let read = try parse("交通\n\n" + lines.map { $0 + " |" }.joined(separator: "\n") + "\n")
        let table = try #require(read.tables.first)
        #expect(table.separator == .cellPerLine && table.columns == 4 && table.problem == nil)
        #expect(table.rows.map { cells(read, $0) } == [Array(lines[4..<8]), Array(lines[8..<12])])
        let shifted = try parse("交通\n\n" + lines.dropFirst().map { $0 + " |" }.joined(separator: "\n") + "\n")
        #expect(shifted.tables.first?.problem == "no row width lines up its 11 cells")
        #expect(try parse("说明\n\n第一条 |\n第二条 |\n第三条 |\n第四条 |\n第五条 |\n第六条 |\n").tables.isEmpty)
    }

    @Test("Generated tables of any size and separator are found whole, cell for cell")
    func generated() throws {
        var generator = SeededGenerator(seed: 21)
        let labels = Array("地区生产总值公共预算收入城镇居民可支配财政储备旅客运输粮食产量住房面积")
        for _ in 0..<200 {
            let columns = Int.random(in: 2...6, using: &generator)
            let rowCount = Int.random(in: 2...12, using: &generator)
            let separator = [("|", Table.Separator.bar), ("\t", .tab), ("   ", .spaces)].randomElement(using: &generator)!
            func label() -> String { String((0..<Int.random(in: 2...6, using: &generator)).map { _ in labels.randomElement(using: &generator)! }) }
            func figure() -> String {
                let whole = Int.random(in: 0...999_999, using: &generator)
                let forms = ["\(whole)", "\(whole).\(Int.random(in: 0...9, using: &generator))", "-\(whole % 100).5", "\(whole % 100)%", "-"]
                return forms.randomElement(using: &generator)!
            }
            var expected: [[String]] = []
            var lines = [(0..<columns).map { _ in label() }]
            for _ in 0..<rowCount {
                var row = [label()] + (1..<columns).map { _ in figure() }
                row[1] = "\(Int.random(in: 1...9999, using: &generator)).\(Int.random(in: 0...9, using: &generator))"
                expected.append(row)
                lines.append(row)
            }
            let text = lines.map { cells in
                separator.1 == .bar ? "| " + cells.joined(separator: " | ") + " |" : cells.joined(separator: separator.0)
            }.joined(separator: "\n")
            let document = try parse("报告\n\n" + text + "\n\n全年情况良好。\n")
            try #require(document.tables.count == 1, "\(text)")
            let table = document.tables[0]
            #expect(table.separator == separator.1)
            #expect(table.columns == columns && table.problem == nil)
            #expect(table.header.map { cells(document, $0) } == [lines[0]])
            #expect(table.rows.map { cells(document, $0) } == expected, "\(text)")
        }
    }

    @Test("What a cell holds", arguments: [
        ("35.2", TableDetector.CellKind.figure), ("-4.2", .figure), ("- 1.05", .figure), ("10 536 205", .figure),
        ("1,287", .figure), ("12.5%", .figure), ("2023", .year), ("-", .empty), ("..", .empty), ("", .empty),
        ("N/A", .empty), ("粮食", .text), ("2023年", .text), ("1 2", .text), ("12,34", .text), ("8-17", .text),
    ])
    func cellKinds(_ cell: String, _ kind: TableDetector.CellKind) {
        let units = Array(cell.utf16)
        #expect(TableDetector.kind(units, units.indices) == kind)
    }
}
