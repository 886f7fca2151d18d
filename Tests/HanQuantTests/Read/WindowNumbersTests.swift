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

    @Test("text grown in random steps gives the one-pass count's answer at every step, in the text before the limit", arguments: 0..<40)
    func grownText(seed: UInt64) {
        var random = SeededGenerator(seed: 0x9A3B &+ seed)
        let windowBytes = Int.random(in: 1...4000, using: &random)
        var numbers = WindowNumbers(windowBytes: windowBytes)
        #expect(numbers.most == max(1, windowBytes / 112))
        // A limit inside the text grown, or past all of it.
        let limit = Bool.random(using: &random) ? Int.random(in: 1...1200, using: &random) : Int.max
        var text: [UInt16] = []
        for _ in 0..<30 {
            for _ in 0..<Int.random(in: 0...40, using: &random) { text.append(Self.alphabet.randomElement(using: &random)!) }
            #expect(numbers.tooMany(in: text, before: limit) == Self.tooMany(Array(text.prefix(limit)), most: numbers.most),
                    "\(text.count) units, at most \(numbers.most), limit \(limit)")
        }
    }

    /// Units next to the digits in every way the eight-at-a-time test
    /// could confuse them: either side of both ranges, the same low byte
    /// under another high byte, the same high byte under another low one.
    static let nearDigits: [UInt16] = [
        0x2F, 0x3A, 0x20, 0x0A, 0x130, 0x3030, 0x3039, 0x7F30, 0x8030, 0xFF0F, 0xFF1A, 0xFF00, 0xFF30, 0xFE10, 0xEF10,
        0x0010, 0x0019, 0xFFFF, 0x0000, 0x4E00, 0x589E, 0x9FFF, 0xD83D, 0xDE00,
    ]

    @Test("long stretches without digits, of units next to them, between runs: the one-pass count's answer", arguments: 0..<40)
    func nearDigitText(seed: UInt64) {
        var random = SeededGenerator(seed: 0x51D0 &+ seed)
        var numbers = WindowNumbers(windowBytes: Int.random(in: 112...3000, using: &random))
        var text: [UInt16] = []
        for _ in 0..<30 {
            for _ in 0..<Int.random(in: 0...60, using: &random) {
                let isDigit = Int.random(in: 0..<12, using: &random) == 0
                text.append(isDigit ? [UInt16(0x30), 0x39, 0xFF10, 0xFF19, 0x35, 0xFF15].randomElement(using: &random)!
                                    : Self.nearDigits.randomElement(using: &random)!)
            }
            #expect(numbers.tooMany(in: text, before: .max) == Self.tooMany(text, most: numbers.most),
                    "\(text.count) units, at most \(numbers.most)")
        }
    }

    @Test("a run past the limit is not counted")
    func limit() {
        var numbers = WindowNumbers(windowBytes: 224)
        let text = Array("12,34,56,78".utf16)
        #expect(numbers.tooMany(in: text, before: 6) == nil, "56 begins at the limit")
        #expect(numbers.tooMany(in: text, before: 6) == nil, "and stays uncounted")
        var again = WindowNumbers(windowBytes: 224)
        #expect(again.tooMany(in: text, before: 7) == 6)
    }

    @Test("after a restart, the text carried past the cut is counted anew")
    func restart() {
        var numbers = WindowNumbers(windowBytes: 224)
        let text = Array("12,34,56,78".utf16)
        #expect(numbers.tooMany(in: text, before: .max) == 6, "the third run, 56, is one too many for 2")
        numbers.restart()
        let rest = Array(text[6...])
        #expect(numbers.tooMany(in: rest, before: .max) == nil, "56 and 78 are two")
        #expect(numbers.tooMany(in: rest + Array("增长９".utf16), before: .max) == 7, "a full-width digit's run is the third")
    }
}
