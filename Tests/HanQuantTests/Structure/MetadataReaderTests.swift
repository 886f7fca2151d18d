import Testing
@testable import HanQuant

/// Metadata lines read by their units give the fields read by their
/// characters: on generated lines of keys, colons, values and white space
/// of every kind a plain line holds, and for every plain unit, whether it is
/// white space.
@Suite("Metadata lines")
struct MetadataReaderTests {
    static let reader = MetadataReader.bundled

    /// Pieces lines are made of: keys of the bundled list (simplified and
    /// traditional, date keys among them), colons, values as portals print
    /// them, and the white space a plain line may hold.
    static let keys = ["索引号", "發布機構", "组配分类", "发布日期", "來源", "时间", "生成日期", "公开方式", "作者", "日期"]
    static let colons = [":", "：", "∶", ""]
    static let values = ["001008003001082/2017-00344", "广化街道", "2024-03-05", "09:36", "主動公開", "统计局", "2023/10/25",
                         "计划总结", "Ａ１", "x:y", "：", "发布日期", "é", "“统计”", "——", "二○二四年", "￥5", "※"]
    static let spaces = [" ", "  ", "\t", "\u{3000}", "\u{A0}", "\u{85}", "\u{0B}"]

    static func line(_ random: inout SeededGenerator) -> String {
        var line = Bool.random(using: &random) ? "" : spaces.randomElement(using: &random)!
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            switch Int.random(in: 0..<3, using: &random) {
            case 0: line += keys.randomElement(using: &random)! + colons.randomElement(using: &random)!
            default: line += values.randomElement(using: &random)!
            }
            if Int.random(in: 0..<4, using: &random) > 0 { line += spaces.randomElement(using: &random)! }
        }
        return line
    }

    @Test("generated lines read by their units give the fields read by their characters", arguments: 0..<6)
    func sameAsByCharacter(seed: UInt64) {
        var random = SeededGenerator(seed: 0x3E7A &+ seed)
        var withFields = 0
        for _ in 0..<2000 {
            let line = Self.line(&random)
            let fields = Self.reader.fields(of: line, lineNumber: 3)
            #expect(fields == Self.reader.fieldsByCharacter(of: line, lineNumber: 3), "\(line.debugDescription)")
            if fields != nil { withFields += 1 }
        }
        #expect(withFields > 400, "a good share of the lines open with a key")
    }

    @Test("every plain unit is white space exactly when its character is")
    func whitespace() {
        for unit in UInt16.min...UInt16.max where PlainUnits.contains(unit) {
            let character = Character(Unicode.Scalar(unit)!)
            #expect(PlainUnits.isWhitespace(unit) == character.isWhitespace, "U+\(String(unit, radix: 16))")
        }
    }

    @Test("lines as portals print them, and a line with a combining mark, read by its characters")
    func examples() {
        let fields = Self.reader.fields(of: "发布时间：2024-03-05 09:36\u{3000}来源：统计局", lineNumber: 2)
        #expect(fields == [MetadataField(key: "发布时间", value: "2024-03-05 09:36", line: 2),
                           MetadataField(key: "来源", value: "统计局", line: 2)])
        #expect(Self.reader.fields(of: "组配分类 计划总结 发布机构 广化街道", lineNumber: 1)?.map(\.value) == ["计划总结", "广化街道"])
        #expect(Self.reader.fields(of: "广化街道2016年工作总结", lineNumber: 1) == nil)
        #expect(Self.reader.fields(of: "作者：Rene\u{301}", lineNumber: 1) == [MetadataField(key: "作者", value: "Rene\u{301}", line: 1)])
        // A city bureau's portal prints ASCII colons with a space after them, two pairs a line, and empty keys.
        #expect(Self.reader.fields(of: "索引号: 113702000055510123/2025-00017 组配分类: 统计数据", lineNumber: 1)
            == [MetadataField(key: "索引号", value: "113702000055510123/2025-00017", line: 1),
                MetadataField(key: "组配分类", value: "统计数据", line: 1)])
        #expect(Self.reader.fields(of: "成文日期: 2025-04-18 发布日期: 2025-04-21", lineNumber: 2)?.map(\.value) == ["2025-04-18", "2025-04-21"])
        #expect(Self.reader.fields(of: "发文字号:", lineNumber: 3) == [MetadataField(key: "发文字号", value: "", line: 3)])
    }
}
