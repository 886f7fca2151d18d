import Testing
@testable import HanQuant

/// The head of a document, in the orders real documents use: the title,
/// the report date and where it came from, and which lines are body text.
@Suite("Document head")
struct DocumentHeadTests {
    static func document(_ text: String) throws -> Document {
        try DocumentReader().read(Array(text.utf8), name: "case")
    }

    static let cases: [(text: String, title: String?, date: String?, origin: String?)] = [
        ("临江市政府工作报告\n\n（2023年12月20日）\n\n各位代表：\n", "临江市政府工作报告", "2023-12-20", "line 3"),
        ("2024年1月12日\n\n临江市政府工作报告\n\n各位代表：\n", "临江市政府工作报告", "2024-01-12", "line 1"),
        ("政府工作报告\n——2024年1月12日在临江市第十六届人民代表大会第四次会议上\n市长 张三\n", "政府工作报告", "2024-01-12", "line 2"),
        ("临江市2023年统计公报\n发布日期：2024-03-18\n2023年是关键之年。\n", "临江市2023年统计公报", "2024-03-18", "metadata 发布日期 (line 2)"),
        ("发布时间 2024-03-05 09:36  来源：临江市统计局\n临江市2月份经济运行情况\n", "临江市2月份经济运行情况", "2024-03-05",
         "metadata 发布时间 (line 1)"),
        ("中央政府總預算案\n來源：行政院主計總處 2023/10/25\n", "中央政府總預算案", "2023-10-25", "metadata 來源 (line 2)"),
        ("中央政府總預算案編製報告\n中華民國112年12月20日\n", "中央政府總預算案編製報告", "2023-12-20", "line 2"),
        ("一、总体情况\n2023年12月20日在会上宣布。\n", nil, nil, nil),
    ]

    @Test("Title and report date are read wherever the head puts them", arguments: cases)
    func head(text: String, title: String?, date: String?, origin: String?) throws {
        let document = try Self.document(text)
        #expect(document.title == title)
        #expect(document.date?.description == date)
        #expect(document.dateOrigin == origin)
    }

    @Test("Date lines, subtitles and metadata are not body sentences; the issuing body is")
    func headLinesAreNotSentences() throws {
        let document = try Self.document("政府工作报告\n——2024年1月12日在临江市人民代表大会上\n发布日期：2024-01-15\n临江市人民政府\n")
        let sentences = document.sentences.map { document.string(of: $0) }
        #expect(sentences == ["政府工作报告", "临江市人民政府"])
    }

    static let contextCases: [(text: String, subjectYear: Int?, region: Region?)] = [
        ("临江市2023年国民经济和社会发展统计公报\n（2024年3月18日）\n2023年是关键之年。全市党委…\n", 2023, .mainland),
        ("国民经济和社会发展统计公报\n（2024年3月18日）\n2023年是关键之年。\n", 2023, nil),
        ("临江市2024年政府工作报告\n2023年是关键之年。\n", nil, nil),
        ("財政預算案\n本港經濟去年增長3.2%，特區政府將…\n", nil, .hongKong),
        ("施政報告\n澳門特別行政區政府本年度財政收入…本澳經濟…\n", nil, .macau),
        ("總預算案\n行政院函請立法院審議，歲出新臺幣2兆元。\n", nil, .taiwan),
        ("工作总结\n全年吸引港元存款3亿元，区委、区政府高度重视，党委领导。\n", nil, .mainland),
    ]

    @Test("Subject year and region are read from the title, opening and markers", arguments: contextCases)
    func context(text: String, subjectYear: Int?, region: Region?) throws {
        let context = try Self.document(text).context
        #expect(context.subjectYear == subjectYear)
        #expect(context.region == region)
    }
}
