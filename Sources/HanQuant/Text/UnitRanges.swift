import CICU

/// A few ranges of UTF-16 code units that a pass over text looks for: line
/// breaks, undecodable units, table and sentence separators, surrogates.
/// Such passes look at every unit and act on few; the C shim tests the text
/// eight units at a time (SSE2) and takes the place of a match from the
/// comparison's mask, one unit at a time on other processors.
struct UnitRanges: Sendable {
    private let ranges: [hq_unit_range]

    /// The units of `ranges`: one to eight, none of them the whole plane.
    init(_ ranges: [ClosedRange<UInt16>]) {
        precondition((1...8).contains(ranges.count), "one to eight ranges of units")
        self.ranges = ranges.map { range in
            precondition(range.count < 0x10000, "a range short of the whole plane")
            return hq_unit_range(first: range.lowerBound, count: UInt16(range.count))
        }
    }

    /// The index of the first unit in `start..<end` of `units` that falls in
    /// a range, or `end`.
    func firstIndex(in units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Int {
        precondition(0 <= start && start <= end && end <= units.count)
        guard start < end, let base = units.baseAddress else { return end }
        return ranges.withUnsafeBufferPointer {
            Int(hq_first_in_ranges(base, Int32(start), Int32(end), $0.baseAddress, Int32($0.count)))
        }
    }

    /// How many of `units` fall in a range.
    func count(in units: UnsafeBufferPointer<UInt16>) -> Int {
        guard let base = units.baseAddress else { return 0 }
        return ranges.withUnsafeBufferPointer {
            Int(hq_count_in_ranges(base, Int64(units.count), $0.baseAddress, Int32($0.count)))
        }
    }
}
