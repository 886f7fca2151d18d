import Testing
@testable import HanQuant

@Suite("Paged tables")
struct PagedTableTests {
    @Test("A paged table holds what a dictionary holds, for every unit of the plane")
    func agreesWithADictionary() {
        var generator = SeededGenerator(seed: 0x7061_6765)
        for _ in 0..<20 {
            var table = PagedTable<Int>(), expected: [UInt16: Int] = [:]
            for _ in 0..<Int.random(in: 0...200, using: &generator) {
                // Units bunched on a few pages, as numeral characters are, and the ends of the plane.
                let unit: UInt16 = Bool.random(using: &generator) ? UInt16.random(in: 0x4E00...0x4EFF, using: &generator)
                    : [0, 0xFFFF, 0x96F6, 0x5104, UInt16.random(in: 0...0xFFFF, using: &generator)].randomElement(using: &generator)!
                let value = Int.random(in: -5...5, using: &generator)
                table[unit] = value
                expected[unit] = value
            }
            #expect((0...0xFFFF).allSatisfy { table[UInt16($0)] == expected[UInt16($0)] })
        }
    }
}
