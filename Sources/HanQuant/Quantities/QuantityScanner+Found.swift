extension QuantityScanner {
    /// What a scan has found so far. Readers append to it in place and
    /// return where the scan resumes, so that no quantity is copied on the way.
    struct Found {
        var quantities: [Quantity] = []
        var warnings: [QuantityWarning] = []

        /// Adds a quantity; the scan resumes after it.
        mutating func quantity(_ quantity: Quantity) -> Int {
            quantities.append(quantity)
            return quantity.range.upperBound
        }

        /// Adds a warning for a number too long to read exactly; the scan resumes after it.
        mutating func tooLong(_ range: Range<Int>) -> Int {
            warnings.append(QuantityWarning(range: range))
            return range.upperBound
        }

        /// Adds a warning for a number skipped for `reason`; the scan resumes after it.
        mutating func refuse(_ range: Range<Int>, _ reason: QuantityWarning.Reason, text: [UInt16]) -> Int {
            warnings.append(QuantityWarning(range: range, reason: reason, text: String(utf16Units: text, range: range)))
            return range.upperBound
        }

        /// Takes back the quantity found since `count` when it ends inside
        /// `run`, with a warning: part of a number is never emitted. A
        /// reading that found nothing and stopped inside the run (12 345人)
        /// is warned about too: the rest of the run is skipped, not read.
        /// Returns where the scan resumes: past every run the refused quantity touched.
        mutating func keepOnlyWhole(_ run: Range<Int>, since count: Int, resume: Int, text: [UInt16],
                                    lexicon: NumeralLexicon) -> Int {
            if quantities.count > count {
                // The range alone: copying the quantity retained all its strings.
                let range = quantities[quantities.count - 1].range
                guard let cut = Self.runCut(by: range, from: run, in: text, lexicon: lexicon) else { return resume }
                quantities.removeSubrange(count...)
                return refuse(run.lowerBound..<cut, .notReadWhole, text: text)
            }
            if resume < run.upperBound && (warnings.isEmpty || warnings[warnings.count - 1].range.upperBound < run.upperBound) {
                return refuse(run, .notReadWhole, text: text)
            }
            return resume
        }

        /// Takes back the last quantity when `run`, which gave nothing, is a
        /// lone digit right after it: 1米8 is 1.8 m and 5斤3两 five and a
        /// bit jin, spoken styles whose first part alone is a wrong value.
        mutating func takeBackSpokenTail(_ run: Range<Int>, text: [UInt16], lexicon: NumeralLexicon) {
            guard run.count == 1, !quantities.isEmpty,
                  CodeUnit.isDigit(text[run.lowerBound]) || lexicon.digit(text[run.lowerBound]) != nil else { return }
            // 8个三级网格: a digit that begins a word (三级) is no tail.
            if run.upperBound < text.count, CodeUnit.isHan(text[run.upperBound]),
               !Self.afterSpokenTail.contains(text[run.upperBound]) { return }
            let last = quantities[quantities.count - 1].range
            guard last.upperBound == run.lowerBound else { return }
            quantities.removeLast()
            _ = refuse(last.lowerBound..<run.upperBound, .notReadWhole, text: text)
        }

        /// What may follow a spoken tail: 的 (一米八的个子), 两 (5斤3两), 左右, 多.
        private static let afterSpokenTail: CodeUnitSet = "的两兩左多"

        /// The end of the first run, from `run` on, that `quantity` touches
        /// but ends inside (1余億一: the run 億一), or nil when it cuts none.
        /// Linear in the quantity's length.
        private static func runCut(by quantity: Range<Int>, from run: Range<Int>, in text: [UInt16],
                                   lexicon: NumeralLexicon) -> Int? {
            var runEnd = run.upperBound
            while true {
                if runEnd > quantity.upperBound { return runEnd }
                let next = text.withUnsafeBufferPointer { lexicon.starts.firstIndex(in: $0, range: runEnd..<quantity.upperBound) }
                guard next < quantity.upperBound else { return nil }
                runEnd = NumeralRun.end(in: text, from: next, limit: text.count, lexicon: lexicon)
            }
        }
    }
}
