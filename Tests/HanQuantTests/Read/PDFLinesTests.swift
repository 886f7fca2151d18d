import Testing
@testable import HanQuant

/// The repairs made to pdftotext's lines: the gap a word processor sets
/// between Chinese and Latin text taken out, and a table cell's wrapped
/// words put back in their cell.
@Suite("PDF lines")
struct PDFLinesTests {
    static let hanzi = Array("地区生产总值达到亿元同比增长百分点城镇居民人均可支配收入")
    static let latin = Array("0123456789GDPkm")

    @Test("A single space between Chinese and Latin text goes, either way round; others stay (generated lines)")
    func autospace() {
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<300 {
            // Runs of Chinese and Latin text, a single space between some runs and two between others.
            var written = "", expected = ""
            var wide = Bool.random(using: &generator)
            for run in 0..<Int.random(in: 2...6, using: &generator) {
                let pool = wide ? Self.hanzi : Self.latin
                let text = String((0..<Int.random(in: 1...4, using: &generator)).map { _ in pool.randomElement(using: &generator)! })
                if run > 0 {
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: written += " "
                    case 1: written += "  "; expected += "  "
                    default: break
                    }
                }
                written += text
                expected += text
                wide.toggle()
            }
            #expect(PDFLines.withoutAutospace(written) == expected, "\(written)")
        }
        #expect(PDFLines.withoutAutospace("Wuhan East Lake 新区") == "Wuhan East Lake新区")
        #expect(PDFLines.withoutAutospace("增长 5.9% ，比上年") == "增长5.9% ，比上年", "a space beside a sign stays")
        #expect(PDFLines.withoutAutospace("增长 5.9%") == "增长5.9%")
    }

    @Test("A cell's words wrapped onto a line of their own go back into the cell, its columns kept in place")
    func wrappedCells() {
        let lines = [
            "指标             单位       2023年完成",
            "社会消费品零售    亿元       538.2",
            "总额",
            "一般公共预算收    亿元       96.3",
            "入",
        ]
        #expect(PDFLines.joiningWrappedCells(lines) == [
            "指标             单位       2023年完成",
            "社会消费品零售总额  亿元       538.2",
            "一般公共预算收入   亿元       96.3",
        ])
    }

    @Test("A row of its own is no wrap: a section row, a figure, a heading or prose after a table",
          arguments: ["其中：税收收入", "合计           123.4", "（一）一般公共预算", "注：本表数据为快报数，部分数据因四舍五入存在差异"])
    func notWraps(_ line: String) {
        let lines = ["地区生产总值     亿元       1286.4", line]
        #expect(PDFLines.joiningWrappedCells(lines) == lines)
    }
}
