import Foundation
import Testing
@testable import HanQuant

/// JSON Lines records as tables and Parquet files export them: any text
/// JSON can carry comes back exactly, ids are strings or integers, other
/// fields are ignored, and every malformed line is refused with its reason.
@Suite("Document records")
struct DocumentRecordTests {
    /// A random text of the characters reports hold and the ones JSON escapes.
    static func text(_ generator: inout SeededGenerator) -> String {
        let pieces = ["全年", "增长", "5.2%", "10.69亿元", "\n", "\r\n", "\t", "\"", "\\", "/", "\u{0}", "\u{1F}",
                      "\u{2028}", "😀", "𠀋", "é", " ", "{", "}", ":", ",", "単", "億", "ＧＤＰ", "\u{FEFF}"]
        return (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test("a record written by a JSON writer reads back to its id and text, whatever the text holds")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 16)
        for round in 0..<2_000 {
            let doc = round % 3 == 0 ? "report-\(round)" : Self.text(&generator) + "x"
            let text = Self.text(&generator)
            var object: [String: Any] = ["doc": doc, "text": text]
            if round % 2 == 0 { object["year"] = round }
            if round % 5 == 0 { object["tags"] = ["a", ["b": 1]] }
            let line = try JSONSerialization.data(withJSONObject: object, options: round % 4 == 0 ? [.sortedKeys] : [])
            #expect(try DocumentRecord.parse(Array(line)) == DocumentRecord(doc: doc, text: text), "round \(round)")
        }
    }

    @Test("field names are configurable, and ids may be integers")
    func fieldsAndIds() throws {
        let fields = DocumentRecord.Fields(doc: "id", text: "body")
        #expect(try DocumentRecord.parse(Array(#"{"id": 42, "body": "增长5%"}"#.utf8), fields: fields)
                == DocumentRecord(doc: "42", text: "增长5%"))
        #expect(try DocumentRecord.parse(Array(#"{"id": -7, "body": ""}"#.utf8), fields: fields)
                == DocumentRecord(doc: "-7", text: ""))
        #expect(throws: DocumentRecord.Problem.missingField("body")) {
            try DocumentRecord.parse(Array(#"{"doc": "a", "text": "b", "id": 1}"#.utf8), fields: fields)
        }
    }

    @Test("an id of 20 digits keeps every digit, a text opening with U+FEFF keeps it, and deep nesting elsewhere is read")
    func exactness() throws {
        #expect(try DocumentRecord.parse(Array(#"{"doc": 12345678901234567890, "text": "\ufeff增长5%"}"#.utf8))
                == DocumentRecord(doc: "12345678901234567890", text: "\u{FEFF}增长5%"))
        let nested = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(try DocumentRecord.parse(Array(#"{"meta": \#(nested), "doc": "a", "text": "b"}"#.utf8)).doc == "a")
        let tooDeep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: DocumentRecord.Problem.notAnObject) {
            try DocumentRecord.parse(Array(#"{"meta": \#(tooDeep), "doc": "a", "text": "b"}"#.utf8))
        }
    }

    @Test("every proper prefix of a record is refused, and so is the record with any one byte dropped where that breaks JSON")
    func truncations() throws {
        let line = Array(#"{"doc": "r-1", "n": [1, -2.5e3, {"x": null}], "text": "全年增长\n5.2%\"", "ok": true}"#.utf8)
        #expect(try DocumentRecord.parse(line).text == "全年增长\n5.2%\"")
        for end in 0..<line.count {
            #expect(throws: DocumentRecord.Problem.self) { try DocumentRecord.parse(Array(line[..<end])) }
        }
        for dropped in line.indices {
            var broken = line
            broken.remove(at: dropped)
            let foundation = (try? JSONSerialization.jsonObject(with: Data(broken))) as? [String: Any]
            let ours = try? DocumentRecord.parse(broken)
            if foundation == nil { #expect(ours == nil, "byte \(dropped) dropped") }
            if let ours { #expect(foundation?["text"] as? String == ours.text) }
        }
    }

    @Test("malformed lines give their reason", arguments: [
        (#"not json"#, DocumentRecord.Problem.notAnObject),
        (#"["doc", "text"]"#, .notAnObject),
        (#""a string""#, .notAnObject),
        (#"{"doc": "a", "text": "b""#, .notAnObject),
        (#"{"doc": "a", "text": "b"} {"doc": "c"}"#, .notAnObject),
        (#"{"text": "b"}"#, .missingField("doc")),
        (#"{"doc": "a"}"#, .missingField("text")),
        (#"{"doc": "a", "text": 5}"#, .textNotAString("text")),
        (#"{"doc": "a", "text": null}"#, .textNotAString("text")),
        (#"{"doc": "a", "text": ["b"]}"#, .textNotAString("text")),
        (#"{"doc": "", "text": "b"}"#, .badDoc("doc")),
        (#"{"doc": 1.5, "text": "b"}"#, .badDoc("doc")),
        (#"{"doc": 1.0, "text": "b"}"#, .badDoc("doc")),
        (#"{"doc": true, "text": "b"}"#, .badDoc("doc")),
        (#"{"doc": null, "text": "b"}"#, .badDoc("doc")),
        (#"{"doc": {"id": 1}, "text": "b"}"#, .badDoc("doc")),
    ])
    func malformed(line: String, problem: DocumentRecord.Problem) {
        #expect(throws: problem) { try DocumentRecord.parse(Array(line.utf8)) }
    }

    @Test("a line that is not UTF-8 says so")
    func notUTF8() {
        #expect(throws: DocumentRecord.Problem.notUTF8) { try DocumentRecord.parse(Array(#"{"doc": "a", "text": ""#.utf8) + [0xB9, 0xE3] + Array(#""}"#.utf8)) }
    }
}
