/// Finds what a quantity measures: the phrase before it in its clause,
/// trimmed of leading subjects and verbs and of trailing link, comparison and
/// change words (街道共完成固定资产投资10.69亿元 → 固定资产投资), using
/// `Lexicons/indicator-words.tsv`.
///
/// Counts name their thing after the measure word when they can (7家专业市场
/// → 专业市场). A figure with nothing before it (同比增长1.58%) takes the
/// indicator of the figure before it, and a generic rate word (完成率) is put
/// after that indicator (招商引资总完成率).
///
/// ICU word breaking runs only on these short phrases, never on a whole document.
final class IndicatorFinder {
    /// The roles a word plays when trimming.
    struct Roles: OptionSet, Sendable {
        let rawValue: Int
        static let subject = Roles(rawValue: 1)
        static let verb = Roles(rawValue: 2)
        static let link = Roles(rawValue: 4)
        static let rate = Roles(rawValue: 8)
        static let comparison = Roles(rawValue: 16)
        static let generic = Roles(rawValue: 32)
        static let change = Roles(rawValue: 64)
        /// A term that holds a shorter listed word and is never trimmed (政府性基金 holds 政府).
        static let term = Roles(rawValue: 128)
    }

    /// The longest indicator kept, in UTF-16 units; longer phrases keep their end.
    static let longest = 24

    private let words = BreakIterator(.word)
    /// ICU's words after a count, in an array kept from one count to the next.
    private var segments: [BreakIterator.Segment] = []
    /// ICU's word boundaries in the last range trimmed, kept while one
    /// indicator is worked out, which may trim the same phrase twice.
    private var lastBoundaries: (range: Range<Int>, boundaries: [Bool])?
    private let leadingWords: PhraseTrie<Roles>
    private let trailingWords: PhraseTrie<Roles>

    /// A finder over the bundled word lists.
    convenience init() {
        self.init(roles: LexiconFile.bundled("indicator-words.tsv"), changes: LexiconFile.bundled("change-words.tsv"))
    }

    /// A finder over the given word lists.
    init(roles lexicon: LexiconFile, changes: LexiconFile) {
        var roles: [String: Roles] = [:]
        for row in lexicon.rows where row.count >= 2 {
            let role: Roles
            switch row[1] {
            case "subject": role = .subject
            case "verb": role = .verb
            case "link": role = .link
            case "rate": role = .rate
            case "comparison": role = .comparison
            case "generic": role = .generic
            case "term": role = .term
            default: continue
            }
            roles[row[0], default: []].insert(role)
        }
        for row in changes.rows where row.count >= 2 && row[1] != "none" {
            roles[row[0], default: []].insert(.change)
        }
        var leading = PhraseTrie<Roles>()
        var trailing = PhraseTrie<Roles>(readingBackward: true)
        for (word, role) in roles {
            leading.insert(word, role)
            trailing.insert(word, role)
        }
        self.leadingWords = leading
        self.trailingWords = trailing
    }

    /// Whether `range` of `units` is a subject that reports (街道, 全区).
    func isSubject(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        roles(of: units[range]).contains(.subject)
    }

    /// Whether ICU puts a word boundary at `offset` of a short name.
    func isWordBoundary(_ name: [UInt16], _ offset: Int) -> Bool {
        words.boundaries(of: name[...]).contains(offset)
    }

    /// The roles of the word that is exactly `word`, empty when it is not listed.
    private func roles(of word: ArraySlice<UInt16>) -> Roles {
        leadingWords.value(exactly: word) ?? []
    }

