import Foundation
import Testing
@testable import HanQuant

/// Web pages read through libxml2: the report's blocks and tables, none
/// of the page's scripts, navigation or footer, in the page's charset.
@Suite("Web pages")
struct HTMLPageTests {
    static let page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>2023年统计公报_南山市人民政府</title>
        <script>var note = "增长99%";</script><style>.a { width: 120px }</style></head>
        <body>
        <nav><a href="/">首页</a> | <a href="/news">新闻中心</a></nav>
        <div class="content">
        <h1>南山市2023年国民经济和社会发展统计公报</h1>
        <p>2023年，全市地区生产总值完成512.6亿元，比上年增长5.8%。<br>全年城镇新增就业1.25万人。</p>
        <p>表1 2023年主要农产品产量</p>
        <p>单位：万吨</p>
        <table border="1">
        <tr><th>产品</th><th>产量</th><th>比上年增长(%)</th></tr>
        <tr><td>粮食</td><td>42.35</td><td>1.2</td></tr>
        <tr><td>油料</td><td>3.06</td><td>-2.5</td></tr>
        </table>
        <!-- 旧稿：100亿元 -->
        </div>
        <footer>版权所有 2024 联系电话 0577-12345678</footer>
        </body></html>
        """

    func facts(_ bytes: [UInt8]) throws -> [String] {
        let extraction = try Extractor().extract(bytes, name: "page")
        return extraction.facts.map { extraction.document.text.originalString(ofNormalized: $0.quantity.range) + " " + $0.quantity.baseUnit }
    }

    @Test("A page's paragraphs and table become facts; scripts, navigation, comments and the footer do not")
    func page() throws {
        let document = try DocumentReader().read(Array(Self.page.utf8), name: "page")
        #expect(document.title == "南山市2023年国民经济和社会发展统计公报")
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.unit.map(document.text.originalString(ofNormalized:)) == "万吨")
        let text = String(decoding: document.text.original, as: UTF16.self)
        for chrome in ["首页", "新闻中心", "版权所有", "增长99%", "旧稿", "width"] { #expect(!text.contains(chrome), "\(chrome)") }
        #expect(try facts(Array(Self.page.utf8)) == ["512.6亿元 CNY", "5.8% %", "1.25万人 count", "42.35 kg", "1.2 %", "3.06 kg", "-2.5 %"])
    }

    static let portal = """
        <html><head><meta charset="utf-8"><title>统计公报_南山市人民政府</title></head><body>
        <div class="top"><a href="/">首页</a> <a href="/a">政务公开</a> <a href="/b">政务服务</a></div>
        <div class="left"><ul><li><a href="/n1">全市新增就业3万人</a></li><li><a href="/n2">投资增长8%</a></li></ul></div>
        <h1>南山市2023年国民经济和社会发展统计公报</h1>
        <div id="zoom" class="TRS_Editor">
        <p>2023年，全市地区生产总值完成512.6亿元，比上年增长5.8%。全年城镇新增就业1.25万人。</p>
        <p>全年粮食总产量42.35万吨，比上年增长1.2%。</p>
        </div>
        <div class="share">分享到：微信 微博</div>
        <div class="bottom">主办：南山市人民政府办公室 电话：0577-88888888 <a href="/map">网站地图</a></div>
        </body></html>
        """

    @Test("Only the block that holds the report is read: related-news links, share bars and footers are left out and counted")
    func mainContent() throws {
        let bytes = Array(Self.portal.utf8)
        let document = try DocumentReader().read(bytes, name: "portal")
        #expect(document.title == "南山市2023年国民经济和社会发展统计公报")
        #expect(document.text.encoding.description.hasPrefix("HTML page in utf-8 (<meta charset>), laid out as text; "))
        #expect(document.text.encoding.description.hasSuffix(" characters of other blocks left out"))
        #expect(try facts(bytes) == ["512.6亿元 CNY", "5.8% %", "1.25万人 count", "42.35万吨 kg", "1.2% %"])
        let whole = try Extractor(keepsBoilerplate: true).extract(bytes, name: "portal")
        #expect(whole.facts.map { whole.document.text.originalString(ofNormalized: $0.quantity.range) }.prefix(2) == ["3万人", "8%"])
        #expect(whole.document.text.encoding.description.hasSuffix("nothing left out"))
    }

    @Test("A cell spanning columns keeps the columns after it in place")
    func columnSpans() throws {
        let html = """
            <html><body><p>报告</p><table>
            <tr><th>指标</th><th colspan="2">2023年</th></tr>
            <tr><th></th><th>金额(亿元)</th><th>增长(%)</th></tr>
            <tr><td>税收收入</td><td>12.87</td><td>6.8</td></tr>
            <tr><td>非税收入</td><td>5.77</td><td>1.5</td></tr>
            </table></body></html>
            """
        let document = try DocumentReader().read(Array(html.utf8), name: "page")
        #expect(document.tables.first?.columns == 3 && document.tables.first?.problem == nil)
        #expect(try facts(Array(html.utf8)) == ["12.87 CNY", "6.8 %", "5.77 CNY", "1.5 %"])
    }

    @Test("A cell spanning rows leaves its column empty below, so the rows' figures stay in their columns")
    func rowSpans() throws {
        let html = """
            <html><body><p>报告</p><table><thead>
            <tr><th>类别</th><th>项目</th><th>金额(亿元)</th></tr></thead><tbody>
            <tr><td rowspan="2">一般公共预算</td><td>收入</td><td>46.8</td></tr>
            <tr><td>支出</td><td>78.6</td></tr>
            <tr><td>政府性基金</td><td>收入</td><td>21.3</td></tr>
            </tbody></table></body></html>
            """
        let document = try DocumentReader().read(Array(html.utf8), name: "page")
        #expect(document.tables.first?.columns == 3 && document.tables.first?.problem == nil)
        let text = String(decoding: document.text.original, as: UTF16.self)
        #expect(text.contains("|  | 支出 | 78.6 |"))
        #expect(try facts(Array(html.utf8)) == ["46.8 CNY", "78.6 CNY", "21.3 CNY"])
    }

    @Test("A page with no date in its report takes the publication date of its <meta>, else of its date line; a date line of the report wins",
          arguments: [("<meta name=\"PubDate\" content=\"2024-01-26 09:30\">", "", "2024-01-26"),
                      ("<meta name=\"firstpublishedtime\" content=\"2023-12-05-10:15:00\">", "", "2023-12-05"),
                      ("<meta property=\"article:published_time\" content=\"2024-03-01T08:00:00+08:00\">", "", "2024-03-01"),
                      ("<meta name=\"PubDate\" content=\"2024-01-26 09:30\">", "<p>（2024年1月16日）</p>", "2024-01-16"),
                      ("<meta name=\"keywords\" content=\"2024-01-26\">", "", nil),
                      ("", "", nil),
                      ("<meta name=\"PubDate\" content=\"\">", "<div class=\"info\">发布时间：2024-01-22 09:30　来源：市政府办公室</div>",
                       "2024-01-22"),
                      ("", "<span>發布日期：2023/12/05</span>", "2023-12-05")])
    func publicationDate(_ meta: String, _ dateLine: String, _ date: String?) throws {
        let html = "<html><head>\(meta)</head><body><h1>某市2024年政府工作报告</h1>\(dateLine)"
            + "<p>今年全市地区生产总值增长5%左右。</p></body></html>"
        let document = try DocumentReader().read(Array(html.utf8), name: "page")
        #expect(document.date?.description == date)
        let text = String(decoding: document.text.original, as: UTF16.self)
        #expect(!text.contains("\u{03}"), "no mark of the shim is left")
        if dateLine.isEmpty { #expect(!text.contains("09:30") && !text.contains("08:00"), "a <meta> is no text") }
    }

    @Test("<h2> to <h6> are headings even without a number label, nested by their levels; a labelled one keeps its label")
    func markupHeadings() throws {
        let html = """
            <html><body><h1>某县2023年统计公报</h1><h2>综合</h2><p>全年地区生产总值增长5.2%。</p>
            <h3>农业</h3><p>粮食产量42.3万吨。</p><h3>（二）工业</h3><p>规模以上工业增加值增长7.1%。</p>
            <h2>附注</h2><p>本公报部分数据为初步统计数。</p></body></html>
            """
        let document = try DocumentReader().read(Array(html.utf8), name: "bulletin")
        #expect(document.sections.map { "\($0.level) \($0.heading)" } == ["1 综合", "2 农业", "2 （二）工业", "1 附注"])
        #expect(document.sections[2].style == .chineseNumeralInParentheses && document.sections[1].style == .markup)
    }

    @Test("A GB18030 page is read in the charset its <meta> names, and without one in the charset ICU finds")
    func charsets() throws {
        let report = try RepositoryFiles.bytes("Corpus/shimen-2017-township-report.gb18030.txt")
        let plain = try DocumentReader().read(report, name: "plain")
        let firstLine = Array(report.prefix { $0 != 0x0A && $0 != 0x0D })
        for head in ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb18030\"></head><body><h1>",
                     "<html><body><h1>"] {
            let bytes = Array(head.utf8) + firstLine + Array("</h1><p>".utf8) + firstLine + Array("</p></body></html>".utf8)
            #expect(try DocumentReader().read(bytes, name: "page").title == plain.title, "\(head)")
        }
    }

    @Test("The <title> names a page without an <h1>, without the site's name; text that opens with < is no page")
    func titles() throws {
        let html = "<html><head><title>2024年政府工作报告 - 青禾县人民政府</title></head><body><p>全年完成投资3亿元。</p></body></html>"
        #expect(try DocumentReader().read(Array(html.utf8), name: "page").title == "2024年政府工作报告")
        let text = "<2023年工作总结>\n\n全年完成投资3亿元。\n"
        #expect(try DocumentReader().read(Array(text.utf8), name: "text").sentences.contains { $0.line == 1 })
    }
}
