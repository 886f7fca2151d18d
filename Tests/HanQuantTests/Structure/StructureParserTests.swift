import Foundation
import Testing
@testable import HanQuant

@Suite("Segmenting documents into headings, paragraphs and sentences")
struct StructureParserTests {
    func parse(_ text: String) throws -> Document {
        try DocumentReader().read(Array(text.utf8), name: "sample")
    }

    @Test("Heading levels follow the order styles appear in, and a known style closes deeper levels")
    func headingNesting() throws {
        let document = try parse("""
            年度报告

            第一章 总体情况
            一、经济运行
            (一)投资
            1.固定资产投资10亿元。
            (1)其中工业投资3亿元。
            2.消费
            (二)外贸
            二、社会事业
            第二章 下一步计划
            """)
        #expect(document.sections.map { "\($0.level) \($0.label)" } == [
            "1 第一章", "2 一、", "3 (一)", "4 1.", "5 (1)", "4 2.", "3 (二)", "2 二、", "1 第二章",
        ])
        let parents = document.sections.map { $0.parent.map { document.sections[$0].label } ?? "-" }
        #expect(parents == ["-", "第一章", "一、", "(一)", "1.", "(一)", "一、", "第一章", "-"])
        #expect(document.sections[0].title == "总体情况")
    }

    @Test("The Traditional Big5 report: full-width labels, date line and sections")
    func big5Report() throws {
        let document = try DocumentReader().read(RepositoryFiles.bytes(RepositoryFiles.big5Report), name: "big5")
        #expect(document.title == "文山區公所2016年度區政工作報告")
        #expect(document.date == CalendarDate(year: 2016, month: 12, day: 20))
        #expect(document.sections.map { "\($0.level) \($0.label) \($0.title)" } == [
            "1 一、 本年度施政成果", "2 （一） 社會福利與就業服務", "2 （二） 環境維護與公共建設", "1 二、 明年度工作重點",
        ])
        let line15 = document.sentences.filter { $0.line == 15 }.map(document.string(of:))
        #expect(line15.count == 4)
        #expect(line15[0].hasSuffix("預計服務2萬人次以上；"))
        #expect(line15[2] == "區政建設如何更貼近民眾需求？")
    }

    @Test("Without a date line, a writing date from the metadata block is the report date")
    func metadataDate() throws {
        let document = try parse("成文日期 2017-03-02 发布机构 某区统计局\n某区2016年统计公报\n全年生产总值100亿元。\n")
        #expect(document.date == CalendarDate(year: 2017, month: 3, day: 2))
        #expect(document.dateLine == nil)
        #expect(document.title == "某区2016年统计公报")
    }

    @Test("A long line that starts with a metadata key is body text, not metadata")
    func longMetadataLikeLine() throws {
        let line = "索引号 001 " + String(repeating: "街道共完成固定资产投资10.69亿元。", count: 20)
        let document = try parse(line + "\n")
        #expect(document.metadata.isEmpty)
        #expect(document.sentences.count == 20)
    }

    @Test("A document that opens with body text has no title")
    func noTitle() throws {
        let document = try parse("全年生产总值100亿元，同比增长7.5%。\n")
        #expect(document.title == nil)
        #expect(document.sentences.count == 1)
    }

    @Test("Lines end at LF, CR LF and CR alike")
    func lineEnds() throws {
        let document = try parse("标题\r\n\r\n第一段。\r第二段。\n第三段。")
        #expect(document.sentences.map(\.line) == [1, 3, 4, 5])
    }

    @Test("A title line and a one-line document are read for quantities", arguments: [
        "2023年全市GDP增长5.2%", "2023年全市GDP增长5.2%\n全年经济运行稳中向好。", "百分之十五的居民参加了医保",
    ])
    func titleQuantities(text: String) throws {
        let extraction = try Extractor().extract(Array(text.utf8), name: "title")
        #expect(extraction.facts.count == 1)
        #expect(extraction.facts.first?.quantity.value.description == (text.hasPrefix("百") ? "15" : "5.2"))
    }
}
