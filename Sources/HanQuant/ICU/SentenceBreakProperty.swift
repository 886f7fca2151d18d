import CICU

/// The code units of the Basic Multilingual Plane grouped by their Unicode
/// Sentence_Break property (UAX #29), as the system ICU defines it: the
/// data ``SentenceSplitter`` needs to see where ICU's sentence iterator
/// cannot find anything.
struct SentenceBreakProperty: Sendable {
    /// STerm: full stops that always end a sentence (。 ! ?).
    let terminators: CodeUnitSet
    /// ATerm: full stops that may be a decimal point or an abbreviation (`.`).
    let ambiguousTerminators: CodeUnitSet
    /// OLetter: letters without case, among them the Chinese ideographs.
    let otherLetters: CodeUnitSet
    /// Every unit a sentence boundary can follow: terminators, separators
    /// (Sep, CR, LF), and surrogates, whose code points are not looked up.
    let mayEndSentence: CodeUnitSet

    /// The property as the system ICU gives it.
    static let icu = SentenceBreakProperty()

    private init() {
        terminators = Self.units(HQ_SENTENCE_TERMINATOR)
        ambiguousTerminators = Self.units(HQ_SENTENCE_AMBIGUOUS_TERMINATOR)
        otherLetters = Self.units(HQ_SENTENCE_OTHER_LETTER)
        var mayEnd = Self.units(HQ_SENTENCE_SEPARATOR)
        mayEnd.formUnion(terminators)
        mayEnd.formUnion(ambiguousTerminators)
        mayEnd.insert(from: 0xD800, through: 0xDFFF)
        mayEndSentence = mayEnd
    }

    /// The units of the BMP in one HQ_SENTENCE_ group.
    private static func units(_ group: Int) -> CodeUnitSet {
        var status: Int32 = 0
        var ranges = [Int32](repeating: 0, count: 2 * 512)
        var count = Int(hq_sentence_break_ranges(Int32(group), &ranges, Int32(ranges.count / 2), &status))
        if status == Int32(HQ_BUFFER_TOO_SMALL) {
            ranges = [Int32](repeating: 0, count: 2 * count)
            count = Int(hq_sentence_break_ranges(Int32(group), &ranges, Int32(count), &status))
        }
        precondition(status == Int32(HQ_OK), "ICU could not give the Sentence_Break property (status \(status))")
        var set = CodeUnitSet(units: [])
        for pair in 0..<count {
            let first = Int(ranges[2 * pair]), last = Int(ranges[2 * pair + 1])
            guard first <= 0xFFFF else { continue }
            set.insert(from: UInt16(first), through: UInt16(min(last, 0xFFFF)))
        }
        return set
    }
}
