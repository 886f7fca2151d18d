import Foundation
import Testing
@testable import HanQuant

/// Runs every case of the quantity corpus through the scanner, the way a
/// sentence of a document is scanned: NFKC first, then one scan.
@Suite("Quantity corpus")
struct QuantityCorpusTests {
    static let scanner = QuantityScanner()

    /// The quantities in `text`, with their surface text.
    static func scan(_ text: String) -> [(quantity: Quantity, text: String)] {
        let decoded = try! TextDecoder().decode(Array(text.utf8))
        let units = decoded.normalized
        return scanner.scan(units, in: 0..<units.count).quantities.map {
            ($0, decoded.originalString(ofNormalized: $0.range))
        }
    }

    @Test("Every surface form yields exactly its expected quantity", arguments: try QuantityCase.load())
    func corpusCase(_ testCase: QuantityCase) {
        let found = Self.scan(testCase.input)
        guard found.count == 1, let (quantity, text) = found.first else {
            Issue.record("\(testCase): expected one quantity, found \(found.map(\.text))")
            return
        }
        #expect(text == testCase.expectedText, "\(testCase)")
        #expect(quantity.value.description == testCase.value, "\(testCase)")
        #expect(quantity.baseUnit == testCase.baseUnit, "\(testCase)")
        #expect(quantity.approx == testCase.approx, "\(testCase)")
        #expect(quantity.valueMax?.description == testCase.valueMax, "\(testCase)")
    }

    @Test("The corpus is large enough: at least 400 cases and 100 negatives")
    func corpusSize() throws {
        #expect(try QuantityCase.load().count >= 400)
        #expect(try QuantityCase.negatives().count >= 100)
    }

    @Test("No negative sentence yields a quantity", arguments: try QuantityCase.negatives().map(\.text))
    func negative(_ sentence: String) {
        let found = Self.scan(sentence)
        #expect(found.isEmpty, "\(sentence) yielded \(found.map(\.text))")
    }
}
