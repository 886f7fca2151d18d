/// Fast passes over UTF-16 text for the loops that look at every character
/// but act on few: semicolons and spaces, table separators, surrogates.
/// (Line breaks and undecodable units, the passes over whole windows, are
/// the C shim's: `hq_first_line_break`, `hq_undecodable_units`.)
///
/// Predicates answer 1 for a match and 0 otherwise, and are built from
/// ``flag(_:)`` with `|` rather than `||`: with no branches, the compiler
/// tests a block of units at once with vector instructions. Only a block
/// that holds a match is then looked at unit by unit.
enum CodeUnitScan {
    /// Units tested together.
    private static let block = 32

    /// 1 when `condition` holds, else 0, without a branch.
    @inline(__always)
    static func flag(_ condition: Bool) -> UInt8 {
        condition ? 1 : 0
    }

    /// The index of the first unit at or after `start` for which `matches`
    /// answers 1, or `units.count`.
    @inline(__always)
    static func firstIndex(in units: UnsafeBufferPointer<UInt16>, from start: Int,
                           where matches: (UInt16) -> UInt8) -> Int {
        var index = start
        while index + block <= units.count {
            var found: UInt8 = 0 // a count, at most `block`: a sum the compiler cannot cut short
            for unit in UnsafeBufferPointer(rebasing: units[index..<(index + block)]) { found &+= matches(unit) }
            if found != 0 { break }
            index += block
        }
        while index < units.count, matches(units[index]) == 0 { index += 1 }
        return index
    }
}
