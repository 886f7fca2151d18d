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
    /// The most bytes the detector looks at.
    static let sampleLimit = 64 * 1024

    /// The bytes above 0x7F after which the detector has seen enough: about
    /// 4,000 Chinese characters. Its answer on them, name and confidence,
    /// was the answer on 64 KB for every one of 900 documents made of the
    /// Corpus's lines in GB18030, GBK and Big5, some behind a long head in
    /// English (with half as many, 19 confidences moved by one); of the
    /// tests' 32, three in Big5 behind an English head get 99 for 100, and
    /// no charset differs.
    /// The detector costs over a thousand instructions a byte.
    static let evidenceBytes = 8192

    /// The candidates for `bytes`, the start of a document, best first,
    /// judged on ``sample(of:)``.
    static func candidates(for bytes: UnsafeRawBufferPointer) -> [CharsetCandidate] {
        detect(UnsafeRawBufferPointer(rebasing: bytes[..<sample(of: bytes)]))
    }

    /// How many of `bytes` the detector is shown: through the line feed
    /// after the ``evidenceBytes``th byte above 0x7F (no byte of a
    /// character in the multibyte charsets it names is a line feed), or
    /// ``sampleLimit`` bytes, or all of them.
    static func sample(of bytes: UnsafeRawBufferPointer) -> Int {
        let limit = min(bytes.count, sampleLimit)
        var nonASCII = 0
        for index in 0..<limit where bytes[index] >= 0x80 {
            nonASCII += 1
            guard nonASCII == evidenceBytes else { continue }
            guard let feed = bytes[index..<limit].firstIndex(of: 0x0A) else { return limit }
            return feed + 1
        }
        return limit
    }

    /// ICU's candidates for all of `bytes`, best first.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> [CharsetCandidate] {
        guard bytes.count > 0, let base = bytes.baseAddress else { return [] }
        var matches = [hq_charset_match](repeating: hq_charset_match(), count: 16)
        var status: Int32 = 0
        let found = hq_detect_charsets(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
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
