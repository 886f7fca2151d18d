import CXML
import Foundation
import ZIPFoundation

/// A Word document (`.docx`): a zip archive whose `word/document.xml` is
/// read through libxml2 (the CXML shim) and laid out as text, a paragraph
/// per line and a table row per line of `|`-divided cells, so that the
/// Structure stage reads it as it reads plain text. Its styles and
/// numbering parts tell headings and the labels of numbered lists.
enum WordDocument {
    /// Whether `bytes` open as a zip archive does (`PK\u{3}\u{4}`).
    static func isZip(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// The document's text, or nil when the archive holds no readable
    /// `word/document.xml` (another kind of zip file).
    static func text(_ bytes: Data) -> LaidOutText? {
        guard let archive = try? Archive(data: bytes, accessMode: .read, pathEncoding: nil),
              let xml = part("word/document.xml", of: archive) else { return nil }
        let styles = part("word/styles.xml", of: archive) ?? Data(), numbering = part("word/numbering.xml", of: archive) ?? Data()
        var length = 0
        let rendered: UnsafeMutablePointer<CChar>? = xml.withUnsafeBytes { document in
            styles.withUnsafeBytes { styles in
                numbering.withUnsafeBytes { numbering in
                    hq_docx_text(document.baseAddress, document.count, styles.baseAddress, styles.count,
                                 numbering.baseAddress, numbering.count, &length)
                }
            }
        }
        guard let rendered else { return nil }
        defer { hq_free(rendered) }
        return LaidOutText(marked: String(decoding: UnsafeRawBufferPointer(start: rendered, count: length), as: UTF8.self))
    }

    /// The bytes of the archive's part at `path`, or nil when it has none or it cannot be read.
    private static func part(_ path: String, of archive: Archive) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        guard (try? archive.extract(entry, skipCRC32: false, consumer: { data.append($0) })) != nil else { return nil }
        return data
    }
}
