import Foundation
import Testing
@testable import HanQuant

/// Facts from short documents: indicator, period, change and target, each
/// table-driven. Every document is dated (2016年12月9日) under a summary
/// heading for 2016 unless the case gives its own text.
@Suite("Facts")
struct FactCases {
    /// The facts of a small report whose body is `body`.
    static func facts(_ body: String, heading: String = "一、2016年工作总结") throws -> [(text: String, fact: Fact)] {
        let text = "广化街道工作总结\n\n(2016年12月9日)\n\n\(heading)\n\n\(body)\n"
        let extraction = try Extractor().extract(Array(text.utf8), name: "case")
        return extraction.facts.map { (extraction.document.text.originalString(ofNormalized: $0.quantity.range), $0) }
    }

    static let indicatorCases: [(String, String, String)] = [
        ("今年1-10月,街道共完成固定资产投资10.69亿元。", "10.69亿元", "固定资产投资"),
        ("街道共完成固定资产投资10.69亿元,完成全年总目标任务的77.46%。", "77.46%", "固定资产投资完成全年总目标任务"),
        ("实现限上社会消费品销售总额23.26亿元,同比增长1.58%。", "23.26亿元", "限上社会消费品销售总额"),
        ("实现限上社会消费品销售总额23.26亿元,同比增长1.58%。", "1.58%", "限上社会消费品销售总额"),
        ("新增绿地0.87公顷。", "0.87公顷", "绿地"),
        ("施划停车泊位725个。", "725个", "停车泊位"),
        ("有经营户6300余户。", "6300余户", "经营户"),
        ("辖区“布眼”15000部电子监控,形成技防网。", "15000部", "电子监控"),
        ("刑事治安接警数1803,同比下降23.96%。", "1803", "刑事治安接警数"),
        ("刑事治安接警数1803,同比下降23.96%。", "23.96%", "刑事治安接警数"),
        ("完成招商引资23179万元,总完成率115%。", "115%", "招商引资总完成率"),
        ("全年居民消费价格比上年上涨2.1%。", "2.1%", "居民消费价格"),
        ("地区生产总值增长7.6%,增速比上年回落0.4个百分点。", "0.4个百分点", "地区生产总值增速"),
        ("计生符合率为98.55%(区定指标96.3%)。", "96.3%", "计生符合率区定指标"),
    ]

    @Test("Indicators name what is measured", arguments: indicatorCases)
    func indicator(body: String, quantity: String, indicator: String) throws {
        let fact = try #require(try Self.facts(body).first { $0.text == quantity }?.fact)
        #expect(fact.indicator == indicator)
    }

    static let periodCases: [(String, String, String, String)] = [
        // body, quantity, ISO period, period as written
        ("今年1-10月,街道共完成固定资产投资10.69亿元。", "10.69亿元", "2016-01/2016-10", "今年1-10月"),
        ("1-9月份,排查企业2168家。", "2168家", "2016-01/2016-09", "1-9月份"),
        ("截至目前,出动750人次。", "750人次", "../2016-12-09", "截至目前"),
        ("10月以来,累计排查单位2807家。", "2807家", "2016-10/2016-12-09", "10月以来"),
        ("10月至今,共检查出租房2480间。", "2480间", "2016-10/2016-12-09", "10月至今"),
        ("街道今年1-3季度命案发案数为0。", "0", "2016-01/2016-09", "今年1-3季度"),
        ("截至10月底,完成拆违3万平方米。", "3万平方米", "../2016-10-31", "截至10月底"),
        ("年末常住人口13.02万人。", "13.02万人", "../2016-12-31", "年末"),
        ("2017年上半年完成改造5万平方米。", "5万平方米", "2017-01/2017-06", "2017年上半年"),
        ("2017年6月前完成签约100户。", "100户", "../2017-06", "2017年6月前"),
        ("去年完成投资3亿元。", "3亿元", "2015", "去年"),
        ("完成投资3亿元。", "3亿元", "2016", "2016年"),
        ("注销流动人口1089人,较9月底减少7.09%。", "7.09%", "2016", "2016年"),
        ("确保2017年在2016年基础上再减少10%。", "10%", "2017", "2017年"),
        ("在2016年完成投资3.2亿元的基础上,确保全年完成投资3.6亿元。", "3.2亿元", "2016", "2016年"),
    ]

