import Foundation

/// Turns a document's bytes into text: finds the encoding, converts with
/// ICU, refuses what is not text, and normalizes to NFKC.
///
/// The rules, in order:
/// 1. `--encoding` (``encodingOverride``) wins; a matching byte order mark is skipped.
/// 2. A byte order mark names UTF-8, UTF-16LE/BE or UTF-32LE/BE.
/// 3. An empty file is an empty document.
/// 4. With NUL bytes: UTF-32 or UTF-16 when the NULs fall in one position of
///    every four or two bytes and the text decodes to likely characters
///    (`LikelyCharacters`); else UTF-8 with a warning when the bytes are
///    UTF-8 as in rule 5; else binary.
/// 5. Well-formed UTF-8 is UTF-8 (plain ASCII included), and so is UTF-8 with at
///    most one malformed sequence for every ten well-formed non-ASCII characters.
/// 6. Otherwise ICU's detector decides; below ``minimumConfidence`` the file is not text.
/// 7. After decoding, a file whose characters are more than
///    ``maximumUndecodablePercent`` percent U+FFFD or control characters is not
///    text; one mostly of characters unusual in Chinese text gets a warning.
public struct TextDecoder: Sendable {
    /// The lowest detector confidence accepted as an encoding.
    public static let minimumConfidence = 10
    /// The share of undecodable or control characters above which a file is not text.
    public static let maximumUndecodablePercent = 10

    /// An encoding to use instead of detecting one, as ICU names it.
    public var encodingOverride: String?

    /// Creates a decoder; `encodingOverride` skips detection.
    public init(encodingOverride: String? = nil) {
        self.encodingOverride = encodingOverride
    }

    /// Decodes `bytes`, or throws why they are not text.
    public func decode<Bytes: ContiguousBytes>(_ bytes: Bytes) throws(ReadError) -> DecodedText {
        let outcome: Result<DecodedText, ReadError> = bytes.withUnsafeBytes { raw in
            Result { () throws(ReadError) in try decode(raw) }
        }
        return try outcome.get()
    }

    private func decode(_ raw: UnsafeRawBufferPointer) throws(ReadError) -> DecodedText {
        if let name = encodingOverride {
            guard Transcoder.knows(name) else { throw .unknownEncoding(name) }
            let mark = ByteOrderMark.find(in: raw).flatMap { Self.sameCharset($0.encoding, name) ? $0 : nil }
            return try convert(raw, skipping: mark?.length ?? 0, charset: name, evidence: .userOverride)
        }
        if let mark = ByteOrderMark.find(in: raw) {
            return try convert(raw, skipping: mark.length, charset: mark.encoding, evidence: .byteOrderMark)
        }
        if raw.isEmpty {
            return .empty(encoding: TextEncoding(name: "UTF-8", evidence: .wellFormedUTF8))
        }
        if let nul = Self.firstNul(in: raw) { return try decodeWithNuls(raw, firstNul: nul) }
        if let utf8 = Transcoder.decodeIfMostlyUTF8(raw) {
            let evidence: TextEncoding.Evidence = utf8.invalidSequences == 0 ? .wellFormedUTF8 : .mostlyWellFormedUTF8
            return try accept(utf8, prefix: 0, encoding: TextEncoding(name: "UTF-8", evidence: evidence))
        }
        guard let best = CharsetDetector.candidates(for: raw).first,
              best.confidence >= Self.minimumConfidence else { throw .noCredibleEncoding }
        return try convert(raw, skipping: 0, charset: best.name, evidence: .detected(confidence: best.confidence))
    }

