import CICU

/// An ICU break iterator for sentences or words, locale "zh".
///
/// ICU's iterators are not thread-safe: give each task its own.
public final class BreakIterator {
    /// What a break iterator looks for.
    public enum Kind: Sendable {
        /// Sentence boundaries.
        case sentence
        /// Word boundaries, using ICU's Chinese dictionary.
        case word
    }

    /// One stretch of text between two boundaries.
    public struct Segment: Sendable, Equatable {
        /// The UTF-16 range within the text given to `segments(of:)`.
        public let range: Range<Int>
        /// ICU's rule status: for words, 100..<200 numbers, 200..<300 letters,
        /// 400..<500 ideographic words, below 100 spaces and punctuation.
        public let ruleStatus: Int

        /// Whether ICU counts this segment as a word rather than spaces or punctuation.
        public var isWord: Bool { ruleStatus >= 100 }
    }

    private let handle: OpaquePointer

    /// Opens an iterator of the given kind.
    public init(_ kind: Kind, locale: String = "zh") {
        var status: Int32 = 0
        let type = kind == .word ? Int32(HQ_BREAK_WORD) : Int32(HQ_BREAK_SENTENCE)
        guard let handle = hq_breaker_open(type, locale, &status) else {
            preconditionFailure("ICU could not open a break iterator (status \(status))")
        }
        self.handle = handle
    }

    deinit { hq_breaker_close(handle) }

    /// The segments of `text`, in order, covering all of it. Ranges count
    /// from the start of `text`, not from its indices in a larger array.
    public func segments(of text: ArraySlice<UInt16>) -> [Segment] {
        var segments: [Segment] = []
        self.segments(of: text, into: &segments)
        return segments
    }

    /// ``segments(of:)`` written into `segments`, which is emptied first: a
    /// caller that keeps one array for many texts allocates once.
    func segments(of text: ArraySlice<UInt16>, into segments: inout [Segment]) {
        segments.removeAll(keepingCapacity: true)
        var start = 0
        forEachBoundary(of: text) { boundary in
            segments.append(Segment(range: start..<boundary, ruleStatus: Int(hq_breaker_rule_status(handle))))
            start = boundary
        }
    }

    /// The boundaries of `text` after its start, in order, ending with its
    /// length: `segments(of:)` without rule statuses, for when only the
    /// places matter.
    public func boundaries(of text: ArraySlice<UInt16>) -> [Int] {
        var boundaries: [Int] = []
        self.boundaries(of: text, into: &boundaries)
        return boundaries
    }

    /// ``boundaries(of:)`` written into `boundaries`, which is emptied
    /// first: a caller that keeps one array for many texts allocates once.
    func boundaries(of text: ArraySlice<UInt16>, into boundaries: inout [Int]) {
        boundaries.removeAll(keepingCapacity: true)
        forEachBoundary(of: text) { boundaries.append($0) }
    }

    /// Calls `body` with each boundary of `text` after its start, in order;
    /// the last is its length.
    private func forEachBoundary(of text: ArraySlice<UInt16>, _ body: (Int) -> Void) {
        text.withUnsafeBufferPointer { buffer in
            guard buffer.count > 0 else { return }
            hq_breaker_set_text(handle, buffer.baseAddress, Int32(buffer.count))
            while true {
                let boundary = Int(hq_breaker_next(handle))
                if boundary < 0 { break }
                body(boundary)
            }
        }
    }

    /// The segments of `text`, in order, covering all of it.
    public func segments(of text: [UInt16]) -> [Segment] {
        segments(of: text[...])
    }
}
