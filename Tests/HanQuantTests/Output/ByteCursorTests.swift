import Foundation
import Testing
@testable import HanQuant

/// The cursor's fast paths (three-byte scalars written directly, escapes
/// found eight bytes at a time, integers two digits at a time) held to
/// plain references on generated input, with the edge units, bytes and
/// numbers drawn often.
@Suite("Byte cursor")
struct ByteCursorTests {
    /// What `write` puts through a cursor, as bytes.
    static func written(room: Int, _ write: (inout ByteCursor) -> Void) -> [UInt8] {
        let buffer = OutputBuffer()
        buffer.write(atMost: room, write)
        return buffer.bytes
    }

    /// UTF-16 units around every boundary the transcoder tells apart:
    /// escaped and plain ASCII, the ends of two- and three-byte scalars,
    /// lone and paired surrogates.
    static let edgeUnits: [UInt16] = [
        0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x22, 0x2C, 0x41, 0x5C, 0x7E, 0x7F,
        0x80, 0xE9, 0x7FF, 0x800, 0x4E2D, 0x5104, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFF0C, 0xFFFD, 0xFFFF,
    ]

    /// Up to 24 scalars' worth of units: edge units, well-formed pairs and any unit at all.
    static func randomUnits(using generator: inout SeededGenerator) -> [UInt16] {
        (0..<Int.random(in: 0...24, using: &generator)).flatMap { _ -> [UInt16] in
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: return [edgeUnits.randomElement(using: &generator)!]
            case 1: return [UInt16.random(in: 0xD800...0xDBFF, using: &generator), UInt16.random(in: 0xDC00...0xDFFF, using: &generator)]
            default: return [UInt16.random(in: 0...0xFFFF, using: &generator)]
            }
        }
    }

    /// The JSON string literal of `units` by the book: decoded by the
    /// standard library (an unpaired surrogate is U+FFFD), then escaped
    /// scalar by scalar.
    static func referenceJSON(_ units: [UInt16]) -> [UInt8] {
        var literal = "\""
        for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case _ where scalar.value < 0x20: literal += String(format: "\\u%04x", scalar.value)
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return Array((literal + "\"").utf8)
    }

    @Test("UTF-16 text as a JSON string: the reference's bytes (generated, 20,000 texts)")
    func jsonFromUnits() {
        var generator = SeededGenerator(seed: 61)
        for _ in 0..<20_000 {
            let units = Self.randomUnits(using: &generator)
            let bytes = Self.written(room: ByteCursor.bound(units: units.count)) { $0.appendJSON(units[...]) }
            #expect(bytes == Self.referenceJSON(units), "\(units.map { String($0, radix: 16) })")
        }
    }

    @Test("UTF-16 text as a string and as a CSV field: the standard library's UTF-8 (generated, 20,000 texts)")
    func utf8FromUnits() {
        var generator = SeededGenerator(seed: 62)
        for _ in 0..<20_000 {
            let units = Self.randomUnits(using: &generator)
            let expected = String(decoding: units, as: UTF16.self)
            #expect(String(utf16Units: units[...]) == expected)
            let field = Self.written(room: ByteCursor.bound(units: units.count)) { $0.appendCSV(units[...]) }
            let needsQuotes = expected.utf8.contains { [0x2C, 0x22, 0x0A, 0x0D].contains($0) }
            // Quotes doubled scalar by scalar: a quote before a combining mark is one character, but still a quote.
            var quoted = String.UnicodeScalarView()
            for scalar in expected.unicodeScalars {
                quoted.append(scalar)
                if scalar == "\"" { quoted.append(scalar) }
            }
            let cell = needsQuotes ? "\"" + String(quoted) + "\"" : expected
            #expect(field == Array(cell.utf8), "\(units.map { String($0, radix: 16) })")
        }
    }

    @Test("Escapes are found eight bytes at a time where a byte-by-byte search finds them (generated, 50,000 byte strings)")
    func escapeSearch() {
        var generator = SeededGenerator(seed: 63)
        let edgeBytes: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0x9F, 0xA0, 0xA2, 0xDC, 0xE4, 0xFF]
        var found = 0
        for _ in 0..<50_000 {
            let length = Int.random(in: 0...40, using: &generator)
            // Mostly bytes that need no escape, so that one alone decides.
            let bytes: [UInt8] = (0..<length).map { _ in
                Int.random(in: 0..<8, using: &generator) == 0 ? edgeBytes.randomElement(using: &generator)!
                    : UInt8.random(in: 0x23...0xFF, using: &generator)
            }
            let expected = bytes.contains(where: ByteCursor.needsJSONEscape)
            if expected { found += 1 }
            #expect(bytes.withUnsafeBufferPointer(ByteCursor.containsJSONEscape) == expected, "\(bytes)")
        }
        #expect(found > 10_000 && found < 40_000, "both answers drawn often: \(found)")
    }

    @Test("Whole numbers in decimal: Swift's own digits, around every power of ten and at the ends (generated)")
    func integers() {
        var generator = SeededGenerator(seed: 64)
        var numbers: [Int] = [0, 1, 9, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power, -power + 1]
        }
        numbers += (0..<20_000).map { _ in
            let digits = Int.random(in: 1...18, using: &generator)
            let magnitude = Int.random(in: 0..<(0..<digits).reduce(1) { product, _ in product * 10 }, using: &generator)
            return Bool.random(using: &generator) ? magnitude : -magnitude
        }
        for number in numbers {
            #expect(Self.written(room: 20) { $0.append(number) } == Array(String(number).utf8), "\(number)")
        }
    }
}
