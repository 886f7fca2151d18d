/// A set of UTF-16 code units as a bitmap of the Basic Multilingual Plane:
/// membership is one bit test, with no hashing, for the punctuation and
/// marker sets the scanners consult at every character.
struct CodeUnitSet: Sendable, ExpressibleByStringLiteral {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)

    /// The code units of `characters`.
    init(_ characters: String) {
        for unit in characters.utf16 { insert(unit) }
    }

    /// The code units of a literal: `",;:"`.
    init(stringLiteral characters: String) {
        self.init(characters)
    }

    /// The given code units.
    init(units: some Sequence<UInt16>) {
        for unit in units { insert(unit) }
    }

    /// Adds `unit`.
    mutating func insert(_ unit: UInt16) {
        bits[Int(unit >> 6)] |= 1 << UInt64(unit & 63)
    }

    /// Adds every unit from `first` through `last`, a word of the bitmap at a time.
    mutating func insert(from first: UInt16, through last: UInt16) {
        var unit = Int(first)
        let end = Int(last) + 1
        while unit < end {
            if unit & 63 == 0, unit + 64 <= end {
                bits[unit >> 6] = .max
                unit += 64
            } else {
                bits[unit >> 6] |= 1 << UInt64(unit & 63)
                unit += 1
            }
        }
    }

    /// Adds every unit of `other`.
    mutating func formUnion(_ other: CodeUnitSet) {
        for index in bits.indices { bits[index] |= other.bits[index] }
    }

    /// The first index in `range` of `units` whose unit is in the set, or
    /// `range.upperBound`: the loop of a scanner that skips to its next
    /// candidate, with nothing else in it.
    func firstIndex(in units: UnsafeBufferPointer<UInt16>, range: Range<Int>) -> Int {
        bits.withUnsafeBufferPointer { bits in
            var index = range.lowerBound
            while index < range.upperBound {
                let unit = units[index]
                if bits[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0 { return index }
                index += 1
            }
            return index
        }
    }

    /// Whether `unit` is in the set.
    @inline(__always)
    func contains(_ unit: UInt16) -> Bool {
        bits.withUnsafeBufferPointer { $0[Int(unit >> 6)] } & (1 << UInt64(unit & 63)) != 0
    }
}
