/// The quantities of a document's sentences, read in order, each once, with
/// a look ahead within a paragraph: whether a sentence or a later one of its
/// paragraph has any.
///
/// A period written in a sentence serves that sentence's figures and, as a
/// topic or the paragraph's year, later figures of the same paragraph; a new
/// paragraph starts with neither. So a sentence with no figures of its own
/// and none after it in its paragraph need not have its periods read. In a
/// report, that is every paragraph's tail of prose.
///
/// The look ahead reads sentences without figures up to the next sentence
/// with some, whose quantities it holds until that sentence is reached: it
/// never holds more than one sentence's quantities, however long the paragraph.
struct QuantitiesAhead {
    /// The last sentence read, by index.
    private var lastRead = -1
    /// The sentence after the one at hand, read ahead, that has quantities.
    private var heldIndex: Int?
    /// Its quantities; this array and the next are swapped, never reallocated.
    private var held: [Quantity] = []
    /// Where a sentence read ahead is read into.
    private var spare: [Quantity] = []

    /// Puts the quantities of the sentence at `index` of `sentences` into
    /// `quantities` and tells whether it or a later sentence of its
    /// paragraph has any. Sentences are read with `read`, in order, each
    /// once; those for which `isTableRow` holds are read elsewhere and count
    /// as having none. Call for each sentence that is not a table row, in order.
    mutating func quantities(of index: Int, in sentences: [Sentence], into quantities: inout [Quantity],
                             isTableRow: (Sentence) -> Bool, read: (Sentence, inout [Quantity]) -> Void) -> Bool {
        quantities.removeAll(keepingCapacity: true)
        if heldIndex == index {
            swap(&quantities, &held)
            heldIndex = nil
        } else if index > lastRead {
            read(sentences[index], &quantities)
            lastRead = index
        }
        if !quantities.isEmpty || heldIndex != nil { return true }
        // Read on through the paragraph to its next sentence with quantities, if any.
        var ahead = lastRead + 1
        while ahead < sentences.count, sentences[ahead].paragraph == sentences[index].paragraph {
            lastRead = ahead
            if !isTableRow(sentences[ahead]) {
                spare.removeAll(keepingCapacity: true)
                read(sentences[ahead], &spare)
                if !spare.isEmpty {
                    swap(&held, &spare)
                    heldIndex = ahead
                    return true
                }
            }
            ahead += 1
        }
        return false
    }
}
