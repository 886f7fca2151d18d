import Testing
@testable import HanQuant

/// The seed document's structure, checked by hand against the document:
/// every heading below was read off the text, and the sentence lists were
/// copied from it and compared sentence by sentence.
@Suite("The seed document's structure")
struct SeedStructureTests {
    let document: Document

    init() throws {
        document = try DocumentReader().read(RepositoryFiles.bytes(RepositoryFiles.seed), name: "seed")
    }

    @Test("Metadata block, title and report date")
    func header() {
        #expect(document.metadata.map { "\($0.line) \($0.key)=\($0.value)" } == [
            "1 索引号=001008003001082/2017-00344",
            "2 组配分类=计划总结",
            "2 发布机构=广化街道",
            "3 生成日期=2017-12-08",
            "3 公开方式=主动公开",
        ])
        #expect(document.title == "广化街道2016年工作总结和2017年工作计划")
        #expect(document.titleLine == 5)
        #expect(document.date == CalendarDate(year: 2016, month: 12, day: 9))
        #expect(document.dateLine == 12)
    }

    @Test("Three top-level sections with their numbered subsections")
    func sections() {
        let expected = [
            "18 1 一、 2016年工作总结",
            "20 2 (一) 突出有效投资,发展后劲得到增强",
            "24 2 (二) 狠抓项目建设,城中村改造加码提速",
            "26 2 (三) 深化“大拆大整”,各类安全隐患有效根除",
            "28 2 (四) 发力城市精细化,人居环境得到改善",
            "30 2 (五) 巩固平安创建,社会稳定得到保障",
            "32 2 (六) 完善社区服务,民生事业得到提升",
            "34 2 (七) 聚焦“两学一做”,基层党建得到加强",
            "36 1 二、 存在问题",
            "38 2 (一) 经济工作方面",
            "40 2 (二) 维稳工作方面",
            "42 2 (三) “大拆大整”行动方面",
            "44 1 三、 2017年工作计划",
            "48 2 (一) 在“大拆大整”上做深文章",
            // The source has no full stop after 统揽全局, so the heading runs on to the first 。.
            "50 2 (二) 在城市规划上统揽全局在“大拆大整”的基础上,实现全域空间腾挪,全面提升区域产业规模和居住品质",
            "52 2 (三) 在城市管理上持续加压",
            "54 2 (四) 在经济结构上稳步转型",
            "56 2 (五) 在社会服务上创新升级",
            "58 2 (六) 在社会平安上稳中求进",
            "60 2 (七) 在基层党建上夯基固本",
            "62 2 (八) 在城市改造提升上加速换挡",
        ]
        #expect(document.sections.map { "\($0.line) \($0.level) \($0.label) \($0.title)" } == expected)
        let topLevel = document.sections.indices.filter { document.sections[$0].parent == nil }
        #expect(topLevel.map { document.sections[$0].label } == ["一、", "二、", "三、"])
        let children = topLevel.map { top in document.sections.filter { $0.parent == top }.count }
        #expect(children == [7, 3, 8])
    }

    @Test("Line 20 splits into its nine sentences, semicolons included")
    func sentencesOfLine20() {
        #expect(sentences(onLine: 20) == [
            "(一)突出有效投资,发展后劲得到增强。",
            "街道经济工作的重点集中在辖区温州商贸城、陶瓷品市场、金泰集团、温州家电市场、浙南鞋料市场、鞋用化工市场、九山鞋料总汇等7家专业市场。",
            "今年1-10月,街道共完成固定资产投资10.69亿元,完成全年总目标任务的77.46% ;",
            "实现限上社会消费品销售总额23.26亿元,同比增长1.58%,限上批零、住宿餐饮销售额1.99亿元,同比增长18.46%。",
            "新增温州嘉运大酒店有限公司、温州市三巧匠商贸有限公司2家限上企业;",
            "实现规上其他营利性服务业营业收入3792万元,同比增长12.3% ;",
            "完成招商引资23179万元,总完成率115%,其中省外回归到位资金4064万元,完成率40.6%,市外房地产项目19115万元,完成率191.1%。",
            "1-9月,自营出口完成额21917万元,同比增长15.26%;",
            "进口742万元,同比增长7.24%。",
        ])
    }

    @Test("Sentence counts of long paragraphs match a count by hand", arguments: [
        (26, 17), (30, 14), (58, 13),
    ])
    func sentenceCounts(line: Int, count: Int) {
        #expect(sentences(onLine: line).count == count)
    }

    @Test("Selected sentences stand whole, with their section path")
    func selectedSentences() throws {
        let sentence = try #require(document.sentences.first { document.string(of: $0).hasPrefix("强化打黑治乱力度") })
        #expect(document.string(of: sentence) == "强化打黑治乱力度,确保2017年接警数、两抢、入室盗窃案件均下降15%以上。")
        #expect(sentence.line == 58)
        #expect(document.sectionPath(sentence.section).map(\.label) == ["三、", "(六)"])
        #expect(sentences(onLine: 30)[8] == "高效完成“10·10”双屿农民自建房倒塌事故遇难家属的善后安抚工作。")
        #expect(sentences(onLine: 26)[16] == "注销流动人口1089人,较9月底减少7.09%。")
    }

    @Test("Unpunctuated sub-headings set apart by spaces stand alone")
    func subHeadingsOfLine24() {
        let line = sentences(onLine: 24)
        #expect(line[1] == "广化南路(鹿城段)道路建设工程")
        #expect(line[2].hasPrefix("广化南路(鹿城段)市政道路工程是温州市重点建设工程"))
        #expect(line.contains("下桥自然村保障性安居工程"))
    }

    @Test("The preamble has no section; the title is read as a sentence, its repeat and the date line are not")
    func preamble() {
        let preamble = document.sentences.filter { $0.section == nil }
        #expect(preamble.map(\.line) == [5, 10, 16])
        #expect(!document.sentences.contains { $0.line == 8 || $0.line == 12 })
        #expect(document.paragraphs.count == 27)
    }

    @Test("Each heading line's first sentence is the heading; clauses skip its label")
    func headingSentences() throws {
        let headings = document.sentences.filter(\.isHeading)
        #expect(headings.map(\.line) == document.sections.map(\.line))
        let first = try #require(headings.first { $0.line == 20 })
        #expect(document.clauses(of: first).map { document.text.originalString(ofNormalized: $0) }
                == ["突出有效投资", "发展后劲得到增强"])
    }

    private func sentences(onLine line: Int) -> [String] {
        document.sentences.filter { $0.line == line }.map(document.string(of:))
    }
}
