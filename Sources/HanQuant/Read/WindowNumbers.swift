/// Counts the numbers of the text a window is cut from, so that a window
/// ends once it holds its share of them, however short it is then.
///
/// A window's memory grows with its facts more than with its text (each
/// fact is a record of some 600 bytes of output), and facts follow the
/// numbers written in digits: the seed report holds about 7,000 runs of
/// digits in a window of 1 MB, a statistical bulletin's lines twice as
/// many. Counting runs of ASCII or full-width digits in the original text
/// is a pass over the units with no decoding; a number written in Chinese
/// numerals is not counted, and a figure with thousands separators counts
/// once for each group, which only makes a window of them shorter.
struct WindowNumbers {
    /// The most digit runs a window holds: it is cut at the first place
    /// it may end once its next run would be one too many.
    let most: Int
    /// How far `text` has been counted since the last cut, and how many runs began there.
    private var countedUpTo = 0
    private var runs = 0
    /// Where the run one too many begins, once it is there.
    private var reached: Int?

    /// A count for windows of `windowBytes` bytes: one run for every 112
    /// bytes, 9,362 for 1 MB (the seed report's windows stay cut by their size).
    init(windowBytes: Int) {
        most = max(1, windowBytes / 112)
    }

    /// Where in `text` (the text carried since the last cut, which only
    /// grows until the next) the run one too many begins, if it begins
    /// before `limit`; nil while the text before `limit` holds no more than
    /// ``most``. A window is never longer than its size, so a run past it
    /// changes nothing, and the text past it is not counted: it is counted
    /// again after the cut.
    mutating func tooMany(in text: [UInt16], before limit: Int) -> Int? {
        if let reached { return reached }
        let most = most
        var runs = runs
        let (end, found) = text.withUnsafeBufferPointer { units -> (Int, Int?) in
            var index = countedUpTo
            var afterDigit = index > 0 && Self.isDigit(units[index - 1])
            let end = min(units.count, limit)
            while index < end {
                // Eight units at a time while they hold no digit, as most Chinese text does;
                // a block that holds one is counted unit by unit.
                if end - index >= 8, !Self.holdsDigit(units, at: index) {
                    index += 8
                    afterDigit = false
                    continue
                }
                let blockEnd = min(end, index + 8)
                while index < blockEnd {
                    let digit = Self.isDigit(units[index])
                    if digit, !afterDigit {
                        runs += 1
                        if runs > most { return (index, index) }
                    }
                    afterDigit = digit
                    index += 1
                }
            }
            return (index, nil)
        }
        self.runs = runs
        if let found {
            reached = found
            return found
        }
        countedUpTo = end
        return nil
    }

    /// Starts again after a cut: the text carried past it is counted anew.
    mutating func restart() {
        countedUpTo = 0
        runs = 0
        reached = nil
    }

    /// Whether one of the eight units from `index` is an ASCII or full-width
    /// digit, tested four at a time in 16-bit lanes. A unit is a digit when
    /// its exclusive or with 0x0030 or with 0xFF10 is below 10: the digits
    /// differ from those two only in their low four bits, as 0 to 9 do. A
    /// lane below 10 borrows into its high bit when 10 is taken from it,
    /// and that bit was clear. Exact for "any", though not for "which".
    @inline(__always)
    private static func holdsDigit(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
        let raw = UnsafeRawPointer(units.baseAddress! + index)
        return holdsDigit(raw.loadUnaligned(as: UInt64.self)) || holdsDigit(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    }

    @inline(__always)
    private static func holdsDigit(_ lanes: UInt64) -> Bool {
        let ones: UInt64 = 0x0001_0001_0001_0001, highs: UInt64 = 0x8000_8000_8000_8000
        func hasLaneBelowTen(_ word: UInt64) -> Bool { (word &- 10 &* ones) & ~word & highs != 0 }
        return hasLaneBelowTen(lanes ^ (0x0030 &* ones)) || hasLaneBelowTen(lanes ^ (0xFF10 &* ones))
    }

    /// An ASCII or full-width digit.
    @inline(__always)
    private static func isDigit(_ unit: UInt16) -> Bool {
        (unit &- 0x30 < 10) || (unit &- 0xFF10 < 10)
    }
}
