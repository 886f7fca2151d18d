/// 翻一番 (doubled), 翻了两番 (quadrupled): a multiple of 2 to the power written.
extension QuantityScanner {
    /// Reads 翻(了)N番 around the numeral at `start`. Returns where the
    /// scan resumes, or nil when the numeral is not in such a phrase.
    func readDoubling(_ text: [UInt16], numeral: Numeral, bounds: Range<Int>, into found: inout Found) -> Int? {
        let end = numeral.range.upperBound
        guard end < bounds.upperBound, text[end] == Self.fan, !numeral.hasArabicDigits, numeral.vague == nil,
              let times = numeral.value.wholeValue, (1...Self.largestDoubling).contains(times) else { return nil }
        var verb = numeral.range.lowerBound - 1
        if verb > bounds.lowerBound, Self.perfective.contains(text[verb]) { verb -= 1 }
        guard verb >= bounds.lowerBound, text[verb] == Self.turnOver else { return nil }
        return found.quantity(Quantity(range: verb..<(end + 1), number: String(utf16Units: text, range: numeral.range),
                                       scale: nil, unit: "番", value: ExactNumber(1 << times), valueMax: nil,
                                       baseUnit: "times", dimension: .multiple, approx: nil))
    }

    static let fan = UInt16(("番" as Unicode.Scalar).value)
    private static let turnOver = UInt16(("翻" as Unicode.Scalar).value)
    private static let perfective: CodeUnitSet = "了"
    /// 翻十番 is already 1024 times; more is no figure of speech.
    private static let largestDoubling = 10
}
