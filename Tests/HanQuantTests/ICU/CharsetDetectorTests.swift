import Testing
@testable import HanQuant

/// The detector judges a document on its first 8,192 bytes above 0x7F (to
/// the end of their line), and names the charset it names on the first
/// 64 KB, its confidence within a point or two: on documents made of the
/// Corpus's lines in GB18030 and Big5, some behind a long head in English.
@Suite("Charset detection")
struct CharsetDetectorTests {
    @Test("generated documents in GB18030 and Big5 get the charset of 64 KB", arguments: 0..<32)
    func sameAsWholeSample(seed: UInt64) throws {
        var random = SeededGenerator(seed: 0xDE7 &+ seed)
        var text = try WindowedExtractionTests.generatedDocument(&random, lines: 2500)
        if seed % 2 == 1 {
            let head = Array(String(repeating: "Index No. 001008003001082/2017-00344, released by the Statistics Bureau on 2024-03-05\n",
                                    count: Int.random(in: 10...80, using: &random)).utf8)
            text = head + text
        }
        let bytes = try WindowedExtractionTests.converted(text, to: seed % 4 < 2 ? "GB18030" : "BIG5")
        try bytes.withUnsafeBytes { raw in
            let sample = CharsetDetector.sample(of: raw)
            #expect(sample < CharsetDetector.sampleLimit, "enough evidence before 64 KB")
            #expect(raw[sample - 1] == 0x0A)
            #expect(raw[..<sample].count(where: { $0 >= 0x80 }) >= CharsetDetector.evidenceBytes)
            let judged = try #require(CharsetDetector.candidates(for: raw).first)
            let whole = try #require(CharsetDetector.detect(UnsafeRawBufferPointer(rebasing: raw[..<CharsetDetector.sampleLimit])).first)
            #expect(judged.name == whole.name)
            #expect(judged.name == (seed % 4 < 2 ? "GB18030" : "Big5"))
            #expect(abs(judged.confidence - whole.confidence) <= 2, "\(judged) against \(whole)")
        }
    }

    @Test("a short document, or one with few bytes above 0x7F, is judged on all of its first 64 KB")
    func fewBytes() {
        let short = Array("光华县2024年统计公报\n".utf8)
        short.withUnsafeBytes { #expect(CharsetDetector.sample(of: $0) == short.count) }
        let ascii = [UInt8](repeating: 0x41, count: 100_000)
        ascii.withUnsafeBytes { #expect(CharsetDetector.sample(of: $0) == CharsetDetector.sampleLimit) }
    }
}