    /// Bytes holding NUL bytes: UTF-32 or UTF-16 when the NULs fall where
    /// that encoding puts them (one position of every four, or of every two)
    /// and the text decodes to likely characters; else UTF-8, with a warning
    /// for the NULs, when the bytes are (mostly) well-formed UTF-8; else
    /// binary. ICU's detector alone is not evidence enough: it calls a
    /// UTF-8 file with one NUL byte UTF-16BE with confidence 10.
    private func decodeWithNuls(_ raw: UnsafeRawBufferPointer, firstNul: Int) throws(ReadError) -> DecodedText {
        for charset in NulPattern(raw).wideCharsets {
            guard let text = Transcoder.decode(raw, charset: charset),
                  LikelyCharacters.percent(of: text.utf16) >= LikelyCharacters.wideEncodingPercent else { continue }
            return try accept(text, prefix: 0, encoding: TextEncoding(name: charset, evidence: .nulPattern))
        }
        if let utf8 = Transcoder.decodeIfMostlyUTF8(raw) {
            let evidence: TextEncoding.Evidence = utf8.invalidSequences == 0 ? .wellFormedUTF8 : .mostlyWellFormedUTF8
            let nuls = NulPattern(raw).count
            return try accept(utf8, prefix: 0, encoding: TextEncoding(name: "UTF-8", evidence: evidence),
                              extra: [.nulBytes(count: nuls, firstOffset: firstNul)])
        }
        throw .nulBytes(firstOffset: firstNul)
    }

    private func convert(_ raw: UnsafeRawBufferPointer, skipping prefix: Int, charset: String,
                         evidence: TextEncoding.Evidence) throws(ReadError) -> DecodedText {
        let body = UnsafeRawBufferPointer(rebasing: raw[prefix...])
        guard let text = Transcoder.decode(body, charset: charset) else { throw .unknownEncoding(charset) }
        return try accept(text, prefix: prefix, encoding: TextEncoding(name: charset, evidence: evidence))
    }

    /// Refuses text that is mostly undecodable; otherwise records warnings
    /// (malformed bytes, `extra`, and text mostly of characters unusual in
    /// Chinese, which a wrong encoding gives) and normalizes.
    private func accept(_ text: TranscodedText, prefix: Int, encoding: TextEncoding,
                        extra: [ReadWarning] = []) throws(ReadError) -> DecodedText {
        let undecodable = Self.undecodablePercent(of: text.utf16)
        if undecodable > Self.maximumUndecodablePercent { throw .mostlyUndecodable(percent: undecodable) }
        var warnings: [ReadWarning] = []
        if let first = text.firstInvalidOffset {
            warnings.append(.invalidBytes(count: text.invalidSequences, firstOffset: first + prefix))
        }
        warnings += extra
        let likely = LikelyCharacters.percent(of: text.utf16)
        if likely < LikelyCharacters.warningPercent {
            warnings.append(.unlikelyCharacters(percent: 100 - likely, encoding: encoding.name))
        }
        return DecodedText(encoding: encoding, warnings: warnings, original: text.utf16)
    }

    /// Whether two charset names denote the same ICU converter.
    private static func sameCharset(_ a: String, _ b: String) -> Bool {
        func key(_ name: String) -> String { name.lowercased().filter { $0.isLetter || $0.isNumber } }
        return key(a) == key(b)
    }

    private static func firstNul(in raw: UnsafeRawBufferPointer) -> Int? {
        guard let base = raw.baseAddress, let hit = memchr(base, 0, raw.count) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }

    /// U+FFFD and the control characters other than tab, the line breaks
    /// (U+0009 to U+000D) and escape (U+001B).
    private static let undecodableUnits = UnitRanges([0xFFFD...0xFFFD, 0x00...0x08, 0x0E...0x1A, 0x1C...0x1F])

    /// The percentage of U+FFFD and control characters (other than
    /// tab, line feed, vertical tab, form feed, carriage return and escape).
    static func undecodablePercent(of units: [UInt16]) -> Int {
        guard !units.isEmpty else { return 0 }
        let bad = units.withUnsafeBufferPointer { undecodableUnits.count(in: $0) }
        return bad * 100 / units.count
    }
}

extension TranscodedText {
    /// The well-formed characters beyond ASCII, in text decoded as UTF-8.
    var wellFormedNonASCII: Int {
        utf16.lazy.filter { $0 >= 0x80 && $0 != 0xFFFD }.count
    }

    /// Whether bytes that decoded as UTF-8 are UTF-8 with at most a few
    /// malformed sequences: one at most for every ten well-formed
    /// non-ASCII characters. Plain ASCII counts as UTF-8. The
    /// whole-document decoder's rule, which windows keep to.
    var isMostlyUTF8: Bool {
        // Well-formed text is mostly UTF-8 without its characters being counted.
        invalidSequences == 0 || UTF8Tally.isMostlyUTF8(invalidSequences: invalidSequences, wellFormedNonASCII: wellFormedNonASCII)
    }
}
