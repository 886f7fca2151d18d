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
    private var icuBoundaries: [Int] = []

    /// The sentence ranges within `range` of `units`.
    func sentences(in units: [UInt16], range: Range<Int>) -> [Range<Int>] {
        iterator.boundaries(of: units[range], into: &icuBoundaries)
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
                // Candidates: semicolons and spaces (U+0009…U+000C, with LF, which a paragraph does not hold).
                offset = CodeUnitScan.firstIndex(in: paragraph, from: offset) { unit in
                    CodeUnitScan.flag(unit == CodeUnit.semicolon) | CodeUnitScan.flag(unit == CodeUnit.space)
                        | CodeUnitScan.flag(unit &- CodeUnit.tab < 4) | CodeUnitScan.flag(unit == 0x200B)
                        | CodeUnitScan.flag(unit == 0xFEFF)
                }
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

    /// Whether the text before `boundary` ends in a digit and a full stop, as in `1.`.
    private func followsListNumber(_ units: [UInt16], boundary: Int, from start: Int) -> Bool {
        var index = boundary - 1
        while index > start, CodeUnit.isSpace(units[index]) { index -= 1 }
        return index > start && units[index] == CodeUnit.fullStop && CodeUnit.isDigit(units[index - 1])
    }
}