    @Test("Periods resolve to ISO 8601 against the report date and context year", arguments: periodCases)
    func period(body: String, quantity: String, iso: String, text: String) throws {
        let fact = try #require(try Self.facts(body).first { $0.text == quantity }?.fact)
        #expect(fact.period?.iso == iso)
        #expect(fact.period?.text == text)
    }

    @Test("A period at the head of a sentence carries to the next sentences of its paragraph, an event date does not")
    func carriedPeriods() throws {
        let facts = try Self.facts("今年1-10月,完成投资10亿元;实现销售额2亿元。计划于2017年1月25日前完成判读;签约率达99%。")
        #expect(facts.map { $0.fact.period?.iso } == ["2016-01/2016-10", "2016-01/2016-10", "2016-01/2016-10"])
    }

    @Test("A topic in a sentence without figures carries across others without figures to the figures after them; periods after a paragraph's last figure change nothing")
    func periodsOfSentencesWithoutFigures() throws {
        // Periods are read only in sentences with figures or before figures of their paragraph.
        let facts = try Self.facts("今年1-10月,各项工作稳步推进;全街道上下齐心协力;共完成投资10亿元。上半年,街道召开了动员大会;多次开展走访。\n\n实现销售额2亿元。去年同期,街道召开了总结会。")
        #expect(facts.map(\.text) == ["10亿元", "2亿元"])
        #expect(facts.map { $0.fact.period?.iso } == ["2016-01/2016-10", "2016"])
    }

    static let changeCases: [(String, String, Change?)] = [
        ("同比增长1.58%。", "1.58%", .increase),
        ("比上年下降23.96%。", "23.96%", .decrease),
        ("比上年提高2.1个百分点。", "2.1个百分点", .increase),
        ("较9月底减少7.09%。", "7.09%", .decrease),
        ("失业率降至3.7%。", "3.7%", nil),
        ("新增绿地0.87公顷。", "0.87公顷", nil),
        ("第一产业增加值1.2亿元。", "1.2亿元", nil),
        ("增速比上半年加快1.5个百分点。", "1.5个百分点", .increase),
        // A negative growth figure, and words for decline met in real reports.
        ("地区生产总值增长-2.3%。", "-2.3%", .decrease),
        ("工业增加值负增长12.6%。", "12.6%", .decrease),
        ("受政策影响减收1070万元。", "1070万元", .decrease),
        ("股指全年下跌13.9%。", "13.9%", .decrease),
        ("收入升幅131.8%。", "131.8%", .increase),
        ("计划改造提升村卫生室十二个。", "十二个", nil),
    ]

    @Test("Changes are growth or decline figures, not levels or amounts", arguments: changeCases)
    func change(body: String, quantity: String, change: Change?) throws {
        let fact = try #require(try Self.facts(body).first { $0.text == quantity }?.fact)
        #expect(fact.change == change)
    }

    static let targetCases: [(String, String, String, Bool)] = [
        // heading, body, quantity, target
        ("一、2016年工作总结", "完成投资3亿元。", "3亿元", false),
        ("一、2016年工作总结", "计生符合率为98.55%(区定指标96.3%),掌握率95%。", "96.3%", true),
        ("一、2016年工作总结", "计生符合率为98.55%(区定指标96.3%),掌握率95%。", "95%", false),
        ("三、2017年工作计划", "完成拆违6万平方米。", "6万平方米", true),
        ("三、2017年工作计划", "2016年完成拆违7万平方米,力争2017年上半年拆违4.1万平方米。", "7万平方米", false),
        ("三、2017年工作计划", "2016年完成拆违7万平方米,力争2017年上半年拆违4.1万平方米。", "4.1万平方米", true),
        ("三、2017年工作计划", "在2016年完成投资3.2亿元的基础上,确保全年完成投资3.6亿元。", "3.2亿元", false),
        ("三、2017年工作计划", "在2016年完成投资3.2亿元的基础上,确保全年完成投资3.6亿元。", "3.6亿元", true),
        ("三、2017年工作计划", "计划三年内消除现有101幢危房。", "101幢", false),
        ("一、2016年工作总结", "预计全年完成投资12亿元。", "12亿元", true),
    ]

    @Test("Targets are plans, goals and projections; results quoted in a plan are not", arguments: targetCases)
    func target(heading: String, body: String, quantity: String, target: Bool) throws {
        let fact = try #require(try Self.facts(body, heading: heading).first { $0.text == quantity }?.fact)
        #expect(fact.isTarget == target)
    }
}
