/// Gives the two figures of a 由A到B change over a span of years the span's
/// ends: in 2019年至2023年,森林覆盖率由58.2%提高到61.5%, 58.2% is the
/// level of 2019 and 61.5% that of 2023, not both of 2019/2023.
enum SpanEnds {
    /// Splits the span of every 由A…到B pair among `sentenceFacts` of `facts`.
    static func split(_ facts: inout [Fact], _ sentenceFacts: Range<Int>, _ units: [UInt16]) {
        for index in sentenceFacts where index + 1 < sentenceFacts.upperBound {
            let from = facts[index].quantity.range, to = facts[index + 1].quantity.range
            // The cheap tests on the text first: most figures have no 由 before them.
            guard from.lowerBound > 0, starters.contains(units[from.lowerBound - 1]),
                  to.lowerBound - from.upperBound <= longestJoint,
                  units[from.upperBound..<to.lowerBound].contains(where: { joiners.contains($0) }),
                  let period = facts[index].period, facts[index + 1].period == period,
                  let (first, last) = years(of: period.iso) else { continue }
            facts[index].period = Period(iso: first, text: period.text, firstYear: Int(first))
            facts[index + 1].period = Period(iso: last, text: period.text, firstYear: Int(last))
        }
    }

    /// The first and last year of a span written `YYYY/YYYY`, else nil.
    private static func years(of iso: String) -> (String, String)? {
        let parts = iso.split(separator: "/")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// The longest text between the two figures: 提高到, 下降至, 增加到.
    private static let longestJoint = 6
    private static let starters: CodeUnitSet = "由从從"
    private static let joiners: CodeUnitSet = "到至"
}
