/// A document with the quantities found in its sentences.
public struct Extraction: Sendable {
    /// A quantity and the sentence it stands in.
    public struct Located: Sendable, Equatable {
        /// The quantity.
        public let quantity: Quantity
        /// Its sentence, as an index into ``Document/sentences``.
        public let sentence: Int
    }

    /// The document.
    public let document: Document
    /// Its quantities in document order.
    public let quantities: [Located]
    /// Numbers that could not be read exactly.
    public let warnings: [QuantityWarning]
}
