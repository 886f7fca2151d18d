import CICU

/// Text after NFKC, with where its UTF-16 units came from.
struct NFKCResult {
    /// The normalized text.
    var utf16: [UInt16]
    /// Where the normalized text came from, as segments in order (see
    /// ``OffsetMap``); most documents have one.
    var segments: [OffsetMap.Segment]
}

/// Unicode compatibility normalization (NFKC) through ICU.
enum NFKC {
    /// Normalizes `source`, keeping a map back to it.
    static func normalize(_ source: [UInt16]) -> NFKCResult {
        var capacity = source.count + source.count / 4 + 64
        while true {
            var status: Int32 = 0
            var written = 0
            var segments: [OffsetMap.Segment] = []
            // Uninitialized buffers: only the pages ICU writes to are ever touched.
            let units = source.withUnsafeBufferPointer { input in
                [UInt16](unsafeUninitializedCapacity: capacity) { output, unitsInitialized in
                    let segmentCapacity = 2 * input.count + 2
                    let raw = UnsafeMutablePointer<hq_offset_segment>.allocate(capacity: segmentCapacity)
                    defer { raw.deallocate() }
                    var segmentCount: Int32 = 0
                    written = Int(hq_nfkc_with_map(input.baseAddress, Int32(input.count), output.baseAddress,
                                                   Int32(capacity), raw, &segmentCount, &status))
                    if status == HQ_OK {
                        segments = UnsafeBufferPointer(start: raw, count: Int(segmentCount)).map {
                            OffsetMap.Segment(normalized: $0.normalized, original: $0.original, isConstant: $0.constant != 0)
                        }
                    }
                    unitsInitialized = status == HQ_OK ? written : 0
                }
            }
            if status == HQ_BUFFER_TOO_SMALL {
                capacity *= 4
                continue
            }
            precondition(status == HQ_OK, "ICU's NFKC normalizer failed to load")
            return NFKCResult(utf16: units, segments: segments)
        }
    }
}
