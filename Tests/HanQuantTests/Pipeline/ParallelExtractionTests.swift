import Foundation
import Testing
@testable import HanQuant

/// A stream of unknown length is worked on by several threads and
/// delivered in the order it came, with no item lost or repeated, and
/// never more items held than the window allows.
@Suite("Parallel extraction of a stream")
struct ParallelExtractionTests {
    /// A counter shared by threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        private(set) var highest = 0
        func add(_ amount: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += amount
            highest = max(highest, value)
            return value
        }
    }

    @Test("items of random cost come back in order on 1 to 4 threads", arguments: [1, 2, 3, 4])
    func ordered(jobs: Int) {
        let count = 300
        let given = Counter(), held = Counter()
        var delivered: [Int] = []
        ParallelExtraction.stream(jobs: jobs, makeExtractor: { Extractor() }, next: { () -> Int? in
            let index = given.add(1) - 1
            guard index < count else { return nil }
            _ = held.add(1)
            return index
        }, work: { (index: Int, _: Extractor) -> Int in
            usleep(UInt32((index * 7919) % 5) * 200)
            return index * 2
        }, deliver: { (value: Int) in
            _ = held.add(-1)
            delivered.append(value)
        })
        #expect(delivered == (0..<count).map { $0 * 2 })
        // At most the window (2 × jobs) claimed and not yet delivered, and one more being handed over.
        #expect(held.highest <= max(1, jobs * 2) + 1)
    }

    @Test("an empty stream delivers nothing")
    func empty() {
        var delivered = 0
        ParallelExtraction.stream(jobs: 2, makeExtractor: { Extractor() }, next: { Int?.none }, work: { (item: Int, _: Extractor) in item },
                                  deliver: { _ in delivered += 1 })
        #expect(delivered == 0)
    }
}
