import Testing
@testable import HanQuant

/// The period scanner passes over some positions without reading them: it
/// must pass over only positions where reading finds nothing.
@Suite("Period scanner")
struct PeriodScannerTests {
    /// Pieces of text dense in figures and dates, with the forms that begin
    /// with a digit (1-3季度), Chinese digits and a year of the Republic of China.
    private static let pieces = ["0", "1", "2", "3", "5", "9", "2016", "76954", "11", "12.5", "年", "月", "日", "-", "至", "季度", "1-3季度",
                                 "份", "底", "末", "度", ".", "%", "亿元", "增长", "比上年", ",", "以来", "一", "〇",
                                 "二", "民國", "中華民國", "今年", "上半年", "/"]

    @Test("Every position passed over after reading nothing would have read nothing")
    func skippedPositionsReadNothing() {
        let scanner = PeriodScanner.bundled
        var random = SeededGenerator(seed: 1_607)
        var skipped = 0, found = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...16, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            let units = Array(text.utf16)
            let bounds = 0..<units.count
            for readsROCYears in [false, true] {
                for index in bounds {
                    guard scanner.read(units, at: index, bounds: bounds, readsROCYears: readsROCYears) == nil else {
                        found += 1
                        continue
                    }
                    let next = scanner.nextStart(afterNothingAt: index, in: units, limit: bounds.upperBound)
                    #expect(next > index)
                    for passed in (index + 1)..<max(index + 1, next) {
                        skipped += 1
                        #expect(scanner.read(units, at: passed, bounds: bounds, readsROCYears: readsROCYears) == nil,
                                "\(text) at \(passed)")
                    }
                }
            }
        }
        // Both happen often enough to test: positions passed over, and periods read.
        #expect(skipped > 5_000 && found > 5_000, "\(skipped) passed over, \(found) read")
    }
}
