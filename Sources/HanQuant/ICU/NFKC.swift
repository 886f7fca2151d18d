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
            var status: Int32 = 0
            var written = 0
            var map = [Int32]()
            // Uninitialized buffers: only the pages ICU writes to are ever touched.
            let units = source.withUnsafeBufferPointer { input in
                [UInt16](unsafeUninitializedCapacity: capacity) { output, unitsInitialized in
                    map = [Int32](unsafeUninitializedCapacity: capacity + 1) { indices, mapInitialized in
                        written = Int(hq_nfkc_with_map(input.baseAddress, Int32(input.count), output.baseAddress,
                                                       indices.baseAddress, Int32(capacity), &status))
                        mapInitialized = status == HQ_OK ? written + 1 : 0
                    }
                    unitsInitialized = status == HQ_OK ? written : 0
                }
            }
            if status == HQ_BUFFER_TOO_SMALL {
                capacity *= 4
                continue
            }
            precondition(status == HQ_OK, "ICU's NFKC normalizer failed to load")
            return NFKCResult(utf16: units, sourceIndex: map)
        }
    }
}
