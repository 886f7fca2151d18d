/// Halves: 一吨半 (1.5 t), 三成半 (35 %), 一个半月 (1.5 months), and the
/// lone 半成 (5 %) and 过半 (more than 50 %).
extension QuantityScanner {
    /// Reads a 半 right after the unit of `reading`, adding a half of the
    /// unit. Returns where the reading ends, or nil when the half cannot
    /// be read (两个半 before anything but a unit of time).
    func readHalf(_ text: [UInt16], into reading: inout QuantityReading, at cursor: Int, bounds: Range<Int>) -> Int? {
        guard cursor < bounds.upperBound, text[cursor] == Self.half, let unit = reading.unit else { return cursor }
        // 一个半月: 个, the half, then a unit of time that takes 个 (个月, 个小时).
        let measureWord = text[unit.range.lowerBound]
        let time = unit.dimension == .count && unit.range.count == 1 && Self.halfTakingMeasureWords.contains(measureWord)
            ? timeUnit(after: measureWord, in: text, from: cursor + 1, limit: bounds.upperBound) : nil
        if time == nil && halfWords.begins(at: cursor, in: text, limit: bounds.upperBound) { return cursor }
        guard reading.numeral.vague == nil, !reading.hasOwnScale, reading.numeral.value.isWhole,
              let value = reading.numeral.value.adding(Self.oneHalf) else { return nil }
        var end = cursor + 1
        if let time {
            reading.unit = UnitMatch(time, range: unit.range.lowerBound..<time.end)
            end = time.end
        } else if unit.dimension == .count {
            return nil // 两个半 before anything but a unit of time
        }
        reading.numeral.value = value
        return end
    }

    /// The unit of time spelled by `measureWord` and the text at `start`
    /// (个 + 月 is 个月), or standing at `start` (小时), with the range of
    /// its text from `start` on.
    private func timeUnit(after measureWord: UInt16, in text: [UInt16], from start: Int,
                          limit: Int) -> UnitMatch? {
        let tail = text[start..<min(limit, start + Self.longestTimeUnit)]
        let spelled = [measureWord] + tail
        if let match = units.match(in: spelled, at: 0, limit: spelled.count), match.end > 1,
           match.dimension == .duration {
            return UnitMatch(match, range: start..<(start + match.end - 1))
        }
        // 两个半小时: the unit of time stands whole after the half.
        guard let match = units.match(in: text, at: start, limit: limit), match.dimension == .duration else { return nil }
        return match
    }

    /// 半成 (5 %) and 过半 / 超过半数 (more than 50 %) at `start`, a 半.
    /// Returns where the scan resumes, or nil when neither stands there.
    func readLoneHalf(_ text: [UInt16], at start: Int, bounds: Range<Int>, into found: inout Found) -> Int? {
        guard text[start] == Self.half else { return nil }
        let next = start + 1
        if let unit = units.match(in: text, at: next, limit: bounds.upperBound), unit.dimension == .percent,
           unit.surface == "成" {
            return found.quantity(Quantity(range: start..<unit.end, number: "半", scale: nil, unit: "成",
                                           value: ExactNumber(5), valueMax: nil, baseUnit: "%", dimension: .percent,
                                           approx: nil))
        }
        guard start > bounds.lowerBound, Self.past.contains(text[start - 1]),
              next >= bounds.upperBound || !CodeUnit.isHan(text[next]) || Self.afterPastHalf.contains(text[next])
        else { return next }
        let exceeds = start - 2 >= bounds.lowerBound && Self.exceed.contains(text[start - 2])
        let quantityStart = exceeds ? start - 2 : start - 1
        let end = next < bounds.upperBound && Self.number.contains(text[next]) ? next + 1 : next
        return found.quantity(Quantity(range: quantityStart..<end, number: "半", scale: nil, unit: nil,
                                       value: ExactNumber(50), valueMax: nil, baseUnit: "%", dimension: .percent,
                                       approx: String(utf16Units: text, range: quantityStart..<start)))
    }

    /// 一半 (a half, 50 %): 减少一半, 一半以上; not 一半导体… Returns where
    /// the scan resumes, or nil when `start` holds no 一半.
    func readHalfOfWhole(_ text: [UInt16], at start: Int, runEnd: Int, bounds: Range<Int>,
                         into found: inout Found) -> Int? {
        let halfAt = start + 1
        guard runEnd == halfAt, halfAt < bounds.upperBound, text[start] == Self.one, text[halfAt] == Self.half,
              !halfWords.begins(at: halfAt, in: text, limit: bounds.upperBound) else { return nil }
        let before = markerBefore(start, in: text, bounds: bounds)
        var end = halfAt + 1
        var markers = before.map { [$0.marker] } ?? []
        if let after = approximations.afterUnit.longestMatch(in: text, from: end, limit: bounds.upperBound),
           let marker = after.value {
            markers.append(marker)
            end = after.end
        }
        return found.quantity(Quantity(range: (before?.start ?? start)..<end, number: "一半", scale: nil, unit: nil,
                                       value: ExactNumber(50), valueMax: nil, baseUnit: "%", dimension: .percent,
                                       approx: markers.isEmpty ? nil : markers.joined(separator: "+")))
    }

    static let half = UInt16(("半" as Unicode.Scalar).value)
    private static let one = UInt16(("一" as Unicode.Scalar).value)
    private static let number: CodeUnitSet = "数數"
    private static let oneHalf = ExactNumber(significand: 5, exponent: -1)
    private static let longestTimeUnit = 4
    private static let halfTakingMeasureWords: CodeUnitSet = "个個"
    private static let past: CodeUnitSet = "过過"
    private static let exceed: CodeUnitSet = "超"
    private static let afterPastHalf: CodeUnitSet = "数數的"
}
