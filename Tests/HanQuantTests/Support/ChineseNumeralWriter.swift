/// Writes numbers the ways people write them in reports, independently of
/// ICU and of HanQuant's parser, choosing among the usual variants at
/// random: 一十二 or 十二, 两 or 二 before 百千万亿, 零 or 零一十 before a
/// ten, Simplified, Traditional or financial characters, spoken tails
/// (两千四百五), and Arabic digits mixed with scale words (3万5千, 2.5亿).
struct ChineseNumeralWriter {
    /// The characters of one writing style.
    struct Style {
        let digits: [String]     // 0...9
        let two: String          // 两 / 兩 / 贰
        let ten, hundred, thousand: String
        let wan, yi: String

        static let simplified = Style(digits: ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"], two: "两",
                                      ten: "十", hundred: "百", thousand: "千", wan: "万", yi: "亿")
        static let traditional = Style(digits: ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"], two: "兩",
                                       ten: "十", hundred: "百", thousand: "千", wan: "萬", yi: "億")
        static let financial = Style(digits: ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"], two: "贰",
                                     ten: "拾", hundred: "佰", thousand: "仟", wan: "万", yi: "亿")
        static let financialTraditional = Style(digits: ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"], two: "貳",
                                                ten: "拾", hundred: "佰", thousand: "仟", wan: "萬", yi: "億")
        static let all = [simplified, traditional, financial, financialTraditional]
    }

    var generator: SeededGenerator

    private mutating func coin() -> Bool { Bool.random(using: &generator) }

    /// `value` (below 10^16) in Chinese numerals of `style`.
    mutating func chinese(_ value: UInt64, style: Style) -> String {
        if value == 0 { return style.digits[0] }
        let groups = [value / 1_000_000_000_000, (value / 100_000_000) % 10_000, (value / 10_000) % 10_000, value % 10_000]
        let scales = [style.wan + style.yi, style.yi, style.wan, ""]
        var text = ""
        var pendingZero = false
        for (index, group) in groups.enumerated() {
            if group == 0 {
                if !text.isEmpty { pendingZero = true }
                continue
            }
            if !text.isEmpty && (pendingZero || group < 1000) { text += style.digits[0] }
            pendingZero = false
            text += self.group(group, style: style, leading: text.isEmpty, afterZero: text.hasSuffix(style.digits[0]),
                               scaled: index < 3)
            text += scales[index]
        }
        return text
    }

    /// One group of four places (1...9999).
    private mutating func group(_ value: UInt64, style: Style, leading: Bool, afterZero: Bool, scaled: Bool) -> String {
        let places = [(value / 1000, style.thousand), ((value / 100) % 10, style.hundred), ((value / 10) % 10, style.ten),
                      (value % 10, "")]
        var text = ""
        var zero = false
        var wroteAny = false
        for (position, (digit, multiplier)) in places.enumerated() {
            if digit == 0 {
                if wroteAny { zero = true }
                continue
            }
            let afterOwnZero = zero
            if zero { text += style.digits[0]; zero = false }
            let isTen = position == 2
            let startsTen = isTen && digit == 1 && (afterOwnZero || (!wroteAny && (leading || afterZero)))
            let twoBeforeScale = position == 3 && value == 2 && scaled
            if startsTen && coin() {
                text += multiplier // 十二, 一千零十四: 一 may be left out before a ten that starts or follows 零
            } else if digit == 2 && ((!isTen && position < 3) || twoBeforeScale) && coin() {
                text += style.two + multiplier // 两千, 两百, 两万
            } else {
                text += style.digits[Int(digit)] + multiplier
            }
            wroteAny = true
        }
        return text
    }

    /// A spoken tail: `value`, which is a multiple of `place` (100, 1000,
    /// 10^4 or 10^8) written to end in that place's character, and one more
    /// digit that counts in the place below: (两千四百, 5) is 两千四百五, 2450.
    mutating func spokenTail(_ value: UInt64, place: UInt64, digit: UInt64, style: Style) -> (text: String, value: UInt64) {
        (chinese(value, style: style) + style.digits[Int(digit)], value + digit * place / 10)
    }

    /// `value` in Arabic digits and scale words: 3万5千, 2万3456, 1亿2345万, 3.5万.
    mutating func mixed(_ value: UInt64, style: Style) -> String {
        let wan = value / 10_000, rest = value % 10_000
        if wan == 0 { return String(value) }
        if rest == 0 { return String(wan) + style.wan }
        if rest % 1000 == 0 { return String(wan) + style.wan + String(rest / 1000) + style.thousand }
        if rest >= 1000 { return String(wan) + style.wan + String(rest) }
        // 3.0005万 is exact too, but nobody writes it: use plain digits.
        return String(value)
    }
}
