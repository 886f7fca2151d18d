import Testing
@testable import HanQuant

/// The last look at indicators: markers cut off, fragments refused, and
/// names of any shape left as they are.
@Suite("Indicator cleanup")
struct IndicatorCleanupTests {
    let cleanup = IndicatorCleanup.bundled

    /// Ideographs names are drawn from: none of them a comparison opener or a list word.
    static let characters = Array("地区生产总值公共预算收入城镇居民可支配财政储备旅客运输粮食产量住房面积投资工业销售")

    /// A random name of two to twelve characters.
    static func name(_ generator: inout SeededGenerator) -> String {
        String((0..<Int.random(in: 2...12, using: &generator)).map { _ in characters.randomElement(using: &generator)! })
    }

    @Test("A name is kept as it is, and a footnote marker after it is cut off in every form")
    func markers() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            let name = Self.name(&generator)
            #expect(cleanup.cleaned(name) == name)
            let number = Int.random(in: 1...20, using: &generator)
            // NFKC writes ① as 1 and ［2］ as [2]; the bracket may be trimmed already.
            for marked in ["\(name)\(number)", "\(name)[\(number)]", "\(name)[\(number)"] {
                #expect(cleanup.cleaned(marked) == name, "\(marked)")
            }
        }
    }

    @Test("A paragraph number before a name and 分别, 完成 or 累计 after it are cut off")
    func numbersAndTrailingWords() {
        var generator = SeededGenerator(seed: 12)
        for _ in 0..<300 {
            let name = Self.name(&generator)
            for written in ["7. \(name)", "12.\(name)", "一、\(name)", "十二、\(name)", "\(name)分别", "\(name)分別", "\(name)完成", "\(name)累计"] {
                #expect(cleanup.cleaned(written) == name, "\(written)")
            }
        }
    }

    @Test("Single characters, listed fragments and comparisons are refused",
          arguments: ["和", "即", "合", "增", "年", "基础上", "同期", "按年", "车次", "力争", "预算", "分别", "完成",
                      "较上年", "較原來預算", "比上年", "同比", "环比"])
    func refused(_ fragment: String) {
        #expect(cleanup.cleaned(fragment) == nil)
    }

    @Test("Digits that belong to a name stay: a name ending in a letter or symbol before them")
    func digitsInNames() {
        #expect(cleanup.cleaned("PM2") == "PM2")
        #expect(cleanup.cleaned("5G基站") == "5G基站")
        #expect(cleanup.cleaned("比重") == "比重")
    }
}
