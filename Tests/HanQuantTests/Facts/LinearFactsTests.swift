import Testing
@testable import HanQuant

/// Inputs that once made the Facts stage quadratic (minutes for a few
/// hundred kilobytes) must finish, and the work its per-figure look-arounds
/// do (``FactExtractor/lookedAt``) must grow with the text, not with its
/// square: counted, not timed, so a slow machine cannot fail it and a
/// fast one cannot hide a regression.
@Suite("The Facts stage is linear in the text")
struct LinearFactsTests {
    /// The shapes the robustness pass found, each written `count` times.
    static let shapes: [(name: String, make: @Sendable (Int) -> String)] = [
        ("百分之 repeated", { String(repeating: "百分之", count: $0 * 3) }),
        ("5个 adjacent", { String(repeating: "5个", count: $0) }),
        ("quantities joined by 、", { String(repeating: "5个、", count: $0) }),
        ("one sentence of many figures", { String(repeating: "增长5%，", count: $0) }),
        ("change cues, then percentages", { String(repeating: "增长", count: $0) + String(repeating: "5%，", count: $0) }),
        ("a period before every figure", { String(repeating: "2023年增长5%，", count: $0) }),
        ("a 分别 list", { Array(repeating: "零售", count: $0).joined(separator: "、") + "分别为"
            + Array(repeating: "5亿元", count: $0).joined(separator: "、") + "。" }),
        ("由A提高到B", { String(repeating: "由5%提高到6%，", count: $0) }),
        ("parentheses", { String(repeating: "（5个）", count: $0) }),
    ]

    static func work(_ text: String) throws -> (looked: Int, units: Int, facts: Int) {
        let extractor = Extractor()
        let extraction = try extractor.extract(Array(text.utf8), name: "pathological")
        return (extractor.factsLookedAt, extraction.document.text.normalized.count, extraction.facts.count)
    }

    @Test("Doubling the input at most doubles the look-arounds' work, which stays within a bound per unit",
          arguments: shapes.indices)
    func linear(_ shape: Int) throws {
        let (name, make) = Self.shapes[shape]
        let small = try Self.work(make(1_000)), large = try Self.work(make(2_000))
        #expect(large.facts > 0, "\(name)")
        // The target cue's window (FactExtractor.cueReach) is the largest constant per figure.
        let bound = (FactExtractor.cueReach + 16) * (large.units + large.facts)
        #expect(large.looked <= bound, "\(name): \(large.looked) units looked at for \(large.units)")
        #expect(large.looked * 10 <= small.looked * 22, "\(name): \(small.looked) → \(large.looked) when the input doubled")
    }
}
