import Foundation
import Testing
@testable import HanQuant

@Suite("Reading bytes in any common Chinese encoding")
struct TextDecoderTests {
    let decoder = TextDecoder()

    @Test("The seed's UTF-8, GB18030 and UTF-16LE copies decode to identical text")
    func seedCopiesDecodeIdentically() throws {
        let utf8 = try decoder.decode(RepositoryFiles.bytes(RepositoryFiles.seed))
        let gb18030 = try decoder.decode(RepositoryFiles.bytes(RepositoryFiles.seedGB18030))
        let utf16 = try decoder.decode(RepositoryFiles.bytes(RepositoryFiles.seedUTF16LE))

        #expect(utf8.encoding == TextEncoding(name: "UTF-8", evidence: .wellFormedUTF8))
        #expect(gb18030.encoding.name == "GB18030")
        #expect(utf16.encoding == TextEncoding(name: "UTF-16LE", evidence: .byteOrderMark))
        #expect(utf8.original.count > 8000)
        #expect(gb18030.original == utf8.original)
        #expect(utf16.original == utf8.original)
        #expect(utf8.warnings.isEmpty && gb18030.warnings.isEmpty && utf16.warnings.isEmpty)
        #expect(utf8.originalString.hasPrefix("索引号 001008003001082/2017-00344\n"))
    }

    @Test("UTF-16 without a byte order mark is detected despite its NUL bytes")
    func utf16WithoutMark() throws {
        let seed = try decoder.decode(RepositoryFiles.bytes(RepositoryFiles.seed))
        let littleEndian = seed.original.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try decoder.decode(littleEndian)
        #expect(decoded.encoding.name == "UTF-16LE")
        #expect(decoded.original == seed.original)
    }

    @Test("A Traditional report in Big5 decodes to its expected text")
    func big5Report() throws {
        let decoded = try decoder.decode(RepositoryFiles.bytes(RepositoryFiles.big5Report))
        let expected = try String(contentsOf: RepositoryFiles.url(RepositoryFiles.big5ReportText), encoding: .utf8)
        #expect(decoded.encoding.name == "Big5")
        #expect(decoded.originalString == expected)
        #expect(decoded.originalString.contains("3.25億元"))
    }

    @Test("Byte order marks name the encoding and are removed", arguments: [
        ([0xEF, 0xBB, 0xBF], "UTF-8"),
        ([0xFF, 0xFE], "UTF-16LE"),
        ([0xFE, 0xFF], "UTF-16BE"),
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32LE"),
        ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE"),
    ] as [([UInt8], String)])
    func byteOrderMarks(mark: [UInt8], charset: String) throws {
        let text = "增长10.69%"
        let body: [UInt8]
        switch charset {
        case "UTF-8": body = Array(text.utf8)
        case "UTF-16LE": body = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case "UTF-16BE": body = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case "UTF-32LE": body = text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
        default: body = text.unicodeScalars.flatMap { s in (0..<4).reversed().map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
        }
        let decoded = try decoder.decode(mark + body)
        #expect(decoded.encoding == TextEncoding(name: charset, evidence: .byteOrderMark))
        #expect(decoded.originalString == text)
    }

    @Test("Malformed bytes become U+FFFD, counted with the first offset")
    func malformedBytes() throws {
        // Valid UTF-8 Chinese text (43 non-ASCII characters) with two stray continuation bytes.
        let good = Array("街道共完成固定资产投资10.69亿元，同比增长1.58%。限上批零、住宿餐饮销售额1.99亿元，同比增长18.46%。".utf8)
        let bytes = Array(good[0..<9]) + [0x80] + Array(good[9...]) + [0xBF]
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding == TextEncoding(name: "UTF-8", evidence: .mostlyWellFormedUTF8))
        #expect(decoded.warnings == [.invalidBytes(count: 2, firstOffset: 9)])
        #expect(decoded.originalString.filter { $0 == "\u{FFFD}" }.count == 2)
        #expect(decoded.originalString.hasPrefix("街道共\u{FFFD}完成"))
    }

    @Test("An empty file is an empty document")
    func emptyFile() throws {
        let decoded = try decoder.decode([UInt8]())
        #expect(decoded.original.isEmpty)
        #expect(decoded.normalized.isEmpty)
        #expect(decoded.warnings.isEmpty)
    }

    @Test("A binary file with NUL bytes is refused")
    func binaryFile() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
            + (0..<200).map { UInt8(($0 * 37) % 256) }
        #expect(throws: ReadError.nulBytes(firstOffset: 8)) { try decoder.decode(png) }
    }

    @Test("Bytes that decode mostly to control characters are refused")
    func controlCharacters() {
        let bytes = (0..<400).map { UInt8(1 + $0 % 8) }
        #expect(throws: ReadError.mostlyUndecodable(percent: 100)) { try decoder.decode(bytes) }
    }

    @Test("--encoding overrides detection; an unknown name is an error")
    func encodingOverride() throws {
        let gbk: [UInt8] = [0xD4, 0xF6, 0xB3, 0xA4] // 增长 in GBK
        let decoded = try TextDecoder(encodingOverride: "GBK").decode(gbk)
        #expect(decoded.originalString == "增长")
        #expect(decoded.encoding == TextEncoding(name: "GBK", evidence: .userOverride))
        #expect(throws: ReadError.unknownEncoding("no-such-charset")) {
            try TextDecoder(encodingOverride: "no-such-charset").decode(gbk)
        }
    }

    @Test("A 60-byte GB18030 text is detected")
    func shortGB18030() throws {
        // "今年1-10月，街道共完成固定资产投资10.69亿元，同比增长1.58%。" in GB18030, made with uconv.
        let bytes: [UInt8] = [
            0xBD, 0xF1, 0xC4, 0xEA, 0x31, 0x2D, 0x31, 0x30, 0xD4, 0xC2, 0xA3, 0xAC, 0xBD, 0xD6, 0xB5, 0xC0,
            0xB9, 0xB2, 0xCD, 0xEA, 0xB3, 0xC9, 0xB9, 0xCC, 0xB6, 0xA8, 0xD7, 0xCA, 0xB2, 0xFA, 0xCD, 0xB6,
            0xD7, 0xCA, 0x31, 0x30, 0x2E, 0x36, 0x39, 0xD2, 0xDA, 0xD4, 0xAA, 0xA3, 0xAC, 0xCD, 0xAC, 0xB1,
            0xC8, 0xD4, 0xF6, 0xB3, 0xA4, 0x31, 0x2E, 0x35, 0x38, 0x25, 0xA1, 0xA3,
        ]
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding.name == "GB18030")
        #expect(decoded.originalString == "今年1-10月，街道共完成固定资产投资10.69亿元，同比增长1.58%。")
    }
}
