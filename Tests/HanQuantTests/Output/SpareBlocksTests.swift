import Foundation
import Testing
@testable import HanQuant

/// Blocks kept for output buffers: handed out only when large enough,
/// never to two holders at once, never more than the most kept; and a
/// buffer in a reused block starts empty.
@Suite("Spare output blocks")
struct SpareBlocksTests {
    @Test("random gives and takes against a model: sizes, the most kept, no block held twice", arguments: 0..<4)
    func againstModel(seed: UInt64) {
        var random = SeededGenerator(seed: 40 + seed)
        let spares = SpareBlocks(most: 3, smallest: 1000)
        var kept: [Int] = []  // the capacities the model keeps
        var held: [UnsafeMutableRawPointer: Int] = [:]  // blocks out of the pool, with their capacity
        for _ in 0..<2000 {
            if Bool.random(using: &random) || held.isEmpty {
                let wanted = Int.random(in: 1...6000, using: &random)
                let fitting = kept.indices.filter { kept[$0] >= wanted }
                if let block = spares.take(atLeast: wanted) {
                    #expect(wanted >= 1000 && block.capacity >= wanted && held[block.start] == nil)
                    guard let index = kept.firstIndex(of: block.capacity), !fitting.isEmpty else {
                        Issue.record("took a block of \(block.capacity) the model does not keep")
                        return
                    }
                    kept.remove(at: index)
                    block.start.storeBytes(of: UInt8(truncatingIfNeeded: wanted), as: UInt8.self)
                    held[block.start] = block.capacity
                } else {
                    #expect(wanted < 1000 || fitting.isEmpty, "none taken for \(wanted) while keeping \(kept)")
                    let capacity = Int.random(in: 500...6000, using: &random)
                    held[malloc(capacity)!] = capacity
                }
            } else {
                let (start, capacity) = held.randomElement(using: &random)!
                held[start] = nil
                spares.give(start, capacity: capacity)
                if capacity >= 1000 {
                    if kept.count < 3 {
                        kept.append(capacity)
                    } else if let smallest = kept.indices.min(by: { kept[$0] < kept[$1] }), kept[smallest] < capacity {
                        kept[smallest] = capacity
                    }
                }
            }
            #expect(spares.count == kept.count && kept.count <= 3)
        }
        for (start, _) in held { free(start) }
    }

    @Test("a buffer in a block another let go of starts empty and holds what is written")
    func reusedBuffer() {
        for round in 0..<20 {
            let buffer = OutputBuffer(capacity: 1 << 20)
            #expect(buffer.count == 0)
            let text = String(repeating: "第\(round)行，", count: 1000 + round)
            buffer.append(text)
            #expect(buffer.bytes == Array(text.utf8))
        }
    }
}
