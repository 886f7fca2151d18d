import Testing
@testable import HanQuant

/// The C shim's passes for a few ranges of units find what a unit-by-unit
/// reading finds: for one to eight ranges of any sizes, on texts of units
/// drawn inside, at the edges of and just outside the ranges, from any start
/// to any end (so that matches fall at every place of a block of eight).
@Suite("Passes over text for a few ranges of units")
struct UnitRangesTests {
    @Test("the first unit in the ranges and their count, against a unit-by-unit reading (generated)", arguments: 0..<4)
    func sameAsOneByOne(seed: UInt64) {
        var generator = SeededGenerator(seed: 0x5E2 &+ seed)
        var matchesSeen = 0
        for _ in 0..<400 {
            // Ranges of one to four units, or up to 2,049 (as box drawing and surrogates are).
            let ranges: [ClosedRange<UInt16>] = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                let first = UInt16.random(in: 0...0xF7FF, using: &generator)
                let longest: UInt16 = Bool.random(using: &generator) ? 3 : 0x800
                return first...(first + UInt16.random(in: 0...longest, using: &generator))
            }
            let set = UnitRanges(ranges)
            // Units at and beside each range's ends, and others anywhere.
            let near = ranges.flatMap { [$0.lowerBound, $0.upperBound, $0.lowerBound &- 1, $0.upperBound &+ 1] }
            let units: [UInt16] = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? near.randomElement(using: &generator)!
                    : UInt16.random(in: 0...0xFFFF, using: &generator)
            }
            let isIn = { (unit: UInt16) in ranges.contains { $0.contains(unit) } }
            units.withUnsafeBufferPointer { buffer in
                let start = Int.random(in: 0...units.count, using: &generator)
                let end = Int.random(in: start...units.count, using: &generator)
                let expected = (start..<end).first { isIn(units[$0]) } ?? end
                #expect(set.firstIndex(in: buffer, from: start, to: end) == expected, "\(ranges) in \(units[start..<end])")
                #expect(set.count(in: buffer) == units.filter(isIn).count, "\(ranges) in \(units)")
                if expected < end { matchesSeen += 1 }
            }
        }
        #expect(matchesSeen > 100)
    }
}
