/// A trie over UTF-16 code units that finds the longest listed phrase next
/// to a position, in time proportional to the phrase's length.
///
/// A forward trie matches phrases that start at a position; a backward trie
/// (`readingBackward: true`) matches phrases that end at one.
public struct PhraseTrie<Value: Sendable>: Sendable {
    private var children: [[UInt16: Int32]] = [[:]]
    private var values: [Value?] = [nil]
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
            if let next = children[node][unit] {
                node = Int(next)
            } else {
                children.append([:])
                values.append(nil)
                children[node][unit] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        values[node] = value
    }

    /// Forward tries: the longest phrase that starts at `start` and ends at or
    /// before `limit`, with the index just past it.
    public func longestMatch(in units: [UInt16], from start: Int, limit: Int) -> (value: Value, end: Int)? {
        precondition(!readingBackward, "a backward trie matches phrases ending at a position")
        var node = 0
        var best: (Value, Int)?
        var index = start
        while index < limit, let next = children[node][units[index]] {
            node = Int(next)
            index += 1
            if let value = values[node] { best = (value, index) }
        }
        return best
    }

    /// Backward tries: the longest phrase that ends at `end` and starts at or
    /// after `limit`, with the index where it starts.
    public func longestMatch(in units: [UInt16], endingAt end: Int, limit: Int) -> (value: Value, start: Int)? {
        precondition(readingBackward, "a forward trie matches phrases starting at a position")
        var node = 0
        var best: (Value, Int)?
        var index = end
        while index > limit, let next = children[node][units[index - 1]] {
            node = Int(next)
            index -= 1
            if let value = values[node] { best = (value, index) }
        }
        return best
    }
}
