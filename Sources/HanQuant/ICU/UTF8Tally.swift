import CICU

/// What bytes read as UTF-8 would give, counted without decoding them:
/// a document in another charset is told from UTF-8 by these counts
/// alone, and decoding it as UTF-8 only to count them cost more than
/// converting it from its own charset.
struct UTF8Tally: Equatable {
    /// How many malformed sequences would become U+FFFD.
    let invalidSequences: Int
    /// The UTF-16 units beyond ASCII that well-formed sequences would give, U+FFFD apart.
    let wellFormedNonASCII: Int
    /// Whether counting stopped once the bytes could no longer be mostly UTF-8.
    let stoppedFarFromUTF8: Bool

    /// Counts `bytes`, stopping as soon as they can no longer be mostly
    /// UTF-8, the counts then those so far: text in another charset is
    /// given up on after its first bytes.
    init(_ bytes: UnsafeRawBufferPointer) {
        var invalid: Int32 = 0, nonASCII: Int32 = 0
        let stopped = hq_utf8_tally(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                                    &invalid, &nonASCII)
        invalidSequences = Int(invalid)
        wellFormedNonASCII = Int(nonASCII)
        stoppedFarFromUTF8 = stopped != 0
    }

    /// Whether the bytes are UTF-8 with at most a few malformed sequences
    /// (see ``TranscodedText/isMostlyUTF8``).
    var isMostlyUTF8: Bool {
        !stoppedFarFromUTF8 && Self.isMostlyUTF8(invalidSequences: invalidSequences, wellFormedNonASCII: wellFormedNonASCII)
    }

    /// The rule: one malformed sequence at most for every ten well-formed
    /// non-ASCII characters; plain ASCII counts as UTF-8.
    static func isMostlyUTF8(invalidSequences: Int, wellFormedNonASCII: Int) -> Bool {
        invalidSequences == 0 || invalidSequences * 10 <= wellFormedNonASCII
    }
}
