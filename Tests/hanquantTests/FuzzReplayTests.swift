import Foundation
import Testing

/// The fuzz targets' oracles (Fuzz/Sources) replayed without the fuzzer on
/// their seeds and on every crash a campaign has found (Fuzz/Regressions),
/// so that a crash once found stays fixed.
@Suite("Fuzz regressions")
struct FuzzReplayTests {
    let cli = CLITests()

    @Test("Every oracle holds on the seeds and the kept crashes", arguments: [
        ("pipeline", ["Corpus", "Fuzz/Regressions/pipeline"]),
        ("numerals", ["Tests/HanQuantTests/Quantities/Cases", "Fuzz/Regressions/numerals"]),
    ])
    func replay(_ target: String, _ paths: [String]) throws {
        let fuzz = CLITests.executable.deletingLastPathComponent().appendingPathComponent("hanquant-fuzz")
        let result = try cli.run(["hanquant-fuzz", target] + paths, executable: fuzz)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\(target): ") && result.stdout.hasSuffix(" inputs, every oracle held\n"))
        let count = Int(result.stdout.split(separator: " ")[1]) ?? 0
        #expect(count >= 4, "\(result.stdout)")
    }
}
