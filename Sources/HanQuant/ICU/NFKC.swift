import CICU

/// Text after NFKC, with the origin of each of its UTF-16 units.
struct NFKCResult {
    /// The normalized text.
    var utf16: [UInt16]
    /// For each normalized unit, the index of the source unit it came from;
    /// one extra entry at the end holds the source length.
    var sourceIndex: [Int32]
}

/// Unicode compatibility normalization (NFKC) through ICU.
enum NFKC {
    /// Normalizes `source`, keeping a map back to it.
    static func normalize(_ source: [UInt16]) -> NFKCResult {
        var capacity = source.count + source.count / 4 + 64
        while true {
            var units = [UInt16](repeating: 0, count: capacity)
            var map = [Int32](repeating: 0, count: capacity + 1)
            var status: Int32 = 0
            let written = source.withUnsafeBufferPointer { input in
                units.withUnsafeMutableBufferPointer { output in
                    map.withUnsafeMutableBufferPointer { indices in
                        hq_nfkc_with_map(input.baseAddress, Int32(input.count),
                                         output.baseAddress, indices.baseAddress,
                                         Int32(capacity), &status)
                    }
                }
            }
            if status == HQ_BUFFER_TOO_SMALL {
                capacity *= 4
                continue
            }
            precondition(status == HQ_OK, "ICU's NFKC normalizer failed to load")
            units.removeSubrange(Int(written)...)
            map.removeSubrange(Int(written + 1)...)
            return NFKCResult(utf16: units, sourceIndex: map)
        }
    }
}
