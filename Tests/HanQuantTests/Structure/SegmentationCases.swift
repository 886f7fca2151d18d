import Testing
@testable import HanQuant

/// Table-driven cases for the small pieces of the structure stage.
@Suite("Heading labels, sentences, clauses and dates")
struct SegmentationCases {
    static let headingCases: [(String, HeadingStyle?)] = [
        ("一、2016年工作总结", .chineseNumeral),
        ("十二、其他", .chineseNumeral),
        ("壹、總預算案籌編概況", .financialNumeral),
        ("參、歲出重點", .financialNumeral),
        ("拾壹、其他", .financialNumeral),
        ("(一)突出有效投资", .chineseNumeralInParentheses),
        ("（三）深化大拆大整", .chineseNumeralInParentheses),
        ("1.固定资产投资", .arabicNumeral),
        ("２．社会事业", .arabicNumeral),
        ("3、加强管理", .arabicNumeral),
        ("(1)工业投资", .arabicNumeralInParentheses),
        ("（12）其他", .arabicNumeralInParentheses),
        ("第一章 总则", .chapter),
        ("第三部分 工作计划", .chapter),
        ("  一、前有空格", .chineseNumeral),
        ("一是转型升级初见成效。", nil),
        ("(2016年12月9日)", nil),
        ("1.5亿元用于基础设施", nil),
        ("2016年,广化街道在区委领导下", nil),
        ("第三季度完成投资", nil),
        ("一一一一一、太长", nil),
        ("(鹿城段)市政道路", nil),
        ("1-10月累计", nil),
    ]

    @Test("Heading labels are recognized by style", arguments: headingCases)
    func headingLabel(line: String, style: HeadingStyle?) {
        let units = Array(line.precomposedNFKC.utf16)
        #expect(HeadingLabel.find(in: units, range: 0..<units.count)?.style == style)
    }

    static let sentenceCases: [(String, [String])] = [
        ("一是转型升级初见成效。二是商会效应创造平台。", ["一是转型升级初见成效。", "二是商会效应创造平台。"]),
        ("完成2家认定;完成旧厂区改造15882平方米;", ["完成2家认定;", "完成旧厂区改造15882平方米;"]),
        ("预计服务2万人次以上；另一方面增设监视器120支。", ["预计服务2万人次以上;", "另一方面增设监视器120支。"]),
        ("如何更贴近民众需求？本所将广纳建言！", ["如何更贴近民众需求?", "本所将广纳建言!"]),
        ("完成率77.46% ;实现销售总额23.26亿元。", ["完成率77.46% ;", "实现销售总额23.26亿元。"]),
        ("道路建设工程  广化南路市政道路工程已完成45%。", ["道路建设工程", "广化南路市政道路工程已完成45%。"]),
        ("1.固定资产投资完成10.69亿元。", ["1.固定资产投资完成10.69亿元。"]),
        ("他说：“今年增长5%。”明年继续。", ["他说:“今年增长5%。”", "明年继续。"]),
        ("没有句号的一行", ["没有句号的一行"]),
    ]

    @Test("Sentences split at ICU boundaries, semicolons and space runs", arguments: sentenceCases)
    func sentences(text: String, expected: [String]) {
        let units = Array(text.precomposedNFKC.utf16)
        let ranges = SentenceSplitter().sentences(in: units, range: 0..<units.count)
        #expect(ranges.map { String(decoding: units[$0], as: UTF16.self) } == expected)
    }

    static let clauseCases: [(String, [String])] = [
        ("实现销售总额23.26亿元,同比增长1.58%。", ["实现销售总额23.26亿元", "同比增长1.58%"]),
        ("出动750人次,巡查危旧房屋130幢;", ["出动750人次", "巡查危旧房屋130幢"]),
        ("投资1,234万元、消费2,000万元。", ["投资1,234万元", "消费2,000万元"]),
        ("会议于10:30开始:议程三项。", ["会议于10:30开始", "议程三项"]),
        ("围绕“稳中求进、改革创新”的总基调,全力以赴。", ["围绕“稳中求进、改革创新”的总基调", "全力以赴"]),
        ("签订《息访、息诉协议书》7人。", ["签订《息访、息诉协议书》7人"]),
    ]

    @Test("Clauses split at commas, enumeration commas and colons", arguments: clauseCases)
    func clauses(text: String, expected: [String]) {
        let units = Array(text.precomposedNFKC.utf16)
        let ranges = ClauseSplitter.clauses(in: units, sentence: 0..<units.count)
        #expect(ranges.map { String(decoding: units[$0], as: UTF16.self) } == expected)
    }

    static let dateCases: [(String, String?)] = [
        ("(2016年12月9日)", "2016-12-09"),
        ("2016年12月9日", "2016-12-09"),
        ("二〇一六年十二月九日", "2016-12-09"),
        ("二○一七年一月二十一日", "2017-01-21"),
        ("【2017年3月31日】", "2017-03-31"),
        ("2017-12-08", "2017-12-08"),
        ("2016年2月30日", nil),
        ("2016年12月", nil),
        ("截至2016年12月9日", nil),
        ("2016 年 12 月 9 日", "2016-12-09"),
        ("〔二〇一七年三月一日〕", "2017-03-01"),
        ("2016.1.5", "2016-01-05"),
        ("2016/12/09", "2016-12-09"),
        ("20161年1月1日", nil),
        ("2016年1月1日起", nil),
        ("2016-1-1日", nil),
        ("2016-123-1", nil),
        // Full-width brackets as written, and Republic of China dates.
        ("（2023年12月20日）", "2023-12-20"),
        ("中華民國112年12月20日", "2023-12-20"),
        ("民國113年1月5日", "2024-01-05"),
        ("112年12月20日", "2023-12-20"),
        ("中華民國一百一十二年十二月二十日", "2023-12-20"),
        ("12年12月20日", nil),
        ("民國200年1月1日", nil),
    ]

    @Test("Date lines are read whole", arguments: dateCases)
    func dates(text: String, expected: String?) {
        #expect(DateReader.date(text)?.description == expected)
    }
}

extension String {
    /// The NFKC form, as the structure stage sees text.
    var precomposedNFKC: String {
        let units = NFKC.normalize(Array(utf16)).utf16
        return String(decoding: units, as: UTF16.self)
    }
}

/// Years as titles and headings write them.
@Suite("Years in titles and headings")
struct YearReaderTests {
    @Test("Every way of writing a year gives it", arguments: [
        ("2023年工作总结", 2023), ("二〇二四年施政重點", 2024), ("二零二三年", 2023),
        ("中華民國 113 年度中央政府總預算案", 2024), ("中華民國113年度", 2024), ("民國112年", 2023),
        ("112年度預算", 2023), ("财政预算", nil), ("一二三四", nil), ("十二年", nil), ("20231年", nil),
    ] as [(String, Int?)])
    func year(_ text: String, _ expected: Int?) {
        #expect(YearReader.firstYear(in: text) == expected)
    }

    @Test("A year read at the end of the text, or of its limit, is none")
    func atTheEnd() {
        let units = Array("民國112年".utf16)
        #expect(YearReader.year(in: units, at: units.count, limit: units.count) == nil)
        #expect(YearReader.year(in: units, at: 0, limit: 0) == nil)
        #expect(YearReader.year(in: units, at: 0, limit: units.count)?.year == 2023)
    }
}
