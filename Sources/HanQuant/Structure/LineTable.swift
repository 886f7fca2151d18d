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
                index = CodeUnitScan.firstIndex(in: units, from: index) { unit in
                    CodeUnitScan.flag(unit == CodeUnit.lineFeed) | CodeUnitScan.flag(unit == CodeUnit.carriageReturn)
                        | CodeUnitScan.flag(unit == CodeUnit.nextLine) | CodeUnitScan.flag(unit | 1 == CodeUnit.paragraphSeparator)
                }
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

    /// A short line, in UTF-16 units, for reserving room.
    static let shortLine = 16

    /// The number of lines.
    public var count: Int { ranges.count }

    /// The 1-based number of the line holding `offset`.
    public func lineNumber(at offset: Int) -> Int {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        return max(low, 1)
    }
}
