import Foundation
import Testing
@testable import HanQuant

/// A quantity's number, scale and unit are the text's own pieces, whatever
/// unit it carries: the scanner takes a unit's or scale's spelling from its
/// lexicon where the text spells it the same, and must take the text where
/// it does not (两个半小时's unit is 个半小时, not 小时).
@Suite("A quantity's number, scale and unit spell its text")
struct QuantityTextTests {
    static let scanner = QuantityScanner()

    /// The quantities read in `sentence` whose original text is `written`.
    static func quantities(written: String, in sentence: String) -> [Quantity] {
        let decoded = try! TextDecoder().decode(Array(sentence.utf8))
        let units = decoded.normalized
        return scanner.scan(units, in: 0..<units.count).quantities.filter {
            decoded.originalString(ofNormalized: $0.range) == written
        }
    }

    @Test("every unit and measure word of the lexicons, after numbers with and without scales, Simplified and Traditional")
    func everyUnit() {
        let surfaces = LexiconFile.bundled("units.tsv").rows.map { $0[0] }
            + LexiconFile.bundled("measure-words.tsv").rows.map { $0[0] }
        let numbers = ["12", "3.5万", "7億", "一千零十四", "两", "0.8千万"]
        var checked = 0, failures: [String] = []
        for surface in surfaces {
            for number in numbers {
                let written = number + surface
                for quantity in Self.quantities(written: written, in: "全年共有" + written + "，比上年多。") {
                    checked += 1
                    let spelled = quantity.number + (quantity.scale ?? "") + (quantity.unit ?? "")
                    if spelled != written { failures.append("\(written) → \(quantity.number)|\(quantity.scale ?? "")|\(quantity.unit ?? "")") }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(checked), e.g. \(failures.prefix(8))")
        #expect(checked > surfaces.count * 3, "\(checked) read of \(surfaces.count * numbers.count)")
    }

    @Test("units whose text is not their lexicon spelling", arguments: [
        ("两个半小时", "两", nil, "个半小时"),
        ("三个半月", "三", nil, "个半月"),
        ("1.52万元/人", "1.52", "万", "元/人"),
        ("6.8萬元/戶", "6.8", "萬", "元/戶"),
        ("1.5兆瓦", "1.5", nil, "兆瓦"),
        ("一吨半", "一", nil, "吨"),
    ] as [(String, String, String?, String)])
    func unusualUnits(written: String, number: String, scale: String?, unit: String) throws {
        let quantity = try #require(Self.quantities(written: written, in: "会议用时" + written + "，完成。").first)
        #expect(quantity.number == number)
        #expect(quantity.scale == scale)
        #expect(quantity.unit == unit)
    }
}