    /// The indicator of a quantity.
    /// - Parameters:
    ///   - before: the phrase before the quantity in its clause, periods removed.
    ///   - after: the words after the quantity up to the end of its phrase.
    ///   - style: how the quantity names its thing.
    ///   - previous: the indicator of the figure before it in the sentence.
    ///   - previousPhrase: the phrase before this one in the sentence.
    func indicator(in units: [UInt16], before: Range<Int>, after: Range<Int>?, style: Style,
                   previous: String?, previousPhrase: Range<Int>?) -> String? {
        lastBoundaries = nil
        let trailing: Roles = style == .ratio ? [.link] : [.link, .comparison]
        if style == .namedAfter, let after, let named = counted(units, after) { return named }
        let core = trimmed(units, before, leading: [.subject, .link], trailing: trailing, dropChanges: true)
        if let core, roles(of: units[core]).contains(.rate) || (style == .rate && Self.yardsticks.occurs(in: units, range: core)) {
            let subject = previous ?? previousPhrase.flatMap {
                trimmed(units, $0, leading: [.subject, .verb, .link], trailing: [.link, .comparison], dropChanges: true)
                    .map { String(utf16Units: units, range: $0) }
            }
            return (subject ?? "") + String(utf16Units: units, range: core)
        }
        if let stripped = trimmed(units, before, leading: [.subject, .verb, .link], trailing: trailing, dropChanges: true) {
            let kept = roles(of: units[stripped]).contains(.generic) ? core : stripped
            return kept.map { String(utf16Units: units, range: $0) }
        }
        let named = style == .namedAfter ? nil : after.flatMap { counted(units, $0) }
        return named ?? (style == .rate ? previous : nil) ?? core.map { String(utf16Units: units, range: $0) } ?? previous
            ?? after.flatMap { counted(units, $0, stoppingAtVerbs: false) }
    }

    /// How a quantity names what it measures.
    enum Style {
        /// Counts and physical amounts often name their thing right after
        /// the unit (7家专业市场, 4.86万平方米城镇危房).
        case namedAfter
        /// Rates and changes often name nothing and refer to the figure
        /// before them (同比增长1.58%).
        case rate
        /// A ratio keeps its 比 (性别比100:102).
        case ratio
        /// Anything else names its thing before it.
        case namedBefore
    }

    /// Words in a rate's phrase that make it relative to the figure before (完成全年目标任务的77.46%).
    private static let yardsticks = PhraseSearch(["目标", "任务", "计划", "目標", "任務", "計劃"])

    /// The words after a quantity up to the first verb or joining word
    /// (501户村民的走访 → 村民), nil when none. A leading 的 is skipped
    /// (1700人的平安志愿者队伍 → 平安志愿者队伍). Without `stoppingAtVerbs`,
    /// verbs stay (5年内完成辖区所有旧厂房的改造 → 完成辖区所有旧厂房), which
    /// is how a deadline with nothing before it is named.
    private func counted(_ units: [UInt16], _ range: Range<Int>, stoppingAtVerbs: Bool = true) -> String? {
        var start = range.lowerBound
        if start < range.upperBound, units[start] == Self.possessive { start += 1 }
        let segmented = stoppingAtVerbs ? min(range.upperBound, start + Self.longestCountedSpan) : range.upperBound
        var end = start
        if mayStopEarly(units, start..<segmented, stoppingAtVerbs: stoppingAtVerbs) {
            words.segments(of: units[start..<segmented], into: &segments)
        } else {
            segments.removeAll(keepingCapacity: true)
        }
        if segments.isEmpty { end = segmented }
        for segment in segments {
            let piece = (start + segment.range.lowerBound)..<(start + segment.range.upperBound)
            let isQuote = piece.count == 1 && Self.quotes.contains(units[piece.lowerBound])
            // A verb ends the thing named, unless it opens it (走访队伍).
            if (!segment.isWord && !isQuote) || Self.joiners.value(exactly: units[piece]) != nil
                || (stoppingAtVerbs && end > start && !roles(of: units[piece]).isDisjoint(with: [.verb, .link])) {
                break
            }
            end = piece.upperBound
        }
        return trimmed(units, start..<end, leading: [.link], trailing: [.link, .comparison]).map { String(utf16Units: units, range: $0) }
    }

    /// Whether the thing named in `span` could end before the span does: only
    /// when a joiner, or a verb or link word when `stoppingAtVerbs`, starts
    /// somewhere in it, or a character other than an ideograph stands in it.
    /// Otherwise every ICU word in it is kept, and ICU need not be asked.
    private func mayStopEarly(_ units: [UInt16], _ span: Range<Int>, stoppingAtVerbs: Bool) -> Bool {
        for index in span {
            guard Self.isIdeograph(units[index]) else { return true }
            if Self.joiners.hasPhrase(beginningWith: units[index]) { return true }
            if stoppingAtVerbs, leadingWords.hasMatch(in: units, from: index, limit: span.upperBound,
                                                      where: { !$0.isDisjoint(with: [.verb, .link]) }) {
                return true
            }
        }
        return false
    }

