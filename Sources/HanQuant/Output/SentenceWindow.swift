/// The part of a long sentence a fact's record carries: a sentence of at
/// most ``longest`` UTF-16 units whole; a longer one cut to ``context``
/// units on each side of the fact's text, with `…` where it was cut. Every
/// fact would otherwise repeat its whole sentence, and one sentence of a
/// megabyte with a few hundred figures in it would give hundreds of
/// megabytes of output. A cut never splits a surrogate pair.
enum SentenceWindow {
    /// The longest sentence written whole, in UTF-16 units.
    static let longest = 1000
    /// The units kept on each side of the fact's text in a longer sentence.
    static let context = 200

    /// The range of `sentence` to write for a fact at `fact`, and whether
    /// it was cut at its start and at its end; nil when the sentence is written whole.
    static func window(of sentence: Range<Int>, around fact: Range<Int>, in units: [UInt16])
        -> (range: Range<Int>, cutStart: Bool, cutEnd: Bool)? {
        guard sentence.count > longest else { return nil }
        var start = max(sentence.lowerBound, fact.lowerBound - context)
        var end = min(sentence.upperBound, fact.upperBound + context)
        if start > sentence.lowerBound, start < units.count, isLowSurrogate(units[start]) { start -= 1 }
        if end < sentence.upperBound, end > 0, isHighSurrogate(units[end - 1]) { end += 1 }
        return (start..<end, start > sentence.lowerBound, end < sentence.upperBound)
    }

    /// The window's text, `…` marking each cut.
    static func text(_ window: (range: Range<Int>, cutStart: Bool, cutEnd: Bool), in units: [UInt16]) -> [UInt16] {
        (window.cutStart ? [ellipsis] : []) + units[window.range] + (window.cutEnd ? [ellipsis] : [])
    }

    private static let ellipsis: UInt16 = 0x2026
    private static func isLowSurrogate(_ unit: UInt16) -> Bool { unit & 0xFC00 == 0xDC00 }
    private static func isHighSurrogate(_ unit: UInt16) -> Bool { unit & 0xFC00 == 0xD800 }
}
