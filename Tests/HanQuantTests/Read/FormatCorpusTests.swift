import Foundation
import Testing
@testable import HanQuant

/// The Corpus's one report in four formats: written by hand as plain text,
/// and built by `scripts/formats/build` as a city site's GBK web page, a
/// Word document and a PDF printed from it. All four must give the same
/// facts, field for field, apart from where they stand in the text
/// (`line`, `start`, `end`), `page`, `format` and the document's name. A
/// table cell's `sentence` is its row as laid out (`| a | b |` in text, a
/// page or a Word document; columns of spaces in a PDF), so the row's
/// cells are compared instead.
@Suite("One report in every format")
struct FormatCorpusTests {
    static let plainText = "Corpus/baishi-2024-work-report.txt"
    static let formats = ["Corpus/formats/baishi-2024-work-report-page.html", "Corpus/formats/baishi-2024-work-report-docx.docx",
                          "Corpus/formats/baishi-2024-work-report-pdf.pdf"]
    static let placeFields: Set<String> = ["doc", "line", "start", "end", "page", "format"]

    /// Each fact's fields as JSON values, the place fields left out and a table row's sentence as its cells.
    static func facts(_ path: String) throws -> [[String: String]] {
        let extraction = try Extractor().extract(RepositoryFiles.bytes(path), name: "report")
        var writer = FactWriter(format: .jsonl)
        let lines = String(decoding: writer.write(extraction), as: UTF8.self).split(separator: "\n")
        return try lines.map { line in
            let record = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            var fields: [String: String] = [:]
            for (key, value) in record where !placeFields.contains(key) { fields[key] = "\(value)" }
            if record["table"] is Int, let sentence = record["sentence"] as? String {
                fields["sentence"] = cells(sentence).joined(separator: " / ")
            }
            return fields
        }
    }

    /// A row's cells, whether divided by bars or by runs of two or more spaces.
    static func cells(_ row: String) -> [String] {
        let divided = row.contains("|") ? row.split(separator: "|").map(String.init)
            : row.components(separatedBy: "  ")
        return divided.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test("The page, the Word document and the PDF give the plain text's facts", .enabled(if: PDFTextTests.hasPoppler),
          arguments: formats)
    func sameFacts(_ path: String) throws {
        let expected = try Self.facts(Self.plainText), found = try Self.facts(path)
        #expect(expected.count == 58)
        #expect(found.count == expected.count)
        for (index, (want, got)) in zip(expected, found).enumerated() {
            let differing = Set(want.keys).union(got.keys).filter { want[$0] != got[$0] }.sorted()
            #expect(differing.isEmpty, "fact \(index + 1): \(differing.map { "\($0): \(want[$0] ?? "-") ≠ \(got[$0] ?? "-")" })")
        }
    }

    @Test("The page is read in its own charset, its site's chrome left out and counted, its report date from the report")
    func page() throws {
        let document = try DocumentReader().read(RepositoryFiles.bytes(Self.formats[0]), name: "page")
        #expect(document.text.encoding.name == "gbk" && document.format == .html)
        let leftOut = try #require(document.text.encoding.leftOut)
        #expect(leftOut > 300)
        let text = document.text.originalString
        for chrome in ["网站首页", "当前位置", "浏览次数", "分享到", "相关阅读", "一图读懂", "网站标识码", "setFontSize"] {
            #expect(!text.contains(chrome), "\(chrome)")
        }
        #expect(document.title == "白石市2024年政府工作报告" && document.date?.description == "2024-01-16")
        let kept = try DocumentReader(keepsBoilerplate: true).read(RepositoryFiles.bytes(Self.formats[0]), name: "page")
        #expect(kept.text.originalString.contains("相关阅读") && kept.text.encoding.leftOut == 0)
    }

    @Test("Without the report's own date line, the page's date is its <meta> publication date, else its date line")
    func pageDate() throws {
        var bytes = Array(try RepositoryFiles.bytes(Self.formats[0]))
        // The report's subtitle date goes: <p>&mdash;&mdash;2024年1月16日在…</p> (its markers are ASCII even in GBK).
        let start = try #require(Self.find(Array("<p>&mdash;&mdash;".utf8), in: bytes))
        let end = try #require(Self.find(Array("</p>".utf8), in: bytes, from: start)) + 4
        bytes.removeSubrange(start..<end)
        let withMeta = try DocumentReader().read(bytes, name: "page")
        #expect(withMeta.date?.description == "2024-01-22" && withMeta.dateOrigin?.contains("publication date") == true)
        let meta = try #require(Self.find(Array("name=\"PubDate\"".utf8), in: bytes))
        bytes.replaceSubrange(meta..<(meta + 6), with: Array("name=\"X".utf8))
        let withDateLine = try DocumentReader().read(bytes, name: "page")
        #expect(withDateLine.date?.description == "2024-01-22", "发布时间：2024-01-22 09:30 under the page's heading")
        #expect(!withDateLine.text.originalString.contains("发布时间"), "the date line is chrome, left out of the text")
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test("Sections and tables come out the same in every format", .enabled(if: PDFTextTests.hasPoppler))
    func structure() throws {
        let plain = try DocumentReader().read(RepositoryFiles.bytes(Self.plainText), name: "report")
        for path in Self.formats {
            let document = try DocumentReader().read(RepositoryFiles.bytes(path), name: "report")
            #expect(document.sections.map(\.heading) == plain.sections.map(\.heading), "\(path)")
            #expect(document.sections.map(\.level) == plain.sections.map(\.level), "\(path)")
            #expect(document.tables.map(\.columns) == [4] && document.tables.map(\.rows.count) == [5], "\(path)")
        }
    }

    @Test("The PDF's facts know their pages: two pages, the second starting at （一）扩大有效投资", .enabled(if: PDFTextTests.hasPoppler))
    func pages() throws {
        let extraction = try Extractor().extract(RepositoryFiles.bytes(Self.formats[2]), name: "pdf")
        let text = extraction.document.text
        #expect(text.pageFirstLines.count == 2)
        let secondPage = try #require(text.pageFirstLines.last)
        #expect(extraction.document.lines.ranges.indices.contains(secondPage - 1))
        let firstLine = text.normalizedString(extraction.document.lines.ranges[secondPage - 1])
        #expect(firstLine.contains("扩大有效投资"))
    }
}