    /// Whether `unit` is a CJK unified ideograph of the Basic Multilingual Plane.
    private static func isIdeograph(_ unit: UInt16) -> Bool {
        (0x3400...0x4DBF).contains(unit) || (0x4E00...0x9FFF).contains(unit)
    }

    /// How much of the text after a quantity is segmented when looking for
    /// the thing it counts: more than the longest indicator kept.
    private static let longestCountedSpan = 48

    private static let respectively = PhraseSearch(["分别", "分別"])
    private static let possessive = UInt16(("的" as Unicode.Scalar).value)
    private static let quotes: CodeUnitSet = "“”‘’「」『』《》"

    /// Words that end the thing named after a quantity.
    private static let joiners: PhraseTrie<Bool> = {
        var joiners = PhraseTrie<Bool>()
        for word in ["的", "和", "与", "及", "等", "并", "到", "在", "对", "外", "都", "均", "已", "为", "是", "被", "由", "进行", "以上", "以下"] {
            joiners.insert(word, true)
        }
        return joiners
    }()

    /// The part of `range` left without leading and trailing words of the
    /// given roles, punctuation and spaces; nil when nothing is left.
    ///
    /// Words are matched as characters, so that verbs ICU's dictionary does
    /// not know (施划) still go; a one-character word goes only where ICU
    /// puts a word boundary, so that 有 leaves 有效投资 alone (trailing
    /// one-character links and comparisons such as 的 and 比 go anywhere).
    /// ICU is asked for the boundaries only when such a word needs them.
    private func trimmed(_ units: [UInt16], _ range: Range<Int>, leading: Roles, trailing: Roles,
                         dropChanges: Bool = false) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        func isBoundary(_ index: Int) -> Bool {
            // The range's ends are boundaries whatever ICU finds inside it.
            if index == range.lowerBound || index == range.upperBound { return true }
            if lastBoundaries?.range != range {
                var found = [Bool](repeating: false, count: range.count + 1)
                for boundary in words.boundaries(of: units[range]) { found[boundary] = true }
                lastBoundaries = (range, found)
            }
            return lastBoundaries!.boundaries[index - range.lowerBound]
        }
        let trailingRoles = dropChanges ? trailing.union(.change) : trailing
        var start = range.lowerBound, end = range.upperBound
        while start < end {
            if !Self.isWordCharacter(units[start]) { start += 1; continue }
            guard let match = leadingWords.longestMatch(in: units, from: start, limit: end),
                  !match.value.isDisjoint(with: leading),
                  match.end - start >= 2 || isBoundary(match.end) else { break }
            start = match.end
        }
        while end > start {
            if !Self.isWordCharacter(units[end - 1]) { end -= 1; continue }
            guard let match = trailingWords.longestMatch(in: units, endingAt: end, limit: start),
                  !match.value.isDisjoint(with: trailingRoles),
                  end - match.start >= 2 || !match.value.isDisjoint(with: [.link, .comparison])
                    || isBoundary(match.start) else { break }
            end = match.start
        }
        guard start < end else { return nil }
        // The names of a 分别 list are split among its figures later, and kept whole till then.
        let isList = end - start > Self.longest && Self.respectively.occurs(in: units, range: start..<end)
        while end - start > Self.longest, !isList {
            guard let next = ((start + 1)..<end).first(where: isBoundary) else { break }
            start = next
        }
        return start..<end
    }

    /// Whether `unit` belongs to a word: an ideograph, kana, letter or digit
    /// (surrogates count, for ideographs beyond the BMP), not punctuation or space.
    private static func isWordCharacter(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x3040...0x30FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xD800...0xDFFF, 0xF900...0xFAFF:
            return true
        default:
            return false
        }
    }
}
