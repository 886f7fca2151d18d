/// Splits a sentence into clauses at `，` `,` `、` `：` `:` (and `;`), except
/// where a comma or colon stands between two digits (`1,234`, `10:30`) and
/// inside quotation marks or title marks (`“稳中求进、改革创新”`, `「便民、務實」`).
/// Clauses exclude their separators, trailing sentence terminators and spaces.
enum ClauseSplitter {
    private static let terminators: CodeUnitSet = CodeUnitSet(units: [
        CodeUnit.ideographicFullStop, CodeUnit.fullStop, CodeUnit.exclamation, CodeUnit.question, CodeUnit.semicolon,
    ])

    /// Opening and closing quotation and title marks, after NFKC.
    private static let openers: CodeUnitSet = "“‘「『《〈"
    private static let closers: CodeUnitSet = "”’」』》〉"

    /// The clause ranges within `sentence` of `units`.
    static func clauses(in units: [UInt16], sentence: Range<Int>) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = sentence.lowerBound
        var quoteDepth = 0
        func close(at end: Int) {
            var clause = (start..<end).trimmingSpaces(in: units)
            while !clause.isEmpty, terminators.contains(units[clause.upperBound - 1]) {
                clause = (clause.lowerBound..<(clause.upperBound - 1)).trimmingSpaces(in: units)
            }
            if !clause.isEmpty { clauses.append(clause) }
        }
        for index in sentence {
            if openers.contains(units[index]) { quoteDepth += 1 }
            if closers.contains(units[index]) { quoteDepth = max(0, quoteDepth - 1) }
            if quoteDepth == 0, isSeparator(units, at: index, within: sentence) {
                close(at: index)
                start = index + 1
            }
        }
        close(at: sentence.upperBound)
        return clauses
    }

    private static func isSeparator(_ units: [UInt16], at index: Int, within range: Range<Int>) -> Bool {
        switch units[index] {
        case CodeUnit.ideographicComma, CodeUnit.semicolon:
            return true
        case CodeUnit.comma, CodeUnit.colon:
            let betweenDigits = index > range.lowerBound && index + 1 < range.upperBound
                && CodeUnit.isDigit(units[index - 1]) && CodeUnit.isDigit(units[index + 1])
            return !betweenDigits
        default:
            return false
        }
    }
}
