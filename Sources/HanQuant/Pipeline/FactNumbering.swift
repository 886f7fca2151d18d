import Foundation

/// The number of facts before each window, known once every window before
/// it has been extracted: a worker renders its window's facts numbered
/// after them. Windows are claimed in order, so the ones before a window
/// are always being extracted when it waits.
final class FactNumbering: @unchecked Sendable {
    private let condition = NSCondition()
    /// The facts of windows extracted, by window, not yet added up.
    private var counts: [Int: Int] = [:]
    /// The facts before each window added up so far: `before[i]` for window `i`.
    private var before = [0]

    /// Records that window `window` has `count` facts.
    func publish(_ count: Int, window: Int) {
        condition.lock()
        counts[window] = count
        while let next = counts.removeValue(forKey: before.count - 1) { before.append(before[before.count - 1] + next) }
        condition.broadcast()
        condition.unlock()
    }

    /// The facts of the windows before `window`, waiting until they are known.
    func factsBefore(window: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        while before.count <= window { condition.wait() }
        return before[window]
    }
}
