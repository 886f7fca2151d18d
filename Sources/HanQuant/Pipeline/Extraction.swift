/// A document with the facts found in its sentences.
public struct Extraction: Sendable {
    /// The document.
    public let document: Document
    /// Its facts in document order.
    public let facts: [Fact]
    /// Numbers that could not be read exactly.
    public let warnings: [QuantityWarning]
    /// The ISO 4217 code a bare 元 was read as.
    public let currency: String
}
