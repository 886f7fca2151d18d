import CXML
import Foundation
import ZIPFoundation

/// A Word document (`.docx`): a zip archive whose `word/document.xml` is
/// read through libxml2 (the CXML shim) and laid out as text, a paragraph
/// per line and a table row per line of `|`-divided cells, so that the
/// Structure stage reads it as it reads plain text.
enum WordDocument {
    /// Whether `bytes` open as a zip archive does (`PK\u{3}\u{4}`).
    static func isZip(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// The document's text, or nil when the archive holds no readable
    /// `word/document.xml` (another kind of zip file).
    static func text(_ bytes: Data) -> String? {
        guard let archive = try? Archive(data: bytes, accessMode: .read, pathEncoding: nil),
              let entry = archive["word/document.xml"] else { return nil }
        var xml = Data()
        guard (try? archive.extract(entry, skipCRC32: false, consumer: { xml.append($0) })) != nil else { return nil }
        var length = 0
        let rendered: UnsafeMutablePointer<CChar>? = xml.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: CChar.self) { hq_docx_text($0.baseAddress, $0.count, &length) }
        }
        guard let rendered else { return nil }
        defer { hq_free(rendered) }
        return HTMLPage.laidOut(String(decoding: UnsafeRawBufferPointer(start: rendered, count: length), as: UTF8.self))
    }
}
