import Foundation
import Testing
@testable import HanQuant

/// UTF-8 decoding: generated well-formed text, at every boundary of
/// UTF-8's lengths and ranges, decodes as Swift's own decoder decodes it,
/// with nothing replaced; every malformed form of Unicode's table 3-7 is
/// replaced and counted, a replacement character per maximal subpart, at
/// the byte where it stands; and any bytes at all decode to the units,
/// count and first offset ICU's UTF-8 converter gives.
@Suite("UTF-8 decoding")
struct TranscoderTests {
    /// Scalars at every boundary of UTF-8's lengths and ranges, and common Chinese text.
    static let edges: [UInt32] = [0x00, 0x0A, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0x4E00, 0x9FFF, 0xD7FF,
                                  0xE000, 0xFEFF, 0xFF0C, 0xFFFD, 0xFFFF, 0x10000, 0x20000, 0x3FFFF, 0x40000, 0xFFFFF,
                                  0x100000, 0x10FFFF]

    static func randomScalar(_ random: inout SeededGenerator) -> Unicode.Scalar {
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return Unicode.Scalar(edges[Int.random(in: 0..<edges.count, using: &random)])!
        case 1: return Unicode.Scalar(UInt32.random(in: 0x20...0x7E, using: &random))!
        case 2: return Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FFF, using: &random))!
        default:
            while true {
                if let scalar = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &random)) { return scalar }
            }
        }
    }

    @Test("generated well-formed UTF-8 decodes as Swift decodes it, nothing replaced", arguments: 0..<8)
    func wellFormed(seed: UInt64) throws {
        var random = SeededGenerator(seed: 0x7F8 &+ seed)
        for _ in 0..<300 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<80, using: &random) { text.append(Self.randomScalar(&random)) }
            let string = String(text)
            let bytes = Array(string.utf8)
            let decoded = try #require(bytes.withUnsafeBytes { Transcoder.decode($0, charset: "UTF-8") })
            #expect(decoded.utf16 == Array(string.utf16))
            #expect(decoded.invalidSequences == 0)
        }
    }

    @Test("long runs of three-byte characters, from every range of them, with any character anywhere, decode as Swift decodes them")
    func threeByteRuns() throws {
        var random = SeededGenerator(seed: 0xE4B8)
        let ranges: [ClosedRange<UInt32>] = [0x800...0xFFF, 0x1000...0xCFFF, 0xD000...0xD7FF, 0xE000...0xFFFF, 0x4E00...0x9FFF]
        for _ in 0..<2000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 4...40, using: &random) {
                let range = ranges.randomElement(using: &random)!
                text.append(Unicode.Scalar(UInt32.random(in: range, using: &random))!)
            }
            if Bool.random(using: &random) {
                let place = text.index(text.startIndex, offsetBy: Int.random(in: 0...text.count, using: &random))
                text.insert(Self.randomScalar(&random), at: place)
            }
            let string = String(text)
            let decoded = try #require(Array(string.utf8).withUnsafeBytes { Transcoder.decode($0, charset: "UTF-8") })
            #expect(decoded.utf16 == Array(string.utf16), "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(decoded.invalidSequences == 0)
        }
    }

    /// Malformed sequences of every kind the table rules out, and what ICU
    /// makes of them: a replacement character for each maximal subpart.
    static let malformed: [(bytes: [UInt8], units: [UInt16])] = [
        ([0x80], [0xFFFD]), ([0xBF], [0xFFFD]), ([0xC0, 0x80], [0xFFFD, 0xFFFD]), ([0xC1, 0xBF], [0xFFFD, 0xFFFD]),
        ([0xC2], [0xFFFD]), ([0xC2, 0x41], [0xFFFD, 0x41]), ([0xE0, 0x80, 0x80], [0xFFFD, 0xFFFD, 0xFFFD]),
        ([0xE0, 0x9F, 0xBF], [0xFFFD, 0xFFFD, 0xFFFD]), ([0xED, 0xA0, 0x80], [0xFFFD, 0xFFFD, 0xFFFD]),
        ([0xED, 0xBF, 0xBF], [0xFFFD, 0xFFFD, 0xFFFD]), ([0xE4, 0xB8], [0xFFFD]), ([0xE4, 0x41], [0xFFFD, 0x41]),
        ([0xF0, 0x80, 0x80, 0x80], [0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD]), ([0xF0, 0x8F, 0xBF, 0xBF], [0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD]),
        ([0xF4, 0x90, 0x80, 0x80], [0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD]), ([0xF5, 0x80, 0x80, 0x80], [0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD]),
        ([0xFF], [0xFFFD]), ([0xFE], [0xFFFD]), ([0xF0, 0x9F, 0x98], [0xFFFD]),
    ]

    @Test("every malformed form is replaced and counted inside runs of Chinese text, at every alignment")
    func malformedAmongChinese() throws {
        // Runs of three-byte characters are decoded four at a time where the
        // processor allows, else two at a time: a malformed form must be caught
        // in any place of either, and after a run of any length.
        for (bytes, units) in Self.malformed {
            for count in 0..<13 {
                let before = String(repeating: "统计公报", count: 3).prefix(count), after = "固定资产投资" + "7"
                let input = Array(before.utf8) + bytes + Array(after.utf8)
                let decoded = try #require(input.withUnsafeBytes { Transcoder.decode($0, charset: "UTF-8") })
                #expect(decoded.invalidSequences == units.filter { $0 == 0xFFFD }.count, "\(bytes) after \(count)")
                #expect(decoded.firstInvalidOffset == before.utf8.count, "\(bytes) after \(count)")
                #expect(decoded.utf16 == Array(before.utf16) + units + Array(after.utf16), "\(bytes) after \(count)")
            }
        }
    }

    /// Bytes drawn from pieces that make and break UTF-8: any byte, lead
    /// bytes alone, continuation bytes, starts of sequences cut short,
    /// well-formed characters of every length, and Chinese text in GB18030.
    static func mixedBytes(_ random: inout SeededGenerator) -> [UInt8] {
        let gb18030: [UInt8] = [0xCD, 0xB3, 0xBC, 0xC6, 0xB9, 0xAB, 0xB1, 0xA8, 0xD4, 0xF6, 0xB3, 0xA4, 0x31, 0x2E, 0x35, 0x25]
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0..<60, using: &random) {
            switch Int.random(in: 0..<7, using: &random) {
            case 0: bytes.append(UInt8.random(in: 0...0xFF, using: &random))
            case 1: bytes.append(UInt8.random(in: 0xC0...0xFF, using: &random))
            case 2: bytes.append(UInt8.random(in: 0x80...0xBF, using: &random))
            case 3:
                let whole = Array(String(Self.randomScalar(&random)).utf8)
                bytes += whole.prefix(Int.random(in: 1...whole.count, using: &random))
            case 4: bytes += Array(String(Self.randomScalar(&random)).utf8)
            case 5: bytes += Array("统计公报".utf8)
            default:
                let start = Int.random(in: 0..<gb18030.count, using: &random)
                bytes += gb18030[start..<min(gb18030.count, start + Int.random(in: 1...8, using: &random))]
            }
        }
        return bytes
    }

    @Test("any bytes decode as ICU's UTF-8 converter decodes them: the same units, count and first offset", arguments: 0..<8)
    func sameAsConverter(seed: UInt64) throws {
        var random = SeededGenerator(seed: 0x1C0 &+ seed)
        var malformedSeen = 0
        for _ in 0..<2000 {
            let bytes = Self.mixedBytes(&random)
            let decoded = try #require(bytes.withUnsafeBytes { Transcoder.decode($0, charset: "UTF-8") })
            let converted = try #require(bytes.withUnsafeBytes { Transcoder.decodeWithConverter($0, charset: "UTF-8") })
            #expect(decoded.utf16 == converted.utf16, "\(bytes)")
            #expect(decoded.invalidSequences == converted.invalidSequences, "\(bytes)")
            #expect(decoded.firstInvalidOffset == converted.firstInvalidOffset, "\(bytes)")
            if converted.invalidSequences > 0 { malformedSeen += 1 }
        }
        #expect(malformedSeen > 1000, "most drawn byte strings are malformed")
    }

    @Test("every malformed form is replaced and counted, wherever it stands among well-formed text")
    func malformedForms() throws {
        var random = SeededGenerator(seed: 33)
        func text(_ random: inout SeededGenerator) -> String {
            String(String.UnicodeScalarView((0..<Int.random(in: 0..<12, using: &random)).map { _ in Self.randomScalar(&random) }))
        }
        for (bytes, units) in Self.malformed {
            for _ in 0..<20 {
                let before = text(&random), after = "中" + text(&random)
                let input = Array(before.utf8) + bytes + Array(after.utf8)
                let decoded = try #require(input.withUnsafeBytes { Transcoder.decode($0, charset: "UTF-8") })
                #expect(decoded.invalidSequences == units.filter { $0 == 0xFFFD }.count, "\(bytes)")
                #expect(decoded.firstInvalidOffset == before.utf8.count, "\(bytes)")
                #expect(decoded.utf16 == Array(before.utf16) + units + Array(after.utf16), "\(bytes)")
            }
        }
    }
}
