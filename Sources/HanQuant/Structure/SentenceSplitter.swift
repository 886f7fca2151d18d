/// Splits a paragraph into sentences.
///
/// ICU's sentence break (locale zh) does most of the work. On top of it:
/// - a break after `;` (ASCII or full-width), which ICU does not make;
/// - a break at a run of two or more spaces, which reports use to set an
///   unpunctuated sub-heading apart from the text after it;
/// - no break after a list number such as `1.` before Chinese text, which
///   ICU would otherwise cut off as a sentence of its own.
///
/// Sentences are trimmed of surrounding spaces; their terminator stays with them.
/// One splitter holds an ICU iterator: use one per task.
final class SentenceSplitter {
    private let iterator = BreakIterator(.sentence)
    /// ICU's boundaries in the paragraph at hand, in an array kept from one
    /// paragraph to the next.
    private(set) var icuBoundaries: [Int] = []
    /// ICU's boundaries in one run of pieces (see ``findICUBoundaries(in:range:)``).
    private var pieceBoundaries: [Int] = []

    private let property = SentenceBreakProperty.icu
    /// Semicolons and spaces (U+0009 to U+000C, with LF, which a paragraph
    /// does not hold; U+0020, U+200B, U+FEFF): where a sentence may break
    /// that ICU does not break.
    private static let separatorCandidates = UnitRanges([0x3B...0x3B, 0x20...0x20, 0x09...0x0C, 0x200B...0x200B, 0xFEFF...0xFEFF])

    /// The sentence ranges within `range` of `units`.
    func sentences(in units: [UInt16], range: Range<Int>) -> [Range<Int>] {
        findICUBoundaries(in: units, range: range)
        var boundaries: [Int] = []
        boundaries.reserveCapacity(icuBoundaries.count + 4)
        for end in icuBoundaries {
            let boundary = range.lowerBound + end
            if !followsListNumber(units, boundary: boundary, from: range.lowerBound) {
                boundaries.append(boundary)
            }
        }
        units[range].withUnsafeBufferPointer { paragraph in
            var offset = 0
            while true {
                offset = Self.separatorCandidates.firstIndex(in: paragraph, from: offset, to: paragraph.count)
                guard offset < paragraph.count else { break }
                let index = range.lowerBound + offset
                if paragraph[offset] == CodeUnit.semicolon {
                    boundaries.append(index + 1)
                } else if CodeUnit.isSpace(paragraph[offset]), offset + 1 < paragraph.count,
                          CodeUnit.isSpace(paragraph[offset + 1]) {
                    boundaries.append(index)
                    while offset < paragraph.count, CodeUnit.isSpace(paragraph[offset]) { offset += 1 }
                    continue
                }
                offset += 1
            }
        }
        boundaries.sort()

        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(boundaries.count + 1)
        var start = range.lowerBound
        for boundary in boundaries where boundary > start {
            let sentence = (start..<boundary).trimmingSpaces(in: units)
            if !sentence.isEmpty { sentences.append(sentence) }
            start = boundary
        }
        let last = (start..<range.upperBound).trimmingSpaces(in: units)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }

    /// Puts into `icuBoundaries` what ICU's sentence iterator finds in
    /// `range` (offsets from its start, ending with its length), while
    /// handing ICU only the stretches where it has something to decide.
    ///
    /// By UAX #29, a sentence boundary follows only a terminator (STerm,
    /// ATerm) or a separator, and a terminator right before a letter without
    /// case (。 then 今) is always one. Those sure boundaries cut the text into
    /// pieces. ICU's rules move forward from a known boundary, so a piece that
    /// holds no other terminator or separator gives just its end, without
    /// ICU; an ATerm before a digit (10.69) counts as none, since no boundary
    /// can follow it. Runs of other pieces go to ICU, which finds in them
    /// what it would find in the whole text. Tests compare the two.
    func findICUBoundaries(in units: [UInt16], range: Range<Int>) {
        // Worked in a local array, moved out of the property and back: a
        // property of a class appended to in the loop pays a runtime
        // exclusivity check on every append.
        var found: [Int] = []
        swap(&found, &icuBoundaries)
        found.removeAll(keepingCapacity: true)
        defer { swap(&found, &icuBoundaries) }
        var pieceStart = range.lowerBound
        var doubtfulStart: Int?  // where the run of pieces ICU must read starts
        var isDoubtful = false
        func endPiece(at end: Int) {
            if isDoubtful {
                if doubtfulStart == nil { doubtfulStart = pieceStart }
            } else {
                askICU(units, through: pieceStart, from: &doubtfulStart, paragraph: range.lowerBound, into: &found)
                found.append(end - range.lowerBound)
            }
            pieceStart = end
            isDoubtful = false
        }
        units.withUnsafeBufferPointer { units in
            // The last unit is never looked at: nothing follows it to decide.
            let lastLookedAt = max(range.lowerBound, range.upperBound - 1)
            var index = range.lowerBound
            while true {
                index = property.mayEndSentence.firstIndex(in: units, range: index..<lastLookedAt) + 1
                guard index < range.upperBound else { break }
                let unit = units[index - 1], next = units[index]
                if property.terminators.contains(unit), property.otherLetters.contains(next) {
                    endPiece(at: index)
                } else if !(property.ambiguousTerminators.contains(unit) && CodeUnit.isDigit(next)) {
                    isDoubtful = true
                }
            }
        }
        if pieceStart < range.upperBound { endPiece(at: range.upperBound) }
        askICU(units, through: range.upperBound, from: &doubtfulStart, paragraph: range.lowerBound, into: &found)
    }

    /// Runs ICU over the doubtful pieces from `start` to `end`, if any, and
    /// appends its boundaries, as offsets from `paragraph`, to `found`.
    private func askICU(_ units: [UInt16], through end: Int, from start: inout Int?, paragraph: Int,
                        into found: inout [Int]) {
        guard let first = start else { return }
        start = nil
        iterator.boundaries(of: units[first..<end], into: &pieceBoundaries)
        for boundary in pieceBoundaries { found.append(first - paragraph + boundary) }
    }

    /// Whether the text before `boundary` ends in a digit and a full stop, as in `1.`.
    private func followsListNumber(_ units: [UInt16], boundary: Int, from start: Int) -> Bool {
        var index = boundary - 1
        while index > start, CodeUnit.isSpace(units[index]) { index -= 1 }
        return index > start && units[index] == CodeUnit.fullStop && CodeUnit.isDigit(units[index - 1])
    }
}
