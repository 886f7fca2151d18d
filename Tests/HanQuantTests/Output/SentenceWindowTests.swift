import Foundation
import Testing
@testable import HanQuant

/// A long sentence is written around each fact, not whole for every fact:
/// output grows with the input, never with its square.
@Suite("Sentence windows")
struct SentenceWindowTests {
    static func records(_ text: String) throws -> [[String: Any]] {
        let extraction = try Extractor().extract(Array(text.utf8), name: "long")
        var writer = FactWriter(format: .jsonl)
        return try String(decoding: writer.write(extraction), as: UTF8.self).split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("A sentence of up to 1,000 units is written whole; a longer one as 200 units each side of the fact, … at each cut")
    func windows() throws {
        let short = String(repeating: "全区完成投资3亿元，", count: 50) + "。"
        #expect(try Self.records(short).allSatisfy { $0["sentence"] as? String == short })
        let long = String(repeating: "全区完成投资3亿元，", count: 300) + "。"
        let records = try Self.records(long)
        #expect(records.count == 300)
        for (index, record) in records.enumerated() {
            let sentence = try #require(record["sentence"] as? String)
            #expect(sentence.utf16.count <= 2 * SentenceWindow.context + 4 + 2, "record \(index + 1)")
            #expect(sentence.hasPrefix("…") == (index >= 20), "record \(index + 1): each repeat is 10 units, the fact at 6")
            #expect(sentence.hasSuffix("…") == (index <= 279), "record \(index + 1)")
            let core = sentence.trimmingCharacters(in: CharacterSet(charactersIn: "…"))
            #expect(long.contains(core) && core.contains("3亿元"))
        }
    }

    @Test("A cut never splits a character outside the Basic Multilingual Plane (generated)")
    func surrogates() throws {
        var generator = SeededGenerator(seed: 9)
        for _ in 0..<20 {
            var text = ""
            while text.utf16.count < 1500 {
                text += ["𠀀", "𪚥", "全区", "完成投资", "3亿元", "，"].randomElement(using: &generator)!
            }
            text += "。"
            for record in try Self.records(text) {
                let sentence = try #require(record["sentence"] as? String)
                #expect(!sentence.unicodeScalars.contains { $0.value == 0xFFFD }, "no half of a pair became U+FFFD")
                #expect(text.contains(sentence.trimmingCharacters(in: CharacterSet(charactersIn: "…"))))
            }
        }
    }
}
