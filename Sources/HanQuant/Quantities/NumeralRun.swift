/// A run of numeral characters: the unit of the whole-run rule. HanQuant
/// reads a run whole or emits nothing for it, so that no quantity ever
/// stands for part of a written number (三四五十万, 3 070.9).
///
/// A run holds ASCII digits and every Chinese numeral character (digits,
/// 十百千, 万亿兆, 半, 几); 点 when a digit follows it; and a comma before
/// exactly three digits, a full stop or a space between two digits, a space
/// between a scale and the next group of the number (40億 0,136萬). A
/// Chinese digit, 半 or 几 next to an Arabic digit ends it (队伍20余支),
/// but for a 零 that holds a place (1千零1); 半 is always a run alone.
enum NumeralRun {
    /// The end of the run that starts at `start`, looking no further than `limit`.
    static func end(in text: [UInt16], from start: Int, limit: Int, lexicon: NumeralLexicon) -> Int {
        var end = start
        while end < limit {
            let unit = text[end]
            if CodeUnit.isDigit(unit) {
                // 队伍20: a Chinese digit then Arabic digits are two words,
                // unless the digit is a 零 holding a place (1千零1).
                if end > start, let kind = lexicon.kind(of: text[end - 1]), !Self.joinsArabicDigits(kind, in: text, at: end - 1,
                                                                                              start: start, lexicon: lexicon) {
                    return end
                }
                end += 1
                continue
            }
            switch lexicon.kind(of: unit) {
            case .digit? where end > start && CodeUnit.isDigit(text[end - 1]):
                return end // 20伍: Arabic digits then a Chinese digit
            case .half?:
                return end > start ? end : end + 1 // 半 stands alone: 一吨半 ends with it, 半成 begins with it
            case _ where end > start && lexicon.kind(of: text[end - 1]) == .half:
                return end
            case .point?:
                guard end + 1 < limit, lexicon.digit(text[end + 1]) != nil || CodeUnit.isDigit(text[end + 1]) else { return end }
            case .some:
                break
            case nil:
                guard joinsDigits(unit, in: text, at: end, start: start, limit: limit)
                        || joinsGroups(unit, in: text, at: end, start: start, limit: limit, lexicon: lexicon) else { return end }
            }
            end += 1
        }
        return end
    }

    /// Whether Arabic digits after the numeral character at `index`, of
    /// `kind`, continue its number: after 十百千万亿 (3万5千), and after a
    /// 零 that holds a place (1千零1); not after any other digit, 半 or 几.
    private static func joinsArabicDigits(_ kind: NumeralLexicon.Kind, in text: [UInt16], at index: Int, start: Int,
                                          lexicon: NumeralLexicon) -> Bool {
        switch kind {
        case .multiplier, .scale: return true
        case .digit(0): return index > start && lexicon.power(text[index - 1]) != nil
        default: return false
        }
    }

    /// Whether the space `unit` at `index` joins a scale to the next group
    /// of the same number (40億 0,136萬元).
    private static func joinsGroups(_ unit: UInt16, in text: [UInt16], at index: Int, start: Int, limit: Int,
                                    lexicon: NumeralLexicon) -> Bool {
        guard unit == CodeUnit.space, index > start, case .scale(let scale)? = lexicon.kind(of: text[index - 1]) else {
            return false
        }
        return lexicon.groupAfterSpace(in: text, at: index, limit: limit, below: scale)
    }

    /// Whether the separator `unit` at `index` stands inside a written
    /// number: 1,234 / 3.5 / 3 070.
    private static func joinsDigits(_ unit: UInt16, in text: [UInt16], at index: Int, start: Int, limit: Int) -> Bool {
        guard index > start, CodeUnit.isDigit(text[index - 1]), index + 1 < limit, CodeUnit.isDigit(text[index + 1]) else {
            return false
        }
        switch unit {
        case CodeUnit.fullStop, CodeUnit.space: return true
        case CodeUnit.comma:
            guard index + 3 < limit else { return false }
            for offset in 1...3 where !CodeUnit.isDigit(text[index + offset]) { return false }
            return index + 4 >= limit || !CodeUnit.isDigit(text[index + 4])
        default: return false
        }
    }
}
