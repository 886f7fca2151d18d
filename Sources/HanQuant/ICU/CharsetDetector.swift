import CICU

/// A charset that ICU's detector considers possible for some bytes.
public struct CharsetCandidate: Sendable, Equatable {
    /// The charset's name as ICU spells it, for example "GB18030" or "Big5".
    public let name: String
    /// ICU's confidence, from 0 to 100.
    public let confidence: Int
}

/// ICU's statistical charset detector (`ucsdet`).
enum CharsetDetector {
    /// How many bytes the detector looks at; more adds time, not accuracy.
    static let sampleLimit = 64 * 1024

    /// The candidates for `bytes`, best first.
    static func candidates(for bytes: UnsafeRawBufferPointer) -> [CharsetCandidate] {
        let sample = min(bytes.count, sampleLimit)
        guard sample > 0, let base = bytes.baseAddress else { return [] }
        var matches = [hq_charset_match](repeating: hq_charset_match(), count: 16)
        var status: Int32 = 0
        let found = hq_detect_charsets(base.assumingMemoryBound(to: CChar.self), Int32(sample),
                                       &matches, Int32(matches.count), &status)
        guard status == HQ_OK else { return [] }
        return matches.prefix(Int(found)).map { match in
            let name = withUnsafeBytes(of: match.name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            return CharsetCandidate(name: name, confidence: Int(match.confidence))
        }
    }
}
