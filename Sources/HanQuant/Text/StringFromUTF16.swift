extension String {
    /// The text of UTF-16 code units, transcoded to UTF-8 in one pass; an
    /// unpaired surrogate becomes U+FFFD. This is the hot path's way of
    /// making a string from document text: several times faster than the
    /// generic `String(decoding:as:)` on array slices.
    init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { String(utf16Buffer: $0) }
    }

    /// The text of `range` of `units`, as ``init(utf16Units:)`` makes it,
    /// with no array slice: making one retained the array's storage, an
    /// atomic operation, for every string taken from a document.
    init(utf16Units units: borrowing [UInt16], range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= units.count, "a range outside the text")
        self = units.withUnsafeBufferPointer { String(utf16Buffer: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The text of the UTF-16 units in `buffer`.
    private init(utf16Buffer buffer: UnsafeBufferPointer<UInt16>) {
        guard !buffer.isEmpty else {
            self = ""
            return
        }
        self = String(unsafeUninitializedCapacity: buffer.count * 3) { target in
            UTF8Transcoding.write(buffer, to: target.baseAddress!)
        }
    }
}
