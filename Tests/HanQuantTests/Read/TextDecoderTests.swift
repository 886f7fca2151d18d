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

    @Test("Well-formed UTF-8 with stray NUL bytes is UTF-8, with a warning, wherever the NULs stand",
          arguments: [[Int.max], [0], [1], [7, 8], [100, 102, 104], [3, 5, 9, 11]])
    func utf8WithNuls(_ positions: [Int]) throws {
        let seed = Array(try RepositoryFiles.bytes(RepositoryFiles.seed))
        var bytes = seed
        for position in positions.sorted(by: >) { bytes.insert(0, at: min(position, bytes.count)) }
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding.name == "UTF-8")
        #expect(decoded.warnings.contains { if case .nulBytes(positions.count, _) = $0 { true } else { false } })
        let extraction = try Extractor().extract(bytes, name: "seed")
        let plain = try Extractor().extract(seed, name: "seed")
        #expect(extraction.facts.count >= plain.facts.count - positions.count, "a NUL may split one figure, not lose the rest")
    }

    @Test("UTF-16 and UTF-32 without a byte order mark, in either byte order, even with only a few ASCII characters")
    func wideWithoutMark() throws {
        let texts = [try decoder.decode(RepositoryFiles.bytes(RepositoryFiles.seed)).originalString,
                     "全市地区生产总值增长百分之五点二，一般公共预算收入增长百分之六。\n城乡居民人均可支配收入分别增长百分之五和百分之七。\n"]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let encodings: [(String, [UInt8])] = [
                ("UTF-16LE", text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                ("UTF-16BE", text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
                ("UTF-32LE", scalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }),
                ("UTF-32BE", scalars.flatMap { s in (0..<4).reversed().map { UInt8((s.value >> (8 * $0)) & 0xFF) } }),
            ]
            for (name, bytes) in encodings {
                let decoded = try decoder.decode(bytes)
                #expect(decoded.encoding.name == name, "\(name)")
                #expect(decoded.originalString == text, "\(name)")
                #expect(decoded.warnings.isEmpty, "\(name)")
            }
        }
    }

    @Test("Whatever bytes come in, text mostly of characters unusual in Chinese never comes out without a warning (generated)")
    func noSilentMojibake() {
        var generator = SeededGenerator(seed: 14)
        let seed = Array((try? RepositoryFiles.bytes(RepositoryFiles.seed)) ?? Data())
        for round in 0..<400 {
            var bytes: [UInt8]
            switch round % 4 {
            case 0: bytes = (0..<Int.random(in: 1...600, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            case 1: // text with a few random bytes, NULs among them, put in
                bytes = Array(seed.prefix(Int.random(in: 10...3000, using: &generator)))
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    bytes.insert(Bool.random(using: &generator) ? 0 : UInt8.random(in: 0...255, using: &generator),
                                 at: Int.random(in: 0...bytes.count, using: &generator))
                }
            case 2: // bytes from a small alphabet, NULs included
                bytes = (0..<Int.random(in: 2...800, using: &generator)).map { _ in [0, 0x20, 0x4E, 0x7D, 0xE4, 0xB8].randomElement(using: &generator)! }
            default: // the seed's UTF-8 cut anywhere, with a NUL in every other byte from some point on
                bytes = Array(seed.prefix(Int.random(in: 10...2000, using: &generator)))
                let from = Int.random(in: 0...bytes.count, using: &generator)
                bytes = Array(bytes[..<from]) + bytes[from...].flatMap { [$0, 0] }
            }
            guard let decoded = try? decoder.decode(bytes) else { continue }
            let likely = LikelyCharacters.percent(of: decoded.original)
            #expect(likely >= LikelyCharacters.warningPercent || !decoded.warnings.isEmpty, "round \(round): \(decoded.encoding)")
        }
    }

    @Test("The share of undecodable units is counted as a unit-by-unit count counts it, wherever they stand (generated)")
    func undecodableShare() {
        var generator = SeededGenerator(seed: 0xFFFD)
        // Every kind counted (U+FFFD, controls below tab, U+000E to U+001A, U+001C to U+001F) and the units beside them that are not.
        let counted: [UInt16] = [0xFFFD, 0x00, 0x08, 0x0E, 0x1A, 0x1C, 0x1F]
        let others: [UInt16] = [0x09, 0x0A, 0x0D, 0x1B, 0x20, 0xFFFC, 0xFFFE, 0x4E00, 0x7F]
        for _ in 0..<2000 {
            let units = (0..<Int.random(in: 1...120, using: &generator)).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? counted.randomElement(using: &generator)! : others.randomElement(using: &generator)!
            }
            let expected = units.filter { counted.contains($0) || ($0 < 0x09) || (0x0E...0x1A).contains($0) || (0x1C...0x1F).contains($0) }.count
            #expect(TextDecoder.undecodablePercent(of: units) == expected * 100 / units.count, "\(units)")
        }
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
