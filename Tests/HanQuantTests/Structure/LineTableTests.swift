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
}
