/// The position after the last mark (a comma, a closing parenthesis …)
/// before an index of one sentence, for indices asked in increasing order:
/// each unit is looked at once, so a sentence of n units with m figures
/// costs n, not n × m. An index before one already asked is answered by
/// scanning back, as a plain search would.
struct MarkCursor {
    private let start: Int
    private var scanned: Int
    private var last: Int
    /// The units looked at so far, for the tests that keep the Facts stage linear.
    private(set) var looked = 0

    /// A cursor over the sentence starting at `start`.
    init(from start: Int) {
        self.start = start
        scanned = start
        last = start
    }

    /// The position after the last unit in `marks` before `index`, or the sentence's start.
    mutating func afterLast(of marks: CodeUnitSet, before index: Int, in units: [UInt16]) -> Int {
        guard index >= scanned else {
            var position = index
            while position > start, !marks.contains(units[position - 1]) { position -= 1 }
            looked += index - position
            return position
        }
        looked += index - scanned
        while scanned < index {
            if marks.contains(units[scanned]) { last = scanned + 1 }
            scanned += 1
        }
        return last
    }
}
