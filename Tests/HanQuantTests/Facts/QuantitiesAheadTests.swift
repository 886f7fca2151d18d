import Testing
@testable import HanQuant

/// The look ahead that lets a sentence skip reading its periods: it must
/// read every sentence once, in order, never a table row, answer whether a
/// sentence or a later one of its paragraph has quantities, and read no
/// further than the next sentence that has some.
@Suite("Quantities read ahead")
struct QuantitiesAheadTests {
    private static let quantity = Quantity(range: 0..<1, number: "1", scale: nil, unit: "个", value: .one, valueMax: nil,
                                           baseUnit: "count", dimension: .count, approx: nil)

    @Test("Random paragraphs: every sentence read once in order, the right answers, at most one sentence held")
    func randomParagraphs() {
        var random = SeededGenerator(seed: 1_616)
        var answers = (true: 0, false: 0)
        for _ in 0..<500 {
            // Sentences in runs of one paragraph each; some table rows; some with figures.
            var sentences: [Sentence] = [], figures: [Int] = [], tableRows: Set<Int> = []
            for paragraph in 0..<Int.random(in: 1...5, using: &random) {
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    let index = sentences.count
                    sentences.append(Sentence(range: index..<(index + 1), line: index + 1, paragraph: paragraph,
                                              section: nil, isHeading: false))
                    if Int.random(in: 0..<6, using: &random) == 0 { tableRows.insert(index) }
                    figures.append(Int.random(in: 0..<4, using: &random) == 0 ? Int.random(in: 1...3, using: &random) : 0)
                }
            }
            var ahead = QuantitiesAhead(), read: [Int] = [], quantities: [Quantity] = []
            for index in sentences.indices where !tableRows.contains(index) {
                let followed = ahead.quantities(of: index, in: sentences, into: &quantities,
                                                isTableRow: { tableRows.contains($0.line - 1) }) { sentence, found in
                    read.append(sentence.line - 1)
                    found.append(contentsOf: repeatElement(Self.quantity, count: figures[sentence.line - 1]))
                }
                #expect(quantities.count == figures[index])
                let rest = sentences.indices.filter {
                    $0 >= index && sentences[$0].paragraph == sentences[index].paragraph && !tableRows.contains($0)
                }
                let expected = rest.contains { figures[$0] > 0 }
                #expect(followed == expected)
                if expected { answers.true += 1 } else { answers.false += 1 }
                // Read no further than the first sentence with figures from here on.
                if let next = rest.first(where: { figures[$0] > 0 }) { #expect(read.last! <= max(next, index)) }
            }
            #expect(read == sentences.indices.filter { !tableRows.contains($0) })
        }
        // Both answers came up often enough to test.
        #expect(answers.true > 500 && answers.false > 500)
    }
}
