import Foundation
import Testing
@testable import HanQuant

/// Formats told apart by content, not by file name; `--input-format`
/// overrides; an old binary Word or WPS file is refused with the command
/// that converts it.
@Suite("Input formats")
struct InputFormatTests {
    @Test("Each format is told from its first bytes", arguments: [
        (Array("%PDF-1.7\n".utf8), InputFormat.pdf),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], .docx),
        (Array("\u{FEFF}  <!DOCTYPE html><html>".utf8), .html),
        (Array("<html lang=\"zh-CN\"><head>".utf8), .html),
        (Array("<p>不是网页</p>".utf8), .txt),
        (Array("2023年全市地区生产总值增长5.2%。".utf8), .txt),
        ([], .txt),
    ])
    func detection(_ bytes: [UInt8], _ format: InputFormat) throws {
        #expect(try bytes.withUnsafeBytes { try InputFormat.detect($0) } == format)
    }

    @Test("An old Word or WPS file (an OLE compound document) gets one line naming the conversion command")
    func legacyWordProcessor() {
        let bytes = InputFormat.compoundDocumentMagic + [UInt8](repeating: 0, count: 504)
        #expect(throws: ReadError.legacyWordProcessorFile) { try DocumentReader().read(bytes, name: "old") }
        #expect(ReadError.legacyWordProcessorFile.description.contains("libreoffice --headless --convert-to docx"))
    }

    @Test("A given format overrides the content: a page read as text keeps its tags, text read as a page loses them")
    func override() throws {
        let page = Array("<html><body><p>全年粮食产量42.35万吨。</p></body></html>".utf8)
        let asText = try DocumentReader(inputFormat: .txt).read(page, name: "page")
        #expect(asText.format == .txt && asText.text.originalString.contains("<p>"))
        let fragment = Array("<p>全年粮食产量42.35万吨。</p>".utf8)
        let asPage = try DocumentReader(inputFormat: .html).read(fragment, name: "fragment")
        #expect(asPage.format == .html && asPage.text.originalString == "全年粮食产量42.35万吨。\n")
        #expect(throws: ReadError.notWordDocument) { try DocumentReader(inputFormat: .docx).read(page, name: "page") }
    }
}
