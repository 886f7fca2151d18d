/// A trie over UTF-16 code units that finds the longest listed phrase next
/// to a position, in time proportional to the phrase's length.
///
/// A forward trie matches phrases that start at a position; a backward trie
/// (`readingBackward: true`) matches phrases that end at one.
public struct PhraseTrie<Value: Sendable>: Sendable {
    /// The first characters of the phrases, as a bitmap: most look-ups fail
    /// at the first character, and a text is mostly characters no phrase
    /// starts with, turned away here by one bit test.
    private var rootUnits = CodeUnitSet("")
    /// All edges, the root's among them: one small hash table. (A table
    /// indexed by code unit for the root's edges took 256 KB a trie, zeroed
    /// at start and held all run long, for dozens of tries.)
    private var edges = TrieEdges()
    /// For each node, the index of its phrase's value in `values`, or -1:
    /// a walk tests these small integers and reads one value at its end.
    private var valueIndices: [Int32] = [-1]
    private var values: [Value] = []
    private let readingBackward: Bool

    /// An empty trie that reads forward, or backward from a position.
    public init(readingBackward: Bool = false) {
        self.readingBackward = readingBackward
    }

    /// Adds `phrase`, replacing the value of an equal phrase already present.
    public mutating func insert(_ phrase: String, _ value: Value) {
        var node = 0
        let units = readingBackward ? Array(phrase.utf16.reversed()) : Array(phrase.utf16)
        for unit in units {
            if let next = child(of: node, unit) {
                node = next
            } else {
                valueIndices.append(-1)
                let created = valueIndices.count - 1
                if node == 0 { rootUnits.insert(unit) }
                edges.insert(from: node, unit, to: created)
                node = created
            }
        }
        if valueIndices[node] >= 0 {
            values[Int(valueIndices[node])] = value
        } else {
            valueIndices[node] = Int32(values.count)
            values.append(value)
        }
    }

    /// The value of `node`'s phrase; the node must have one.
    @inline(__always)
    private func value(of node: Int) -> Value {
        values[Int(valueIndices[node])]
    }

    /// Whether `node` ends a listed phrase.
    @inline(__always)
    private func hasValue(_ node: Int) -> Bool {
        valueIndices.withUnsafeBufferPointer { $0[node] } >= 0
    }

    @inline(__always)
    private func child(of node: Int, _ unit: UInt16) -> Int? {
        if node == 0, !rootUnits.contains(unit) { return nil }
        return edges.child(of: node, unit)
    }

    /// Whether some phrase starts (or, reading backward, ends) with `unit`:
    /// one bit test, for skipping text that cannot match.
    @inline(__always)
    public func hasPhrase(beginningWith unit: UInt16) -> Bool {
        rootUnits.contains(unit)
    }

    /// Forward tries: the longest phrase that starts at `start` and ends at or
    /// before `limit`, with the index just past it.
    @inline(__always)
    public func longestMatch(in units: [UInt16], from start: Int, limit: Int) -> (value: Value, end: Int)? {
        precondition(!readingBackward, "a backward trie matches phrases ending at a position")
        // Most positions start no phrase: turned away here, without a call.
        guard start < limit, rootUnits.contains(units[start]) else { return nil }
        return walk(units, from: start, limit: limit)
    }

    /// ``longestMatch(in:from:limit:)`` past its first test.
    private func walk(_ units: [UInt16], from start: Int, limit: Int) -> (value: Value, end: Int)? {
        var node = 0, bestNode = 0, bestEnd = start
        var index = start
        while index < limit, let next = child(of: node, units[index]) {
            node = next
            index += 1
            if hasValue(node) { (bestNode, bestEnd) = (node, index) }
        }
        return bestNode == 0 ? nil : (value(of: bestNode), bestEnd)
    }

    /// Forward tries: whether some listed phrase whose value satisfies
    /// `condition` starts at `start` and ends at or before `limit`.
    public func hasMatch(in units: [UInt16], from start: Int, limit: Int, where condition: (Value) -> Bool) -> Bool {
        precondition(!readingBackward, "a backward trie matches phrases ending at a position")
        var node = 0
        var index = start
        while index < limit, let next = child(of: node, units[index]) {
            node = next
            index += 1
            if hasValue(node), condition(value(of: node)) { return true }
        }
        return false
    }

    /// Forward tries: the value of the phrase that is exactly `units`, if listed.
    public func value(exactly units: ArraySlice<UInt16>) -> Value? {
        precondition(!readingBackward, "a backward trie is looked up by position")
        var node = 0
        for unit in units {
            guard let next = child(of: node, unit) else { return nil }
            node = next
        }
        return node == 0 || !hasValue(node) ? nil : value(of: node)
    }

    /// Backward tries: the longest phrase that ends at `end` and starts at or
    /// after `limit`, with the index where it starts.
    @inline(__always)
    public func longestMatch(in units: [UInt16], endingAt end: Int, limit: Int) -> (value: Value, start: Int)? {
        precondition(readingBackward, "a forward trie matches phrases starting at a position")
        // Most positions end no phrase: turned away here, without a call.
        guard end > limit, rootUnits.contains(units[end - 1]) else { return nil }
        return walk(units, endingAt: end, limit: limit)
    }

    /// ``longestMatch(in:endingAt:limit:)`` past its first test.
    private func walk(_ units: [UInt16], endingAt end: Int, limit: Int) -> (value: Value, start: Int)? {
        var node = 0, bestNode = 0, bestStart = end
        var index = end
        while index > limit, let next = child(of: node, units[index - 1]) {
            node = next
            index -= 1
            if hasValue(node) { (bestNode, bestStart) = (node, index) }
        }
        return bestNode == 0 ? nil : (value(of: bestNode), bestStart)
    }
}
