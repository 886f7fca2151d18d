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
    /// For a PDF, the 1-based line each page starts on, in page order; empty for other formats.
    public private(set) var pageFirstLines: [Int] = []
    /// For a web page or Word document, the level (1–6) of each line its
    /// markup made a heading (`<h2>`, a `Heading 2` style), by 1-based line.
    public private(set) var headingLevels: [Int: Int] = [:]

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
        var recorded = DecodedText(encoding: encoding, warnings: warnings, original: original, normalized: normalized, offsets: offsets)
        recorded.pageFirstLines = pageFirstLines
        recorded.headingLevels = headingLevels
        return recorded
    }

    /// The same text, its pages starting on `firstLines`.
    func paged(firstLines: [Int]) -> DecodedText {
        var paged = self
        paged.pageFirstLines = firstLines
        return paged
    }

    /// The same text, the lines of `levels` marked as headings.
    func marked(headingLevels levels: [Int: Int]) -> DecodedText {
        var marked = self
        marked.headingLevels = levels
        return marked
    }

    /// The 1-based page that `line` stands on, or nil when the text has no pages.
    public func page(ofLine line: Int) -> Int? {
        guard !pageFirstLines.isEmpty else { return nil }
        var low = 0, high = pageFirstLines.count
        while low < high {
            let middle = (low + high) / 2
            if pageFirstLines[middle] <= line { low = middle + 1 } else { high = middle }
        }
        return max(1, low)
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
        String(utf16Units: original, range: offsets.originalUTF16Range(ofNormalized: range))
    }

    /// A range of the normalized text as a Swift string.
    public func normalizedString(_ range: Range<Int>) -> String {
        String(utf16Units: normalized, range: range)
    }
}
