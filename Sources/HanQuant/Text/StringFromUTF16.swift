extension String {
    /// The text of UTF-16 code units, transcoded to UTF-8 in one pass; an
    /// unpaired surrogate becomes U+FFFD. This is the hot path's way of
    /// making a string from document text: several times faster than the
    /// generic `String(decoding:as:)` on array slices.
    init(utf16Units units: ArraySlice<UInt16>) {
        guard !units.isEmpty else {
            self = ""
            return
        }
        self = String(unsafeUninitializedCapacity: units.count * 3) { target in
            units.withUnsafeBufferPointer { UTF8Transcoding.write($0, to: target.baseAddress!) }
        }
    }
}
