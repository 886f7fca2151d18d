/// Gives the figures of a 分别 list the names listed before it, in order:
/// 总体失业率和本地居民失业率分别为2.4%和3.1% gives 2.4% to 总体失业率 and
/// 3.1% to 本地居民失业率. A shorter name first takes the head word of the
/// last (零售、餐饮营业额 → 零售营业额, 餐饮营业额; 城镇常住居民和农村常住居民
/// 人均可支配收入 → 城镇常住居民人均可支配收入 …), when the last name has a
/// word boundary where the first one's length ends and the first does not
/// end as the last does. Names and figures must be as many; otherwise the
/// figures keep the indicators they have.
struct RespectiveIndicators {
    /// Tells whether a position in a name is an ICU word boundary.
    let isWordBoundary: ([UInt16], Int) -> Bool

    /// Distributes the names of every 分别 list among `sentenceFacts` of
    /// `facts`, whose sentence starts at `sentenceStart`.
    func distribute(_ facts: inout [Fact], _ sentenceFacts: Range<Int>, sentenceStart: Int, _ units: [UInt16]) {
        // Most sentences hold no 分别: one pass over their characters tells.
        guard let last = sentenceFacts.last,
              units[sentenceStart..<facts[last].quantity.range.lowerBound].contains(Self.divide) else { return }
        var index = sentenceFacts.lowerBound
        while index < sentenceFacts.upperBound {
            let floor = index > sentenceFacts.lowerBound ? facts[index - 1].quantity.range.upperBound : sentenceStart
            guard follows(facts[index].quantity.range.lowerBound, respectively: units, notBefore: floor),
                  let indicator = facts[index].indicator else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < sentenceFacts.upperBound,
                  Self.isListJoint(units, facts[last].quantity.range.upperBound..<facts[last + 1].quantity.range.lowerBound) {
                last += 1
            }
            let names = self.names(in: Self.beforeRespectively(Array(indicator.utf16)))
            if names.count > 1, names.count == last - index + 1 {
                for (offset, name) in names.enumerated() { facts[index + offset].indicator = name }
            }
            index = last + 1
        }
    }

    /// Whether 分别 stands in the phrase right before a figure starting at `start` (…分别为2.4%).
    private func follows(_ start: Int, respectively units: [UInt16], notBefore floor: Int) -> Bool {
        var position = start
        while position - 2 >= floor, !Self.phraseEnds.contains(units[position - 1]) {
            if units[position - 2] == Self.divide, Self.respectivelyEnds.contains(units[position - 1]) { return true }
            position -= 1
        }
        return false
    }

    /// The part of an indicator before its 分别 (…出让收入分别完成 → …出让收入).
    private static func beforeRespectively(_ indicator: [UInt16]) -> [UInt16] {
        for index in indicator.indices.dropLast() where respectively.contains(where: { indicator[index...].starts(with: $0) }) {
            return Array(indicator[..<index])
        }
        return indicator
    }

    /// The names joined in `indicator`, the first ones completed by the last's head word.
    private func names(in indicator: [UInt16]) -> [String] {
        var parts: [[UInt16]] = [[]]
        for unit in indicator {
            if Self.joiners.contains(unit) {
                parts.append([])
            } else {
                parts[parts.count - 1].append(unit)
            }
        }
        guard parts.count > 1, parts.allSatisfy({ $0.count > 0 }), let lastName = parts.last else { return [] }
        return parts.map { part -> String in
            guard part.count < lastName.count, part.last != lastName.last, isWordBoundary(lastName, part.count) else {
                return String(utf16Units: part[...])
            }
            return String(utf16Units: (part + lastName[part.count...])[...])
        }
    }

    /// Whether the text between two figures only joins them as a list (和, 与, 及, 、).
    static func isListJoint(_ units: [UInt16], _ gap: Range<Int>) -> Bool {
        !gap.isEmpty && gap.count <= 2 && units[gap].allSatisfy { joiners.contains($0) || $0 == CodeUnit.space }
    }

    private static let joiners: CodeUnitSet = "和与與及、"
    private static let phraseEnds: CodeUnitSet = ",;:。!?"
    private static let respectively: [[UInt16]] = ["分别", "分別"].map { Array($0.utf16) }
    /// 分别 and 分別 as read backwards: 分, then 别 or 別.
    private static let divide = UInt16(("分" as Unicode.Scalar).value)
    private static let respectivelyEnds: CodeUnitSet = "别別"
}
