import Foundation
import Testing
@testable import HanQuant

/// The flat reader `diff` uses for fixture lines reads what Foundation's
/// parser reads, field for field, or hands the line back to it: on every
/// fixture line, and on generated lines with escapes, surrogates, control
/// characters, odd numbers and nested values.
@Suite("Fixture lines")
struct FlatJSONObjectTests {
    @Test("every fixture line is read by the flat reader, as Foundation reads it")
    func fixtureLines() throws {
        let folder = RepositoryFiles.url("Fixtures")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }
        var lines = 0
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            for line in data.split(separator: UInt8(ascii: "\n")) {
                let flat = try #require(FlatJSONObject(line), "\(file): a fixture line the flat reader hands back")
                #expect(flat.fields == FactRecord.foundationFields(line), "\(file)")
                lines += 1
            }
        }
        #expect(lines > 1000)
    }

    @Test("generated lines: the flat reader agrees with Foundation or declines")
    func generatedLines() {
        var generator = SeededGenerator(seed: 0x4A53_4F4E)
        var taken = 0, declined = 0
        for _ in 0..<4000 {
            let line = Array(Self.line(using: &generator).utf8)
            let foundation = FactRecord.foundationFields(line)
            guard let flat = FlatJSONObject(line) else {
                declined += 1
                continue
            }
            taken += 1
            #expect(flat.fields == foundation, "\(String(decoding: line, as: UTF8.self))")
        }
        #expect(taken > 1000 && declined > 100, "taken \(taken), declined \(declined)")
    }

    @Test("forms Foundation reads otherwise, or not at all, are declined", arguments: [
        #"{"a":1.5}"#, #"{"a":1e3}"#, #"{"a":-0}"#, #"{"a":01}"#, #"{"a":12345678901234567890}"#,
        #"{"a":[1]}"#, #"{"a":{}}"#, #"{"a":"\u+abc"}"#, #"{"a":"\ud800"}"#, #"{"a":"\x"}"#,
        "{\"a\":\"\u{1}\"}", #"{"a":1,}"#, #"{"a":1} x"#, #"{"a" 1}"#, #"{"a":tru}"#, #"["a"]"#, "",
    ])
    func declined(line: String) {
        #expect(FlatJSONObject(Array(line.utf8)) == nil)
    }

    /// A line of scalar fields and, now and then, a form the flat reader declines.
    static func line(using generator: inout SeededGenerator) -> String {
        let keys = ["doc", "text", "value", "start", "sentence", "target", "a\\\"b", "键"]
        let fields = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
            Self.space(&generator) + "\"" + keys.randomElement(using: &generator)! + "\"" + Self.space(&generator) + ":"
                + Self.space(&generator) + Self.value(using: &generator) + Self.space(&generator)
        }
        return Self.space(&generator) + "{" + fields.joined(separator: ",") + "}" + Self.space(&generator)
    }

    static func value(using generator: inout SeededGenerator) -> String {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0...4:
            let pieces = ["a", "一", "😀", "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\b", "\\f", "\\r", "\\u4e00", "\\u00E9",
                          "\\ud83d\\ude00", "\\u0000", ",", ":", "{", " ", "\\ud800", "\u{1}", "\\q"]
            let rare = Set(["\\ud800", "\u{1}", "\\q"])
            let chosen = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            let kept = chosen.filter { !rare.contains($0) || Int.random(in: 0..<20, using: &generator) == 0 }
            return "\"" + kept.joined() + "\""
        case 5...6:
            let digits = String((0..<Int.random(in: 1...20, using: &generator)).map { _ in "0123456789".randomElement(using: &generator)! })
            return (Bool.random(using: &generator) ? "-" : "") + digits
        case 7:
            return ["true", "false", "null"].randomElement(using: &generator)!
        default:
            return ["1.5", "2e3", "[1,2]", "{\"x\":1}", "-0", "nul"].randomElement(using: &generator)!
        }
    }

    static func space(_ generator: inout SeededGenerator) -> String {
        ["", "", "", " ", "\t", "\r"].randomElement(using: &generator)!
    }
}
