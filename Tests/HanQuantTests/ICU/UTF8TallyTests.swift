import Testing
@testable import HanQuant

/// Counting bytes as UTF-8 without decoding them: the counts are those
/// of the decoded text, and stopping early never changes whether the
/// bytes are mostly UTF-8; decoding only bytes that are gives the whole
/// decoding or nothing.
@Suite("UTF-8 tally")
struct UTF8TallyTests {
    /// Text near the rule's edge: Chinese in UTF-8 with malformed bytes
    /// strewn in, about one for every `perMalformed` characters, and now
    /// and then a run of GB18030.
    private static func nearTheEdge(_ random: inout SeededGenerator) -> [UInt8] {
        let perMalformed = Int.random(in: 6...14, using: &random)
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0..<400, using: &random) {
            if Int.random(in: 0..<perMalformed, using: &random) == 0 {
                bytes.append(UInt8.random(in: 0x80...0xFF, using: &random))
            } else {
                bytes += Array(String(TranscoderTests.randomScalar(&random)).utf8)
            }
        }
        if Bool.random(using: &random) { bytes += TranscoderTests.mixedBytes(&random) }
        return bytes
    }

    @Test("the counts are the decoded text's, stopping early keeps the verdict, and decoding only mostly UTF-8 gives all or nothing", arguments: 0..<4)
    func countsAndVerdict(seed: UInt64) throws {
        var random = SeededGenerator(seed: 0x7A11 &+ seed)
        var mostly = 0, far = 0, stoppedEarly = 0
        for round in 0..<3_000 {
            let bytes = round.isMultiple(of: 2) ? TranscoderTests.mixedBytes(&random) : Self.nearTheEdge(&random)
            let decoded = try #require(bytes.withUnsafeBytes { Transcoder.decode($0, charset: "UTF-8") })
            let tally = bytes.withUnsafeBytes { UTF8Tally($0) }
            #expect(tally.isMostlyUTF8 == decoded.isMostlyUTF8, "\(bytes)")
            if tally.stoppedFarFromUTF8 {
                stoppedEarly += 1
                #expect(tally.invalidSequences <= decoded.invalidSequences)
            } else {
                #expect(tally.invalidSequences == decoded.invalidSequences, "\(bytes)")
                #expect(tally.wellFormedNonASCII == decoded.wellFormedNonASCII, "\(bytes)")
            }
            // Decoding only what is mostly UTF-8 gives the whole decoding or nothing.
            let mostlyDecoded = bytes.withUnsafeBytes { Transcoder.decodeIfMostlyUTF8($0) }
            #expect(mostlyDecoded?.utf16 == (decoded.isMostlyUTF8 ? decoded.utf16 : nil), "\(bytes)")
            #expect(mostlyDecoded?.invalidSequences == (decoded.isMostlyUTF8 ? decoded.invalidSequences : nil))
            #expect(mostlyDecoded?.firstInvalidOffset == (decoded.isMostlyUTF8 ? decoded.firstInvalidOffset : nil))
            if decoded.isMostlyUTF8 { mostly += 1 } else { far += 1 }
        }
        // Both verdicts, and early stops, came up often enough to test.
        #expect(mostly > 300 && far > 300 && stoppedEarly > 300, "\(mostly) mostly, \(far) far, \(stoppedEarly) stopped early")
    }

    @Test("text in GB18030 is given up on within its first bytes")
    func otherCharsetStopsEarly() throws {
        let line: [UInt8] = [0xCD, 0xB3, 0xBC, 0xC6, 0xB9, 0xAB, 0xB1, 0xA8, 0x31, 0x2E, 0x35, 0x25, 0x0A]
        let bytes = Array(repeatElement(line, count: 10_000).joined())
        let stopping = bytes.withUnsafeBytes { UTF8Tally($0) }
        #expect(stopping.stoppedFarFromUTF8 && !stopping.isMostlyUTF8)
        // Counting stopped within the first tenth of the text.
        #expect(stopping.invalidSequences < bytes.count / 10)
    }
}
