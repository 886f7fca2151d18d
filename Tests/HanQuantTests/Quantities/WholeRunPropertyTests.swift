import Testing
@testable import HanQuant

/// The rule that prevents silent wrong values, as a property: a run of
/// numeral characters is read whole or not at all, so every run that a
/// quantity touches lies entirely inside that quantity's text.
@Suite("A run of numeral characters is read whole or not at all")
struct WholeRunPropertyTests {
    static let fragments = [
        "1", "2", "3", "0", "5", "12", "2016", "3.5", "1,234", "10.69", "一", "二", "两", "三", "五", "九", "十", "百",
        "千", "万", "亿", "萬", "億", "零", "半", "几", "点", "〇", "元", "万元", "亿元", "%", "个", "人", "吨", "家", "年",
        "月", "日", "米", "倍", "成", "个百分点", "分之", "千瓦", "千伏安", " ", "、", ",", ".", "-", "至", "约", "余", "多",
        "增长", "全年", "的", "共", "第", "“", "”", "数", "过", "零下", "度", "港幣", "$", "翻", "番", "比", ":", "以上",
        "角", "分", "整", "圆", "每", "/", "t", "L", "m", "岁", "公里", "增加",
    ]

    /// The runs of `units`, found the way the scanner finds their starts.
    static func runs(_ units: [UInt16], lexicon: NumeralLexicon) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while true {
            index = units.withUnsafeBufferPointer { lexicon.starts.firstIndex(in: $0, range: index..<units.count) }
            guard index < units.count else { break }
            let end = NumeralRun.end(in: units, from: index, limit: units.count, lexicon: lexicon)
            runs.append(index..<end)
            index = end
        }
        return runs
    }

    @Test("30,000 random texts built from numerals, units, separators and words")
    func randomTexts() {
        let scanner = QuantityScanner()
        var generator = SeededGenerator(seed: 1014)
        var violations: [String] = []
        var quantities = 0
        for _ in 0..<30_000 {
            let count = Int.random(in: 1...10, using: &generator)
            let text = (0..<count).map { _ in Self.fragments.randomElement(using: &generator)! }.joined()
            let units = Array(text.utf16)
            let found = scanner.scan(units, in: 0..<units.count).quantities
            quantities += found.count
            let runs = Self.runs(units, lexicon: NumeralLexicon.bundled)
            for quantity in found {
                for run in runs where run.overlaps(quantity.range) && !quantity.range.contains(run) {
                    violations.append("\(text): \(String(decoding: units[quantity.range], as: UTF16.self)) "
                                      + "cuts \(String(decoding: units[run], as: UTF16.self))")
                }
                if let valueMax = quantity.valueMax, valueMax.decimal < quantity.value.decimal {
                    violations.append("\(text): range \(quantity.value)–\(valueMax) runs backward")
                }
            }
        }
        // The texts must yield quantities for the property to say anything.
        #expect(quantities > 5_000)
        #expect(violations.isEmpty, "\(violations.count) violations, e.g. \(violations.prefix(8))")
    }

    @Test("Forms read in part before are now read whole or skipped with a warning", arguments: [
        ("两千四百五元。", "两千四百五元", 0), ("二三十个百分点。", "二三十个百分点", 0), ("百分之十五。", "百分之十五", 0),
        ("共12 345人。", nil, 1), ("奖励3万50元。", nil, 1), ("每户五万一户。", nil, 1), ("身高1米8。", nil, 1),
        ("确定8个三级网格。", "8个", 0), ("3小时20分钟。", "3小时", 0),
        // A change and the level reached, not the range 400 to 8900.
        ("名額增加400人至8,900人。", "400人", 0),
    ] as [(String, String?, Int)])
    func formerlyPartial(text: String, read: String?, warnings: Int) {
        let units = Array(text.utf16)
        let result = QuantityScanner().scan(units, in: 0..<units.count)
        #expect(result.quantities.first.map { String(decoding: units[$0.range], as: UTF16.self) } == read)
        #expect(result.warnings.count == warnings)
    }
}

private extension Range where Bound == Int {
    /// Whether `other` lies entirely inside this range.
    func contains(_ other: Range<Int>) -> Bool { other.lowerBound >= lowerBound && other.upperBound <= upperBound }
}
