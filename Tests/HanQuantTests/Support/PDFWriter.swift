import Foundation

/// Writes small PDF files for tests: pages of text items placed at points,
/// in a Type 0 font whose ToUnicode map gives each character back, so that
/// poppler extracts the text as written (no glyphs are embedded).
enum PDFWriter {
    /// A text item: its words and where its baseline starts, in points from the bottom left.
    struct Item {
        let text: String
        let x: Double, y: Double
    }

    /// The bytes of a PDF with `pages`, each a list of items in 10-point type.
    static func pdf(_ pages: [[Item]]) -> Data {
        var codes: [Character: Int] = [:]
        for page in pages { for item in page { for character in item.text where codes[character] == nil { codes[character] = codes.count + 1 } } }
        var objects: [String] = []
        let pageCount = pages.count
        // 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor, 6 ToUnicode, then a page and its contents each.
        let kids = (0..<pageCount).map { "\(7 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        objects.append("<< /Type /Font /Subtype /Type0 /BaseFont /HQSong /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>")
        objects.append("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /HQSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /W [\(widths(codes))] >>")
        objects.append("<< /Type /FontDescriptor /FontName /HQSong /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
        objects.append(stream(toUnicode(codes)))
        for page in pages {
            let content = page.map { item in
                let hex = item.text.map { String(format: "%04X", codes[$0]!) }.joined()
                return "BT /F1 10 Tf 1 0 0 1 \(item.x) \(item.y) Tm <\(hex)> Tj ET"
            }.joined(separator: "\n")
            let contentsNumber = objects.count + 2
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(contentsNumber) 0 R >>")
            objects.append(stream(content))
        }
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    /// Full-width characters 1000 units wide, ASCII ones 500.
    private static func widths(_ codes: [Character: Int]) -> String {
        codes.sorted { $0.value < $1.value }.map { "\($0.value) [\($0.key.isASCII ? 500 : 1000)]" }.joined(separator: " ")
    }

    private static func stream(_ content: String) -> String {
        "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"
    }

    private static func toUnicode(_ codes: [Character: Int]) -> String {
        let entries = codes.sorted { $0.value < $1.value }.map { character, code in
            "<\(String(format: "%04X", code))> <\(String(character).utf16.map { String(format: "%04X", $0) }.joined())>"
        }
        var blocks = ""
        for start in stride(from: 0, to: entries.count, by: 100) {
            let block = entries[start..<min(start + 100, entries.count)]
            blocks += "\(block.count) beginbfchar\n" + block.joined(separator: "\n") + "\nendbfchar\n"
        }
        return """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /HQ-UCS def /CMapType 2 def
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            \(blocks)endcmap CMapName currentdict /CMap defineresource pop end end
            """
    }
}
