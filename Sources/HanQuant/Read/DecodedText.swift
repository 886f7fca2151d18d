/// A document's text as read from its bytes: the original decoded text,
/// its NFKC form for matching, and the map between the two.
public struct DecodedText: Sendable {
    /// The encoding the bytes were read in.
    public let encoding: TextEncoding
    /// What went wrong without stopping the read.
    public let warnings: [ReadWarning]
    /// The decoded text as UTF-16, byte order mark removed.
    public let original: [UInt16]
    /// The NFKC form of `original`: full-width digits and signs become ASCII.
    public let normalized: [UInt16]
    /// Positions in `normalized` mapped back to `original`.
    public let offsets: OffsetMap

    /// Decodes nothing: the text of an empty file.
    static func empty(encoding: TextEncoding) -> DecodedText {
        DecodedText(encoding: encoding, warnings: [], original: [])
    }

    /// Normalizes `original` and records the offset map.
    init(encoding: TextEncoding, warnings: [ReadWarning], original: [UInt16]) {
        let nfkc = NFKC.normalize(original)
        self.encoding = encoding
        self.warnings = warnings
        self.original = original
        self.normalized = nfkc.utf16
        self.offsets = OffsetMap(segments: nfkc.segments, original: original)
    }

    /// The same text, recorded as read in `encoding`.
    func recorded(as encoding: TextEncoding) -> DecodedText {
        DecodedText(encoding: encoding, warnings: warnings, original: original, normalized: normalized, offsets: offsets)
    }

    private init(encoding: TextEncoding, warnings: [ReadWarning], original: [UInt16], normalized: [UInt16], offsets: OffsetMap) {
        self.encoding = encoding
        self.warnings = warnings
        self.original = original
        self.normalized = normalized
        self.offsets = offsets
    }

    /// The original text as a Swift string.
    public var originalString: String { String(utf16Units: original[...]) }

    /// The original characters behind a range of the normalized text.
    public func originalString(ofNormalized range: Range<Int>) -> String {
        let start = offsets.originalUTF16Offset(ofNormalized: range.lowerBound)
        let end = offsets.originalUTF16Offset(ofNormalized: range.upperBound)
        return String(utf16Units: original[start..<end])
    }

    /// A range of the normalized text as a Swift string.
    public func normalizedString(_ range: Range<Int>) -> String {
        String(utf16Units: normalized[range])
    }
}
