import Foundation
import Testing
@testable import HanQuant

/// A damaged Word document is refused with one line, never a crash:
/// ZIPFoundation's in-memory reader traps when an archive's directory sends
/// it past the end of the bytes, so the directory is walked first.
@Suite("Damaged archives")
struct ZipBoundsTests {
    static let document = "Corpus/formats/baishi-2024-work-report-docx.docx"

    @Test("an intact Word document is in bounds and reads")
    func intact() throws {
        let bytes = try RepositoryFiles.bytes(Self.document)
        #expect(bytes.withUnsafeBytes(ZipBounds.hold))
        #expect(try DocumentReader().read(bytes, name: "intact").format == .docx)
    }

    @Test("the archive the fuzzer found (a directory entry past the end) is refused as damaged")
    func fuzzerFinding() throws {
        let bytes = try RepositoryFiles.bytes("Fuzz/Regressions/pipeline/zip-entry-past-end.bin")
        #expect(!bytes.withUnsafeBytes(ZipBounds.hold))
        #expect(throws: ReadError.damagedArchive) { try DocumentReader().read(bytes, name: "damaged") }
    }

    @Test("cut short or with its directory's offsets and lengths overwritten, a document reads or is refused with a ReadError")
    func damaged() throws {
        let intact = [UInt8](try RepositoryFiles.bytes(Self.document))
        let end = try #require((0...(intact.count - 22)).last { intact[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) })
        let directory = Int(intact[end + 16]) | Int(intact[end + 17]) << 8 | Int(intact[end + 18]) << 16 | Int(intact[end + 19]) << 24
        var generator = SeededGenerator(seed: 0x5A49_50)
        var refused = 0, read = 0
        for trial in 0..<300 {
            var bytes = intact
            if trial % 3 == 0 {
                bytes.removeLast(Int.random(in: 1..<bytes.count - 4, using: &generator))
            } else {
                // A random field of the end record or of the directory, set to a random value.
                let field = trial % 3 == 1 ? end + [8, 10, 12, 16, 20].randomElement(using: &generator)!
                    : Int.random(in: directory..<end - 4, using: &generator)
                for offset in 0..<4 where field + offset < bytes.count { bytes[field + offset] = UInt8.random(in: 0...255, using: &generator) }
            }
            do {
                _ = try DocumentReader().read(bytes, name: "damaged")
                read += 1
            } catch {
                refused += 1
            }
        }
        #expect(refused > 100 && read > 10, "refused \(refused), read \(read)")
    }
}
