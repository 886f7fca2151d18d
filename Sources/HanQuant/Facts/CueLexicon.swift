/// Cue words looked for before a position: the one ending nearest to it
/// wins, and the longer one when two end at the same place (so 新增 shadows
/// 增, and 目标任务 shadows 目标).
struct CueLexicon<Value: Sendable>: Sendable {
    private var trie = PhraseTrie<Value>(readingBackward: true)

    /// Builds the lexicon from rows of word and value.
    init(_ entries: [(String, Value)]) {
        for (word, value) in entries { trie.insert(word, value) }
    }

    /// The cue ending nearest before `end`, starting no earlier than `start`.
    func nearest(in units: [UInt16], before end: Int, notBefore start: Int) -> (value: Value, range: Range<Int>)? {
        var position = end
        while position > start {
            // A cue must end with one of a few characters: most positions stop at
            // the trie's first bit test, made without a call.
            if let match = trie.longestMatch(in: units, endingAt: position, limit: start) {
                return (match.value, match.start..<position)
            }
            position -= 1
        }
        return nil
    }
}
