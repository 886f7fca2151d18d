import Foundation
import Testing
@testable import HanQuant

/// The fact corpus: each marked quantity, in its sentence under its head,
/// has the fields its block expects, as written in the JSONL output.
@Suite("Fact corpus")
struct FactCorpusTests {
    static let cases: [FactCorpusCase] = (try? FactCorpusCase.load()) ?? []

    @Test("The corpus files load and hold cases")
    func corpusLoads() throws {
        #expect(try FactCorpusCase.load().count > 50)
    }

    @Test("Each marked quantity's fact has the expected fields", arguments: cases)
    func fields(of corpusCase: FactCorpusCase) throws {
        let extraction = try Extractor().extract(Array(corpusCase.document.utf8), name: "case")
        var writer = FactWriter(format: .jsonl)
        let lines = String(decoding: writer.write(extraction), as: UTF8.self).split(separator: "\n")
        let facts = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let fact = try #require(facts.first { $0["text"] as? String == corpusCase.quantity },
                                "no fact for «\(corpusCase.quantity)» in \(facts.map { $0["text"] as? String ?? "?" })")
        for (field, expected) in corpusCase.expected {
            #expect(Self.text(of: field, in: fact, facts: facts) == expected, "field \(field)")
        }
    }

    /// A field as the corpus writes it: `-` for null, `of` as the described fact's text.
    static func text(of field: String, in fact: [String: Any], facts: [[String: Any]]) -> String {
        let value = fact[field]
        if field == "of", let seq = value as? Int {
            return facts.first { $0["seq"] as? Int == seq }?["text"] as? String ?? "?seq \(seq)"
        }
        switch value {
        case let text as String: return text
        case let flag as Bool: return String(flag)
        case let number as Int: return String(number)
        case nil, is NSNull: return "-"
        default: return "\(value!)"
        }
    }
}
