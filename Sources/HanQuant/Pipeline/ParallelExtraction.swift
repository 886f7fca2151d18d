import Foundation

/// Runs work over many documents on several threads, each with its own
/// ``Extractor`` (ICU handles are not thread-safe), and hands the results
/// back in input order on the calling thread, so output stays ordered.
public enum ParallelExtraction {
    /// Processes items as `next` gives them (documents of a batch, windows of
    /// a document, records on standard input) with `work` on `jobs` threads and
    /// passes each result to `deliver` in the order the items came, on the
    /// calling thread. `next` is called on one thread at a time; at most
    /// `window` items (`2 × jobs` unless given) are held between it and delivery.
    public static func stream<Item: Sendable, Result: Sendable>(
        jobs: Int, window: Int? = nil,
        makeExtractor: @escaping @Sendable () -> Extractor,
        next: @escaping @Sendable () -> Item?,
        work: @escaping @Sendable (Item, Extractor) -> Result,
        deliver: (Result) -> Void
    ) {
        if jobs <= 1 {
            let extractor = makeExtractor()
            while let item = next() { deliver(work(item, extractor)) }
            return
        }
        let queue = StreamSlots<Result>(window: window ?? jobs * 2)
        for _ in 0..<jobs {
            let thread = Thread {
                let extractor = makeExtractor()
                while let (index, item) = queue.claim(next) {
                    queue.store(work(item, extractor), at: index)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        while let result = queue.takeNext() { deliver(result) }
    }
}

/// The results of parallel work over a stream: items are numbered as they
/// are claimed, and results taken in that order until the stream has ended.
/// `next` is called under a lock of its own, so that a worker waiting for
/// input does not keep the others from storing results.
private final class StreamSlots<Result>: @unchecked Sendable {
    private let claiming = NSLock()
    private let condition = NSCondition()
    private var results: [Int: Result] = [:]
    private var claimed = 0
    private var delivered = 0
    private var exhausted = false
    private let window: Int

    init(window: Int) {
        self.window = window
    }

    /// The next item and its number, waiting while workers are too far
    /// ahead; nil once `next` has run out.
    func claim<Item>(_ next: () -> Item?) -> (Int, Item)? {
        claiming.lock()
        defer { claiming.unlock() }
        condition.lock()
        while !exhausted, claimed >= delivered + window { condition.wait() }
        let index = claimed, over = exhausted
        condition.unlock()
        guard !over else { return nil }
        let item = next()
        condition.lock()
        defer { condition.unlock() }
        guard let item else {
            exhausted = true
            condition.broadcast()
            return nil
        }
        claimed += 1
        return (index, item)
    }

    func store(_ result: Result, at index: Int) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The next result in order, waiting until it is there; nil when the
    /// stream has ended and every result was taken.
    func takeNext() -> Result? {
        condition.lock()
        defer { condition.unlock() }
        while results[delivered] == nil {
            if exhausted, delivered == claimed { return nil }
            condition.wait()
        }
        let result = results.removeValue(forKey: delivered)!
        delivered += 1
        condition.broadcast()
        return result
    }
}
