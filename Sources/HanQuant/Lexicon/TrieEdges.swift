/// The edges of a trie below its root, as one open-addressing hash table
/// keyed by (node, code unit): a look-up is a multiply, a shift and usually
/// one probe, with no per-node dictionaries and no hashing of strings.
struct TrieEdges: Sendable {
    /// Keys are `node << 16 | unit`, plus one so that 0 marks an empty slot.
    private var keys = [UInt64](repeating: 0, count: 16)
    private var targets = [Int32](repeating: 0, count: 16)
    private var count = 0

    /// The child of `node` along `unit`, if any.
    @inline(__always)
    func child(of node: Int, _ unit: UInt16) -> Int? {
        let key = Self.key(node, unit)
        return keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var slot = Self.slot(of: key, mask: mask)
            while true {
                let found = keys[slot]
                if found == key { return Int(targets.withUnsafeBufferPointer { $0[slot] }) }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds the edge from `node` along `unit` to `target`.
    mutating func insert(from node: Int, _ unit: UInt16, to target: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        place(Self.key(node, unit), Int32(target))
        count += 1
    }

    private mutating func place(_ key: UInt64, _ target: Int32) {
        let mask = keys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        targets[slot] = target
    }

    private mutating func grow() {
        let old = zip(keys, targets).filter { $0.0 != 0 }
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        targets = [Int32](repeating: 0, count: targets.count * 2)
        for (key, target) in old { place(key, target) }
    }

    @inline(__always)
    private static func key(_ node: Int, _ unit: UInt16) -> UInt64 {
        (UInt64(node) << 16 | UInt64(unit)) + 1
    }

    /// Fibonacci hashing: the high bits of the key times 2^64/φ.
    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
