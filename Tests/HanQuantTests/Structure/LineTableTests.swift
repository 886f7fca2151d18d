import Testing
@testable import HanQuant

/// Line numbers found from a hint, as the output does for facts in text
/// order, must be the ones a search from the start finds.
@Suite("Line numbers")
struct LineTableTests {
    @Test("A hinted look-up agrees with a full search, for any hint")
    func hinted() {
        var generator = SeededGenerator(seed: 20161231)
        // Lines of random lengths, empty ones and all four kinds of break among them.
        let breaks = ["\n", "\r\n", "\r", "\u{2028}"]
        var text = ""
        for _ in 0..<400 {
            text += String(repeating: "字", count: Int.random(in: 0...12, using: &generator))
            text += breaks.randomElement(using: &generator)!
        }
        let units = Array(text.utf16)
        let lines = LineTable(units)
        // A CR ending an empty line joins the LF that follows it, so a few of the 400 breaks merge.
        #expect((390...400).contains(lines.count))
        var mismatches = 0
        for offset in 0...units.count {
            let expected = lines.lineNumber(at: offset)
            for hint in [1, max(expected - 1, 1), expected, expected + 1, expected + 20, lines.count + 5] {
                if lines.lineNumber(at: offset, after: hint) != expected { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
        #expect(lines.lineNumber(at: 0) == 1)
    }

    /// The lines a unit-by-unit reading finds: the reference for the C shim's scan.
    static func referenceLines(_ units: [UInt16]) -> [Range<Int>] {
        var ranges: [Range<Int>] = [], start = 0, index = 0
        while index < units.count {
            let unit = units[index]
            guard unit == 0x0A || unit == 0x0D || unit == 0x85 || unit == 0x2028 || unit == 0x2029 else { index += 1; continue }
            ranges.append(start..<index)
            index += unit == 0x0D && index + 1 < units.count && units[index + 1] == 0x0A ? 2 : 1
            start = index
        }
        if start < units.count { ranges.append(start..<units.count) }
        return ranges
    }

    @Test("Lines of every length, ending in every kind of break at every place of a block of eight, are found as a unit-by-unit reading finds them")
    func everyBreakAnywhere() {
        var generator = SeededGenerator(seed: 0x2029)
        // The five breaks, CR LF, and units next to them that are none (U+2027, U+202A, U+0084, U+0086, tab).
        let breaks: [[UInt16]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x85], [0x2028], [0x2029]]
        let others: [UInt16] = [0x5B57, 0x41, 0x2027, 0x202A, 0x84, 0x86, 0x09, 0x0B, 0x20]
        var breaksSeen = 0
        for _ in 0..<500 {
            var units: [UInt16] = []
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                for _ in 0..<Int.random(in: 0...20, using: &generator) { units.append(others.randomElement(using: &generator)!) }
                units += breaks.randomElement(using: &generator)!
                breaksSeen += 1
            }
            if Bool.random(using: &generator) { units.append(0x5B57) }
            #expect(LineTable(units).ranges == Self.referenceLines(units), "\(units)")
        }
        #expect(breaksSeen > 5000)
    }
}
