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

    /// Whether `unit` is in the set.
    @inline(__always)
    func contains(_ unit: UInt16) -> Bool {
        bits.withUnsafeBufferPointer { $0[Int(unit >> 6)] } & (1 << UInt64(unit & 63)) != 0
    }
}
