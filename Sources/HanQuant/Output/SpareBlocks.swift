import Foundation

/// Large blocks of memory that output buffers let go of, kept for the next
/// ones. A document read in windows renders each window into a buffer of
/// its own, a few MB: a block that large comes from the system as new
/// pages, each costing a page fault (and its zeroing) when first written,
/// and goes back to it when freed. Reused, its pages are already there.
///
/// At most ``most`` blocks are kept, a few windows' output. Blocks smaller
/// than ``smallest`` are left to `malloc`, which keeps those itself.
final class SpareBlocks: @unchecked Sendable {
    /// The blocks every ``OutputBuffer`` takes from and gives back to.
    static let shared = SpareBlocks(most: 4, smallest: 256 << 10)

    /// How many blocks are kept at most.
    let most: Int
    /// The smallest block worth keeping.
    let smallest: Int

    private let lock = NSLock()
    private var blocks: [(start: UnsafeMutableRawPointer, capacity: Int)] = []

    /// Keeps at most `most` blocks, none smaller than `smallest` bytes.
    init(most: Int, smallest: Int) {
        self.most = most
        self.smallest = smallest
    }

    deinit {
        for block in blocks { free(block.start) }
    }

    /// The number of blocks kept now.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return blocks.count
    }

    /// A kept block of at least `capacity` bytes, and its capacity; nil when none is that large.
    func take(atLeast capacity: Int) -> (start: UnsafeMutableRawPointer, capacity: Int)? {
        guard capacity >= smallest else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard let index = blocks.firstIndex(where: { $0.capacity >= capacity }) else { return nil }
        return blocks.remove(at: index)
    }

    /// Keeps the block at `start` (from `malloc`) of `capacity` bytes, or
    /// frees it when it is small or enough are kept: a larger block takes
    /// the smallest one's place.
    func give(_ start: UnsafeMutableRawPointer, capacity: Int) {
        guard capacity >= smallest else { return free(start) }
        lock.lock()
        var freed: UnsafeMutableRawPointer? = start
        if blocks.count < most {
            blocks.append((start, capacity))
            freed = nil
        } else if let index = blocks.indices.min(by: { blocks[$0].capacity < blocks[$1].capacity }),
                  blocks[index].capacity < capacity {
            freed = blocks[index].start
            blocks[index] = (start, capacity)
        }
        lock.unlock()
        free(freed)
    }
}
