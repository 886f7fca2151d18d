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
}
