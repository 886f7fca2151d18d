/// Where each line of a text starts, for turning offsets into 1-based line numbers.
///
/// Lines end at LF, CR LF, CR, NEL, LS or PS.
public struct LineTable: Sendable {
    /// Each line's range of UTF-16 units, without its line break.
    public let ranges: [Range<Int>]

    /// Finds the lines of `units`.
    public init(_ units: [UInt16]) {
        var ranges: [Range<Int>] = []
        // Room reserved is only address space until written: reserving for
        // short lines spares the copies of a growing array on large texts.
        ranges.reserveCapacity(units.count / Self.shortLine + 1)
        var start = 0
        units.withUnsafeBufferPointer { units in
            var index = 0
            while true {
                index = Self.breaks.firstIndex(in: units, from: index, to: units.count)
                guard index < units.count else { break }
                let unit = units[index]
                ranges.append(start..<index)
                index += unit == CodeUnit.carriageReturn && index + 1 < units.count
                    && units[index + 1] == CodeUnit.lineFeed ? 2 : 1
                start = index
            }
        }
        if start < units.count { ranges.append(start..<units.count) }
        self.ranges = ranges
    }

    /// LF, CR, NEL, LS and PS.
    private static let breaks = UnitRanges([0x0A...0x0A, 0x0D...0x0D, 0x85...0x85, 0x2028...0x2029])

    /// A short line, in UTF-16 units, for reserving room.
    static let shortLine = 16

    /// The number of lines.
    public var count: Int { ranges.count }

    /// The 1-based number of the line holding `offset`.
    public func lineNumber(at offset: Int) -> Int {
        lineNumber(at: offset, searchingFrom: 0)
    }

    /// ``lineNumber(at:)`` for an offset known to lie on line `hint` or
    /// after it, as when offsets come in order: the next few lines are
    /// stepped through before a binary search of the rest, which on a large
    /// text touches memory far apart.
    func lineNumber(at offset: Int, after hint: Int) -> Int {
        var low = max(hint - 1, 0)
        // An offset before the hinted line is searched for from the start.
        guard low < ranges.count, ranges[low].lowerBound <= offset else { return lineNumber(at: offset, searchingFrom: 0) }
        for _ in 0..<Self.linesStepped {
            low += 1
            guard low < ranges.count, ranges[low].lowerBound <= offset else { return max(low, 1) }
        }
        return lineNumber(at: offset, searchingFrom: low)
    }

    /// Lines stepped through by ``lineNumber(at:after:)`` before it searches.
    private static let linesStepped = 8

    /// The number of lines starting at or before `offset`, at least 1,
    /// where the lines before `first` are known to.
    private func lineNumber(at offset: Int, searchingFrom first: Int) -> Int {
        var low = first, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        return max(low, 1)
    }
}
