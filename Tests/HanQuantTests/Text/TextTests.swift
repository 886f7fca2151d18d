import Testing
@testable import HanQuant

/// The small text helpers the hot paths use instead of Foundation and
/// hashed sets: they must agree with the standard library exactly.
@Suite("Text helpers")
struct TextTests {
    @Test("Strings from UTF-16 agree with the standard library, surrogate pairs included",
          arguments: ["", "固定资产投资10.69亿元", "𠀋𡈽 and 𤭢", "a\u{0}b\"c\\d\n", "全角，：；（）"])
    func strings(text: String) {
        let units = Array(text.utf16)
        #expect(String(utf16Units: units[...]) == text)
        #expect(String(utf16Units: units[units.indices.dropFirst().dropLast()]) == String(decoding: units.dropFirst().dropLast(), as: UTF16.self))
    }

    @Test("An unpaired surrogate becomes U+FFFD, as the standard library has it")
    func unpairedSurrogates() {
        for units: [UInt16] in [[0xD800], [0x41, 0xDC00, 0x42], [0xD83D, 0x41], [0xDC00, 0xD800]] {
            #expect(String(utf16Units: units[...]) == String(decoding: units, as: UTF16.self))
        }
    }

    @Test("A code-unit set holds exactly its members")
    func codeUnitSet() {
        let set: CodeUnitSet = ",;:()。!?"
        let expected = Set(",;:()。!?".utf16)
        let wrong = (UInt16.min...UInt16.max).filter { set.contains($0) != expected.contains($0) }
        #expect(wrong.isEmpty)
    }
}
