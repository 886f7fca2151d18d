import CICU

/// The result of converting bytes to UTF-16.
struct TranscodedText {
    /// The decoded text.
    var utf16: [UInt16]
    /// How many malformed or unmappable byte sequences became U+FFFD.
    var invalidSequences: Int
    /// The byte offset of the first of them, relative to the converted bytes.
    var firstInvalidOffset: Int?
}

/// Converts bytes in a named charset to UTF-16 with ICU's converters, and UTF-8 without one.
enum Transcoder {
    /// Whether ICU has a converter for `charset`.
    static func knows(_ charset: String) -> Bool {
        hq_charset_is_known(charset) == 1
    }

    /// Converts `bytes`, replacing malformed input with U+FFFD.
    /// Returns nil when ICU has no converter for `charset`. UTF-8 is
    /// decoded without a converter, to what ``decodeWithConverter(_:charset:)`` gives.
    static func decode(_ bytes: UnsafeRawBufferPointer, charset: String) -> TranscodedText? {
        decode(bytes, charset: charset, with: hq_convert_to_utf16)
    }

    /// Decodes `bytes` as UTF-8 when they are mostly UTF-8 (see
    /// ``TranscodedText/isMostlyUTF8``), else nil, having given up on them
    /// within their first bytes when they are in another charset.
    static func decodeIfMostlyUTF8(_ bytes: UnsafeRawBufferPointer) -> TranscodedText? {
        decode(bytes, charset: "UTF-8") { _, source, length, destination, capacity, invalid, first, status in
            hq_decode_mostly_utf8(source, length, destination, capacity, invalid, first, status)
        }
    }

    /// Converts `bytes` through ICU's converter for `charset`, UTF-8
    /// included: the reference tests hold the decoding of UTF-8 to.
    static func decodeWithConverter(_ bytes: UnsafeRawBufferPointer, charset: String) -> TranscodedText? {
        decode(bytes, charset: charset, with: hq_convert_with_converter)
    }

    /// The signature of the shim's conversions.
    private typealias Conversion = (UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<UInt16>?, Int32,
                                    UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Int32

    private static func decode(_ bytes: UnsafeRawBufferPointer, charset: String, with conversion: Conversion) -> TranscodedText? {
        // Every charset we read yields at most one UTF-16 unit per byte,
        // substitutions included; the margin covers the rest.
        var capacity = bytes.count + 16
        while true {
            var invalid: Int32 = 0
            var firstInvalid: Int32 = -1
            var status: Int32 = 0
            var needed = 0
            let source = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
            // Uninitialized: only the pages ICU writes to are ever touched.
            let units = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                let written = conversion(charset, source, Int32(bytes.count), buffer.baseAddress,
                                         Int32(capacity), &invalid, &firstInvalid, &status)
                initialized = status == HQ_OK ? Int(written) : 0
                needed = Int(written)
            }
            switch Int(status) {
            case Int(HQ_OK):
                return TranscodedText(utf16: units, invalidSequences: Int(invalid),
                                      firstInvalidOffset: invalid > 0 ? Int(firstInvalid) : nil)
            case Int(HQ_BUFFER_TOO_SMALL):
                capacity = max(needed, capacity * 2)
            default:
                return nil
            }
        }
    }
}
