import CXML

/// A web page read as text: libxml2's HTML parser (through the CXML shim)
/// lays it out in lines, one block per line and one table row per line of
/// `|`-divided cells, so that the Structure stage reads its paragraphs and
/// tables as it reads plain text. Scripts, styles, forms, navigation,
/// headers, footers and comments are dropped; entities are decoded; and
/// unless asked to keep everything, only the block holding the report is
/// read (the page's related news, share bars and site links are left out).
enum HTMLPage {
    /// Whether `bytes` look like a web page: after a byte order mark and
    /// white space they open with `<`, and their first 2 KB hold `<html`,
    /// `<head`, `<body` or `<!doctype html`.
    static func isHTML(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return false }
        let head = lowercasedASCII(bytes, start..<min(bytes.count, start + sniffed))
        return ["<html", "<head", "<body", "<!doctype html"].contains { head.contains($0) }
    }

    /// The charset a page names in its `<meta>` (`charset=gbk`), if any.
    static func declaredCharset(_ bytes: UnsafeRawBufferPointer) -> String? {
        let head = lowercasedASCII(bytes, 0..<min(bytes.count, declarationWindow))
        guard let found = head.range(of: "charset=") else { return nil }
        let name = head[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// A page laid out as text.
    struct Rendered {
        /// The page's text, a block per line, and its headings.
        let text: LaidOutText
        /// The characters of text left out with the page's other blocks.
        let leftOut: Int
        /// The publication date its `<meta>` gives (`PubDate`, `publishdate` …),
        /// else its date line (`发布时间：2024-01-22 09:30`), if any.
        let published: CalendarDate?
    }

    /// The page rendered as lines of UTF-8 text, or nil when libxml2 cannot
    /// parse it. `encoding` is the charset to read it in. With `mainOnly`,
    /// only the block that holds the report is kept (see `hq_html_text`).
    static func text(_ bytes: UnsafeRawBufferPointer, encoding: String, mainOnly: Bool) -> Rendered? {
        var length = 0, leftOut = 0
        let rendered: UnsafeMutablePointer<CChar>? = bytes.withMemoryRebound(to: CChar.self) { chars in
            encoding.withCString { hq_html_text(chars.baseAddress, chars.count, $0, mainOnly ? 1 : 0, &length, &leftOut) }
        }
        guard let rendered else { return nil }
        defer { hq_free(rendered) }
        let text = String(decoding: UnsafeRawBufferPointer(start: rendered, count: length), as: UTF8.self)
        // The <meta> date when it reads, else the first date of the page's date line.
        let published = text.split(separator: "\n").filter { $0.hasPrefix("\u{03}") }.lazy
            .compactMap { CalendarDate(firstDateIn: String($0.dropFirst())) }.first
        return Rendered(text: LaidOutText(marked: text), leftOut: leftOut, published: published)
    }

    /// A `<title>` without the site's name (`2023年政府工作报告_某市人民政府` → `2023年政府工作报告`).
    static func withoutSiteName(_ title: String) -> String {
        for separator in ["_", "|", " - ", "－", "—"] {
            if let part = title.components(separatedBy: separator).first, part.count >= 2, part.count < title.count {
                return LaidOutText.trimmed(part)
            }
        }
        return LaidOutText.trimmed(title)
    }

    private static func lowercasedASCII(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private static let sniffed = 2048
    private static let declarationWindow = 4096
}
