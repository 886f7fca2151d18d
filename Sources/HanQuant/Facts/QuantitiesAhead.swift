/// The quantities of one paragraph's sentences, read when the paragraph
/// starts, and for each sentence whether it or a sentence after it in the
/// paragraph has any.
///
/// A period written in a sentence serves that sentence's figures and, as a
/// topic or the paragraph's year, later figures of the same paragraph; a new
/// paragraph starts with neither. So a sentence with no figures of its own
/// and none after it in its paragraph need not have its periods read. In a
/// report, that is every paragraph's tail of prose.
struct QuantitiesAhead {
    /// The quantities of each sentence of the paragraph, by its place in
    /// it; the arrays are kept from one paragraph to the next.
    private var quantities: [[Quantity]] = []
    /// Whether each sentence of the paragraph, or one after it, has quantities.
    private var followedByQuantities: [Bool] = []
    /// The index of the paragraph's first sentence.
    private var first = 0

    /// Reads the quantities of the paragraph whose first sentence is at
    /// `first` of `sentences`, in order, with `read`; sentences for which
    /// `isTableRow` holds are table rows, read elsewhere, and get none.
    mutating func read(_ sentences: [Sentence], from first: Int, isTableRow: (Sentence) -> Bool,
                       quantities read: (Sentence, inout [Quantity]) -> Void) {
        self.first = first
        var end = first
        while end < sentences.count, sentences[end].paragraph == sentences[first].paragraph { end += 1 }
        let count = end - first
        while quantities.count < count { quantities.append([]) }
        followedByQuantities.removeAll(keepingCapacity: true)
        for place in 0..<count {
            quantities[place].removeAll(keepingCapacity: true)
            if !isTableRow(sentences[first + place]) { read(sentences[first + place], &quantities[place]) }
            followedByQuantities.append(!quantities[place].isEmpty)
        }
        for place in (0..<max(0, count - 1)).reversed() where followedByQuantities[place + 1] {
            followedByQuantities[place] = true
        }
    }

    /// Moves the quantities of the sentence at `index` into `target`, whose
    /// array takes their place.
    mutating func take(_ index: Int, into target: inout [Quantity]) {
        swap(&target, &quantities[index - first])
    }

    /// Whether the sentence at `index` or a later one of its paragraph has quantities.
    func isFollowedByQuantities(_ index: Int) -> Bool {
        followedByQuantities[index - first]
    }
}
