/// Maps positions in the normalized text back to the original decoded text.
///
/// Every later stage works on the NFKC form, but every offset HanQuant
/// reports points into the original text, counted in Unicode code points
/// (so that Python's `text[start:end]` gives back the same characters).
public struct OffsetMap: Sendable {
    /// For each normalized UTF-16 unit, the original unit it came from,
    /// plus a final entry holding the original length.
    private let normalizedToOriginal: [Int32]
    /// UTF-16 indices in the original text where a surrogate pair starts.
    private let surrogatePairStarts: [Int32]

    /// Builds the map from NFKC's per-unit origins and the original text.
    init(normalizedToOriginal: [Int32], original: [UInt16]) {
        self.normalizedToOriginal = normalizedToOriginal
        var starts: [Int32] = []
        var index = 0
        while index < original.count {
            if UTF16.isLeadSurrogate(original[index]), index + 1 < original.count,
               UTF16.isTrailSurrogate(original[index + 1]) {
                starts.append(Int32(index))
                index += 2
            } else {
                index += 1
            }
        }
        self.surrogatePairStarts = starts
    }

    /// The original UTF-16 index of a normalized UTF-16 index (which may be the end).
    public func originalUTF16Offset(ofNormalized index: Int) -> Int {
        Int(normalizedToOriginal[index])
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
        codePointOffset(ofNormalized: range.lowerBound)..<codePointOffset(ofNormalized: range.upperBound)
    }
}
