import Foundation
import Testing
@testable import HanQuant

/// PDF files read through pdftotext -layout: a paragraph wrapped over
/// lines read as one, a table's columns kept apart, page numbers and
/// running headers dropped, and a PDF without text refused with one line.
@Suite("PDF files")
struct PDFTextTests {
    typealias Item = PDFWriter.Item

    /// pdftotext is installed; under `.ci/run` (HANQUANT_REQUIRE_TOOLS=1) always true, so that a missing one fails.
    static var hasPoppler: Bool {
        ProcessInfo.processInfo.environment["HANQUANT_REQUIRE_TOOLS"] == "1"
            || (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }
    }

    /// A page: running header, the lines given from the top, page number at the foot.
    static func page(_ number: Int, _ lines: [(String, Double)]) -> [Item] {
        [Item(text: "南山市统计局", x: 250, y: 800)]
            + lines.enumerated().map { Item(text: $0.element.0, x: $0.element.1, y: 760 - Double($0.offset) * 14) }
            + [Item(text: "- \(number) -", x: 290, y: 40)]
    }

    @Test("A two-page report: wrapped paragraphs joined, a table read by its columns, headers and page numbers dropped",
          .enabled(if: hasPoppler))
    func report() throws {
        let first = Self.page(1, [
            ("南山市2023年国民经济和社会发展统计公报", 120),
            ("", 0),
            ("2023年，全市地区生产总值完成512.6亿元，比上年增", 80),
            ("长5.8%。全年城镇新增就业1.25万人。", 60),
        ])
        var rows: [Item] = [Item(text: "表1 2023年主要农产品产量", x: 60, y: 760), Item(text: "单位：万吨", x: 60, y: 746)]
        for (index, row) in [["产品", "产量", "比上年增长(%)"], ["粮食", "42.35", "1.2"], ["油料", "3.06", "-2.5"]].enumerated() {
            for (column, cell) in row.enumerated() { rows.append(Item(text: cell, x: 60 + Double(column) * 150, y: 720 - Double(index) * 14)) }
        }
        let second = [Item(text: "南山市统计局", x: 250, y: 800)] + rows + [Item(text: "- 2 -", x: 290, y: 40)]
        let bytes = Array(PDFWriter.pdf([first, second]))
        let extraction = try Extractor().extract(bytes, name: "bulletin")
        #expect(extraction.document.title == "南山市2023年国民经济和社会发展统计公报")
        let text = String(decoding: extraction.document.text.original, as: UTF16.self)
        #expect(!text.contains("南山市统计局") && !text.contains("- 2 -"))
        #expect(extraction.document.tables.count == 1)
        #expect(extraction.facts.map { extraction.document.text.originalString(ofNormalized: $0.quantity.range) } == [
            "512.6亿元", "5.8%", "1.25万人", "42.35", "1.2", "3.06", "-2.5",
        ])
        #expect(extraction.facts[1].change == .increase, "比上年增 / 长5.8% read as one sentence")
        let pages = extraction.facts.map { extraction.document.text.page(ofLine: extraction.document.lines.lineNumber(at: $0.quantity.range.lowerBound, after: 1)) }
        #expect(pages == [1, 1, 1, 2, 2, 2, 2])
        var writer = FactWriter(format: .jsonl)
        let records = String(decoding: writer.write(extraction), as: UTF8.self).split(separator: "\n")
        #expect(records.first?.hasSuffix(#","format":"pdf","page":1}"#) == true)
        #expect(records.last?.hasSuffix(#","format":"pdf","page":2}"#) == true)
    }

    @Test("A PDF without a text layer is refused with one line saying so", .enabled(if: hasPoppler))
    func scanned() {
        let bytes = Array(PDFWriter.pdf([[]]))
        #expect(throws: ReadError.pdfWithoutText) { try DocumentReader().read(bytes, name: "scan") }
    }

    @Test("Page numbers in their usual forms", arguments: [("12", true), ("- 3 -", true), ("第3页", true), ("3/40", true),
                                                          ("2023", true), ("12.5", false), ("第三章", false), ("3亿元", false)])
    func pageNumbers(_ line: String, _ isNumber: Bool) {
        #expect(PDFText.isPageNumber(line) == isNumber)
    }
}
