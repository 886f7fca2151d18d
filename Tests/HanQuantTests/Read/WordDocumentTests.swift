import Foundation
import Testing
import ZIPFoundation
@testable import HanQuant

/// Word documents read from their `word/document.xml`: paragraphs, line
/// breaks, tables with merged cells; other zip files are still refused.
@Suite("Word documents")
struct WordDocumentTests {
    /// A .docx holding `body` (the XML inside <w:body>) as its main part.
    static func docx(_ body: String, parts: [String: String] = [:]) throws -> [UInt8] {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        let archive = try #require(try Archive(data: Data(), accessMode: .create))
        for (path, text) in ["word/document.xml": xml, "[Content_Types].xml": "<Types/>"].merging(parts, uniquingKeysWith: { $1 }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return Array(try #require(archive.data))
    }

    static func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static func cell(_ text: String, span: Int = 1) -> String {
        let properties = span > 1 ? "<w:tcPr><w:gridSpan w:val=\"\(span)\"/></w:tcPr>" : ""
        return "<w:tc>\(properties)\(paragraph(text))</w:tc>"
    }

    @Test("Paragraphs, a run split in two, a line break, and a table with a cell spanning two columns become facts")
    func document() throws {
        let body = Self.paragraph("南山市2023年国民经济和社会发展统计公报", style: "Title")
            + "<w:p><w:r><w:t>2023年，全市地区生产总值完成512.6</w:t></w:r><w:r><w:t>亿元，比上年增长5.8%。</w:t></w:r>"
            + "<w:r><w:br/><w:t>全年城镇新增就业1.25万人。</w:t></w:r></w:p>"
            + Self.paragraph("表1 2023年主要农产品产量") + Self.paragraph("单位：万吨")
            + "<w:tbl>"
            + "<w:tr>\(Self.cell("产品"))\(Self.cell("2023年", span: 2))</w:tr>"
            + "<w:tr>\(Self.cell(""))\(Self.cell("产量"))\(Self.cell("比上年增长(%)"))</w:tr>"
            + "<w:tr>\(Self.cell("粮食"))\(Self.cell("42.35"))\(Self.cell("1.2"))</w:tr>"
            + "<w:tr>\(Self.cell("油料"))\(Self.cell("3.06"))\(Self.cell("-2.5"))</w:tr>"
            + "</w:tbl>"
        let bytes = try Self.docx(body)
        let extraction = try Extractor().extract(bytes, name: "report")
        #expect(extraction.document.title == "南山市2023年国民经济和社会发展统计公报")
        #expect(extraction.document.text.encoding.description == "Word document (word/document.xml), laid out as text")
        #expect(extraction.facts.map { extraction.document.text.originalString(ofNormalized: $0.quantity.range) } == [
            "512.6亿元", "5.8%", "1.25万人", "42.35", "1.2", "3.06", "-2.5",
        ])
        #expect(extraction.facts.map(\.quantity.value.description) == ["51260000000", "5.8", "12500", "423500000", "1.2", "30600000", "-2.5"])
        #expect(extraction.facts.compactMap(\.cell?.column) == [2, 3, 2, 3])
    }

    @Test("Deleted text and field codes are not read")
    func revisions() throws {
        let body = Self.paragraph("报告")
            + "<w:p><w:r><w:t>全年完成投资</w:t></w:r><w:del><w:r><w:delText>9亿元</w:delText></w:r></w:del><w:r><w:t>3亿元。</w:t></w:r></w:p>"
            + "<w:p><w:r><w:instrText>PAGE 12</w:instrText></w:r><w:r><w:t>新增就业200人。</w:t></w:r></w:p>"
        let extraction = try Extractor().extract(try Self.docx(body), name: "report")
        #expect(extraction.facts.map(\.quantity.value.description) == ["300000000", "200"])
    }

    @Test("A zip file that is no Word document is still refused as binary")
    func otherZip() throws {
        let archive = try #require(try Archive(data: Data(), accessMode: .create))
        let data = Data("hello".utf8)
        try archive.addEntry(with: "notes.txt", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<(Int(position) + size))
        }
        let bytes = Array(try #require(archive.data))
        #expect(throws: ReadError.self) { try DocumentReader().read(bytes, name: "archive") }
    }

    static let styles = """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
        <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/></w:style>
        <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Normal Indent"/></w:style>
        <w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="章标题"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="编号标题"/><w:pPr><w:outlineLvl w:val="0"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        </w:styles>
        """

    static let numbering = """
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        </w:numbering>
        """

    static func item(_ text: String, level: Int, list: Int = 1, style: String? = nil) -> String {
        let styleXML = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        return "<w:p><w:pPr>\(styleXML)<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(list)\"/></w:numPr></w:pPr>"
            + "<w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    @Test("Numbered lists get the labels Word shows (一、（一）1.), counted as Word counts them; bullets get none")
    func numberedLists() throws {
        let body = Self.paragraph("某区2024年政府工作报告", style: "1")
            + Self.item("2023年工作回顾", level: 0, style: "2")
            + Self.item("产业发展", level: 1)
            + Self.item("全年规模以上工业增加值增长6.1%。", level: 2)
            + Self.item("新增市场主体1.2万户。", level: 2)
            + Self.item("城乡建设", level: 1)
            + Self.item("新建改建农村公路86公里。", level: 2)
            + Self.item("2024年主要任务", level: 0, style: "2")
            + Self.item("力争地区生产总值增长5.5%。", level: 0, list: 2)
        let bytes = try Self.docx(body, parts: ["word/styles.xml": Self.styles, "word/numbering.xml": Self.numbering])
        let document = try DocumentReader().read(bytes, name: "report")
        let lines = document.text.originalString.split(separator: "\n").map(String.init)
        #expect(lines == ["某区2024年政府工作报告", "一、2023年工作回顾", "（一）产业发展", "1. 全年规模以上工业增加值增长6.1%。",
                          "2. 新增市场主体1.2万户。", "（二）城乡建设", "1. 新建改建农村公路86公里。", "二、2024年主要任务",
                          "力争地区生产总值增长5.5%。"])
        #expect(document.title == "某区2024年政府工作报告")
        #expect(document.sections.map(\.heading).prefix(3) == ["一、2023年工作回顾", "（一）产业发展", "1.全年规模以上工业增加值增长6.1%"])
        #expect(document.sections.last?.heading == "二、2024年主要任务" && document.sections.last?.level == 1)
    }

    @Test("Heading styles and outline levels make headings even without a number label, nested by their levels")
    func headingStyles() throws {
        let body = Self.paragraph("某县2023年统计公报", style: "1")
            + Self.paragraph("综合", style: "Chapter")
            + Self.paragraph("全年地区生产总值增长5.2%。")
            + Self.paragraph("农业", style: "2")
            + Self.paragraph("粮食产量42.3万吨。")
            + "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>林业</w:t></w:r></w:p>"
            + Self.paragraph("造林面积3.2万亩。", style: "a3")
            + Self.paragraph("工业", style: "Chapter")
            + Self.paragraph("规模以上工业增加值增长7.1%。")
        let bytes = try Self.docx(body, parts: ["word/styles.xml": Self.styles])
        let extraction = try Extractor().extract(bytes, name: "bulletin")
        let document = extraction.document
        #expect(document.sections.map { "\($0.level) \($0.heading)" } == ["1 综合", "2 农业", "2 林业", "1 工业"])
        let sections = extraction.facts.map { document.sectionPath(document.sentences[$0.sentence].section).map(\.heading).joined(separator: " > ") }
        #expect(sections == ["综合", "综合 > 农业", "综合 > 林业", "工业"])
    }
}
