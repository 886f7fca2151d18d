/// Links each rate, change or share (a change of any unit: 余额312.5亿元,
/// 比年初增加28.7亿元) to the figure of its sentence it
/// describes, for the `of` field: 23.26亿元,同比增长1.58% links 1.58% to
/// 23.26亿元 (a change of the same period and indicator as the figure before
/// it); 民生支出4320万元,占财政支出的68.5% links the share; in
/// `X、Y,分别增长a%和b%` a goes to X and b to Y. A change in percentage
/// points describes the rate before it when that is a level (失业率3.7%,
/// 下降0.4个百分点) or the words between name a growth rate (增长7.6%,增速
/// 回落0.4个百分点); a growth rate after a share describes the share's level
/// (18.64亿元,为预算的102.3%,增长5.1%). Any other rate after a rate describes
/// nothing stated.
enum RateLinks {
    /// Sets ``Fact/describes`` for the facts of one sentence, `sentenceFacts` of `facts`.
    static func link(_ facts: inout [Fact], _ sentenceFacts: Range<Int>, _ units: [UInt16]) {
        // A figure links only to one before it in its sentence.
        guard sentenceFacts.count > 1 else { return }
        let respectiveLevels = respectiveLevels(facts, sentenceFacts, units)
        // Facts are read field by field where they stand: a fact copied
        // retains every string it holds, and most figures link to nothing.
        for index in sentenceFacts where index > sentenceFacts.lowerBound {
            let change = facts[index].change, dimension = facts[index].quantity.dimension
            let factIsRate = isRate(dimension: dimension)
            guard factIsRate || change != nil else { continue }
            let previousIsRate = isRate(dimension: facts[index - 1].quantity.dimension)
            let previousChange = facts[index - 1].change, previousDescribes = facts[index - 1].describes
            let between = facts[index - 1].quantity.range.upperBound..<facts[index].quantity.range.lowerBound
            let isShare = shareWords.occurs(in: units, range: between)
            if !respectiveLevels.isEmpty, let level = respectiveLevels[index - sentenceFacts.lowerBound] {
                facts[index].describes = level
            } else if severalWords.occurs(in: units, range: between) {
                // 分别为2.4%和3.1%,均较上一季度回落0.3个百分点: one change of several rates.
                continue
            } else if !previousIsRate, previousChange != nil, factIsRate, change != nil, let level = previousDescribes {
                // 增加1,208亿元,约增4.7%: the rate is of what the amount changed.
                facts[index].describes = level
            } else if !previousIsRate {
                if dimension != .percentagePoint, isShare || change != nil && isSameMeasure(facts, index, index - 1) {
                    facts[index].describes = index - 1
                }
            } else if dimension == .percentagePoint, change != nil, facts[index - 1].quantity.dimension == .percent,
                      previousChange == nil || growthRateWords.occurs(in: units, range: between) {
                // 失业率3.7%,下降0.4个百分点; 增长6.8%,增速加快1.2个百分点.
                facts[index].describes = index - 1
            } else if dimension != .percentagePoint, change != nil, let level = previousDescribes,
                      level >= sentenceFacts.lowerBound, facts[index].period?.iso == facts[level].period?.iso {
                // 完成18.64亿元,为预算的102.3%,增长5.1%: the growth is of the level too.
                facts[index].describes = level
            }
        }
    }

    /// In `X、Y,分别增长a%和b%`, the level paired with each rate of the
    /// sentence (by its offset in `sentenceFacts`): a run of rates opened by
    /// 分别 after a run of as many levels, two or more, pairs them in order.
    /// Each run is looked at once, so a sentence of n figures costs n.
    /// Empty when no rate is paired, as in most sentences, which then
    /// allocate nothing.
    private static func respectiveLevels(_ facts: [Fact], _ sentenceFacts: Range<Int>, _ units: [UInt16]) -> [Int?] {
        var levels: [Int?] = []
        var runStart = sentenceFacts.lowerBound
        var previousRun: Range<Int>?
        while runStart < sentenceFacts.upperBound {
            let rate = isRate(facts[runStart])
            var runEnd = runStart + 1
            while runEnd < sentenceFacts.upperBound, isRate(facts[runEnd]) == rate { runEnd += 1 }
            if rate, let levelRun = previousRun, levelRun.count == runEnd - runStart, levelRun.count > 1 {
                let opening = facts[runStart - 1].quantity.range.upperBound..<facts[runStart].quantity.range.lowerBound
                if respectively.occurs(in: units, range: opening) {
                    if levels.isEmpty { levels = [Int?](repeating: nil, count: sentenceFacts.count) }
                    for index in runStart..<runEnd { levels[index - sentenceFacts.lowerBound] = levelRun.lowerBound + (index - runStart) }
                }
            }
            previousRun = rate ? nil : runStart..<runEnd
            runStart = runEnd
        }
        return levels
    }

    /// Whether the change at `change` of `facts` can be of the level at
    /// `level`: the same period, and an indicator
    /// of its own only when it continues the level's (整改隐患230处,事故起数
    /// 同比下降25% is not a change of 230处).
    private static func isSameMeasure(_ facts: [Fact], _ change: Int, _ level: Int) -> Bool {
        guard facts[change].period?.iso == facts[level].period?.iso else { return false }
        guard let own = facts[change].indicator, let levels = facts[level].indicator else { return true }
        return hasWholePrefix(own, levels)
    }

    /// `text.hasPrefix(prefix)` for texts taken from the same normalized
    /// text, without comparing character by character: the UTF-8 bytes,
    /// then a character boundary where the prefix ends (走访 is no prefix
    /// of 走访 followed by a combining mark).
    static func hasWholePrefix(_ text: String, _ prefix: String) -> Bool {
        let count = prefix.utf8.count
        guard count <= text.utf8.count, bytes(of: text, start: prefix) else { return false }
        let end = text.utf8.index(text.utf8.startIndex, offsetBy: count)
        return end.samePosition(in: text) != nil
    }

    /// Whether the UTF-8 of `text` starts with that of `prefix`, compared
    /// as two buffers: `utf8.starts(with:)` steps an iterator per byte, 2%
    /// of all the work on a text dense in figures.
    private static func bytes(of text: String, start prefix: String) -> Bool {
        let compared = text.utf8.withContiguousStorageIfAvailable { textBytes in
            prefix.utf8.withContiguousStorageIfAvailable { prefixBytes in
                prefixBytes.count <= textBytes.count
                    && prefixBytes.indices.allSatisfy { textBytes[$0] == prefixBytes[$0] }
            }
        }
        return (compared ?? nil) ?? text.utf8.starts(with: prefix.utf8)
    }

    /// Whether a fact is a rate: a percentage, percentage points or a multiple.
    static func isRate(_ fact: Fact) -> Bool {
        isRate(dimension: fact.quantity.dimension)
    }

    /// Whether quantities of `dimension` are rates.
    static func isRate(dimension: Dimension) -> Bool {
        switch dimension {
        case .percent, .percentagePoint, .multiple: return true
        default: return false
        }
    }

    private static let growthRateWords = PhraseSearch(["增速", "增幅", "涨幅", "降幅", "漲幅", "增長速度", "增长速度"])
    /// Words saying one change holds for several figures (均较上一季度回落).
    private static let severalWords = PhraseSearch(["均较", "均較", "均比", "均为", "均為", "都比", "都较", "都較",
                                                    "均下降", "均增长", "均增長", "均上升", "均回落"])
    private static let shareWords = PhraseSearch(["占", "佔", "比重", "的"])
    private static let respectively = PhraseSearch(["分别", "分別"])
}
