/// Maps positions in the normalized text back to the original decoded text.
///
/// Every later stage works on the NFKC form, but every offset HanQuant
/// reports points into the original text, counted in Unicode code points
/// (so that Python's `text[start:end]` gives back the same characters).
///
/// The map is a list of segments, not one entry per unit: NFKC leaves most
/// text alone or changes it one unit for one (，→ ,), which keeps offsets in
/// step, so a typical document has a single segment.
public struct OffsetMap: Sendable {
    /// A stretch of the normalized text and where it came from.
    struct Segment: Sendable, Equatable {
        /// Where it starts in the normalized text.
        let normalized: Int32
        /// The original unit its first unit came from.
        let original: Int32
        /// Whether all of its units came from `original` (a run normalized
        /// together, ㎡ → m2) rather than from successive units.
        let isConstant: Bool
    }

    /// The segments in order; the last one maps the normalized end to the original end.
    private let segments: [Segment]
    /// UTF-16 indices in the original text where a surrogate pair starts.
    private let surrogatePairStarts: [Int32]

    /// Surrogates, lead and trail.
    private static let surrogates = UnitRanges([0xD800...0xDFFF])

    /// Builds the map from NFKC's segments and the original text.
    init(segments: [Segment], original: [UInt16]) {
        self.segments = segments
        var starts: [Int32] = []
        original.withUnsafeBufferPointer { original in
            var index = 0
            while true {
                // Any surrogate, lead or trail; most text has none.
                index = Self.surrogates.firstIndex(in: original, from: index, to: original.count)
                guard index < original.count else { break }
                if UTF16.isLeadSurrogate(original[index]), index + 1 < original.count,
                   UTF16.isTrailSurrogate(original[index + 1]) {
                    starts.append(Int32(index))
                    index += 2
                } else {
                    index += 1
                }
            }
        }
        self.surrogatePairStarts = starts
    }

    /// The original UTF-16 index of a normalized UTF-16 index (which may be
    /// the end): inside what one original character became (⒑ → `10.`),
    /// that character's start.
    public func originalUTF16Offset(ofNormalized index: Int) -> Int {
        let segment = segments[segment(at: index)]
        return Int(segment.original) + (segment.isConstant ? 0 : index - Int(segment.normalized))
    }

    /// The original UTF-16 range of a normalized range, widened to whole
    /// original characters: a range ending inside what one character
    /// became (`10` of the `10.` that ⒑ is) ends after that character, so
    /// that it never comes out empty or cut.
    public func originalUTF16Range(ofNormalized range: Range<Int>) -> Range<Int> {
        let start = originalUTF16Offset(ofNormalized: range.lowerBound)
        let index = segment(at: range.upperBound), segment = segments[index]
        let inside = segment.isConstant && range.upperBound > Int(segment.normalized) && index + 1 < segments.count
        let end = inside ? Int(segments[index + 1].original) : originalUTF16Offset(ofNormalized: range.upperBound)
        return start..<max(start, end)
    }

    /// The last segment starting at or before the normalized `index`.
    private func segment(at index: Int) -> Int {
        var low = 0, high = segments.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(segments[middle].normalized) <= index { low = middle } else { high = middle }
        }
        return low
    }

    /// The original code-point offset of a normalized UTF-16 index.
    public func codePointOffset(ofNormalized index: Int) -> Int {
        codePointOffset(ofOriginalUTF16: originalUTF16Offset(ofNormalized: index))
    }

    /// The original code-point offset of an original UTF-16 index.
    public func codePointOffset(ofOriginalUTF16 index: Int) -> Int {
        guard !surrogatePairStarts.isEmpty else { return index }
        // Pairs that start before `index` each count two units but one code point.
        var low = 0, high = surrogatePairStarts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(surrogatePairStarts[middle]) < index { low = middle + 1 } else { high = middle }
        }
        return index - low
    }

    /// The original code-point range of a normalized UTF-16 range.
    public func codePointRange(ofNormalized range: Range<Int>) -> Range<Int> {
        let original = originalUTF16Range(ofNormalized: range)
        return codePointOffset(ofOriginalUTF16: original.lowerBound)..<codePointOffset(ofOriginalUTF16: original.upperBound)
    }
}
