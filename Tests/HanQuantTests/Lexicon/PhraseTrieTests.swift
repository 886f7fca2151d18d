import Testing
@testable import HanQuant

@Suite("Phrase tries agree with a search of every phrase")
struct PhraseTrieTests {
    /// A small alphabet, so that phrases share starts and ends: ideographs
    /// of one page, units with the same low byte on other pages (万 is
    /// U+4E07, ≇ U+2247), ASCII and the ends of the plane.
    static let alphabet: [UInt16] = [0x4E07, 0x4E00, 0x4E8C, 0x5307, 0x2247, 0x0007, 0x0041, 0x0000, 0xFFFF, 0x9FFF]

    /// Random phrases of one to four units, each with its index as value
    /// (a repeated phrase keeps the last index, as `insert` replaces it).
    static func phrases(using generator: inout SeededGenerator) -> [[UInt16]: Int] {
        var phrases: [[UInt16]: Int] = [:]
        for index in 0..<Int.random(in: 1...12, using: &generator) {
            let length = Int.random(in: 1...4, using: &generator)
            phrases[(0..<length).map { _ in alphabet.randomElement(using: &generator)! }] = index
        }
        return phrases
    }

    @Test("Longest matches forward and backward, any match and exact look-ups, on random phrases and texts")
    func randomPhrases() {
        var generator = SeededGenerator(seed: 0x7472_6965)
        var matched = 0
        for _ in 0..<400 {
            let phrases = Self.phrases(using: &generator)
            var forward = PhraseTrie<Int>(), backward = PhraseTrie<Int>(readingBackward: true)
            for (phrase, value) in phrases.sorted(by: { $0.value < $1.value }) {
                let text = String(decoding: phrase, as: UTF16.self) // the alphabet has no surrogate
                forward.insert(text, value)
                backward.insert(text, value)
            }
            let text = (0..<20).map { _ in Self.alphabet.randomElement(using: &generator)! }
            for start in 0...text.count {
                for limit in start...text.count {
                    let expected = phrases.filter { $0.key.count <= limit - start && text[start..<(start + $0.key.count)].elementsEqual($0.key) }
                        .max { $0.key.count < $1.key.count }
                    let found = forward.longestMatch(in: text, from: start, limit: limit)
                    #expect(found?.value == expected?.value && found?.end == expected.map { start + $0.key.count })
                    #expect(forward.hasMatch(in: text, from: start, limit: limit, where: { _ in true }) == (expected != nil))
                    if found != nil { matched += 1 }
                }
                let end = start
                for limit in 0...end {
                    let expected = phrases.filter { $0.key.count <= end - limit && text[(end - $0.key.count)..<end].elementsEqual($0.key) }
                        .max { $0.key.count < $1.key.count }
                    let found = backward.longestMatch(in: text, endingAt: end, limit: limit)
                    #expect(found?.value == expected?.value && found?.start == expected.map { end - $0.key.count })
                }
            }
            for (phrase, value) in phrases {
                #expect(forward.value(exactly: phrase[...]) == value)
                #expect(forward.hasPhrase(beginningWith: phrase[0]))
            }
            #expect(forward.value(exactly: [][...]) == nil)
        }
        #expect(matched > 10_000)
    }
}
