import Testing
@testable import HanQuant

/// The digit runs a window holds, counted as its text grows: the run one
/// too many is found where a count of the whole text finds it, however the
/// text came in, and the count starts again after a cut.
@Suite("Window numbers")
struct WindowNumbersTests {
    /// The units texts are drawn from: ASCII and full-width digits, a
    /// decimal point, a comma, Han characters, a line feed.
    static let alphabet: [UInt16] = Array("0123456789０１２３４５６７８９.,增长亿元\n".utf16)

    /// Where each run of ASCII or full-width digits begins in `text`.
    static func runStarts(in text: [UInt16]) -> [Int] {
        let isDigit = { (unit: UInt16) in (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit) }
        return text.indices.filter { isDigit(text[$0]) && ($0 == 0 || !isDigit(text[$0 - 1])) }
    }

    /// How many runs of digits `text` holds.
    static func runs(in text: [UInt16]) -> Int { runStarts(in: text).count }

    /// Where the run one too many for `most` begins in `text`, counted in one pass: nil when there are no more than `most`.
    static func tooMany(_ text: [UInt16], most: Int) -> Int? {
        let starts = runStarts(in: text)
        return starts.count > most ? starts[most] : nil
    }

    @Test("text grown in random steps gives the one-pass count's answer at every step", arguments: 0..<40)
    func grownText(seed: UInt64) {
        var random = SeededGenerator(seed: 0x9A3B &+ seed)
        let windowBytes = Int.random(in: 1...4000, using: &random)
        var numbers = WindowNumbers(windowBytes: windowBytes)
        #expect(numbers.most == max(1, windowBytes / 112))
        var text: [UInt16] = []
        for _ in 0..<30 {
            for _ in 0..<Int.random(in: 0...40, using: &random) { text.append(Self.alphabet.randomElement(using: &random)!) }
            #expect(numbers.tooMany(in: text) == Self.tooMany(text, most: numbers.most), "\(text.count) units, at most \(numbers.most)")
        }
    }

    @Test("after a restart, the text carried past the cut is counted anew")
    func restart() {
        var numbers = WindowNumbers(windowBytes: 224)
        let text = Array("12,34,56,78".utf16)
        #expect(numbers.tooMany(in: text) == 6, "the third run, 56, is one too many for 2")
        numbers.restart()
        let rest = Array(text[6...])
        #expect(numbers.tooMany(in: rest) == nil, "56 and 78 are two")
        #expect(numbers.tooMany(in: rest + Array("增长９".utf16)) == 7, "a full-width digit's run is the third")
    }
}
