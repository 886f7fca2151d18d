import CICU

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
        // A window's text is a few megabytes, far from the shim's 32-bit counts.
        let end = min(text.count, limit, Int(Int32.max))
        guard countedUpTo < end else { return nil }
        var runs = Int32(runs)
        // The shim counts eight units at a time (`hq_digit_runs`): most
        // Chinese text holds few digits, and a block is one comparison.
        let found = text.withUnsafeBufferPointer {
            hq_digit_runs($0.baseAddress!, Int32(countedUpTo), Int32(end), &runs, Int32(most))
        }
        self.runs = Int(runs)
        if found >= 0 {
            reached = Int(found)
            return Int(found)
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
}
