import Foundation
import Testing
@testable import HanQuant

/// Lines of a pipe come back whole whatever sizes the writes arrive in;
/// a line over the limit is passed over and counted, not held.
@Suite("Reading lines")
struct LineReaderTests {
    /// Writes `bytes` into a pipe from another thread in chunks of random
    /// size, and reads every line with a limit of `limit` bytes.
    static func lines(of bytes: [UInt8], limit: Int, seed: UInt64) throws -> [LineReader.Line] {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let input = ends[1]
        let writer = Thread {
            var generator = SeededGenerator(seed: seed)
            var offset = 0
            while offset < bytes.count {
                let size = min(bytes.count - offset, Int.random(in: 1...100_000, using: &generator))
                _ = bytes[offset..<(offset + size)].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
                offset += size
            }
            close(input)
        }
        writer.start()
        defer { close(ends[0]) }
        var reader = LineReader(descriptor: ends[0], limit: limit)
        var lines: [LineReader.Line] = []
        while let line = try reader.next() { lines.append(line) }
        return lines
    }

    @Test("random lines, some over the limit, some ending in CR, the last with or without a newline")
    func randomLines() throws {
        var generator = SeededGenerator(seed: 7)
        for round in 0..<12 {
            let limit = [10, 1000, 70_000, 300_000][round % 4]
            var expected: [[UInt8]?] = []
            var bytes: [UInt8] = []
            for index in 0..<Int.random(in: 0...60, using: &generator) {
                let length = Int.random(in: 0...(limit * 2), using: &generator)
                let line = (0..<length).map { UInt8(0x41 + ($0 + index) % 26) }
                let carriageReturn = Bool.random(using: &generator)
                bytes += line + (carriageReturn ? [0x0D] : []) + [0x0A]
                expected.append(line.count + (carriageReturn ? 1 : 0) > limit ? nil : line)
            }
            if Bool.random(using: &generator) {
                let last = [UInt8]("末行".utf8)
                bytes += last
                expected.append(last)
            }
            let lines = try Self.lines(of: bytes, limit: limit, seed: UInt64(round))
            #expect(lines.map(\.bytes) == expected, "round \(round)")
            #expect(lines.map(\.number) == Array(1...max(1, expected.count)).prefix(expected.count).map { $0 })
        }
    }

    @Test("an empty stream has no line, and a lone newline one empty line")
    func edges() throws {
        #expect(try Self.lines(of: [], limit: 10, seed: 1).isEmpty)
        #expect(try Self.lines(of: [0x0A], limit: 10, seed: 1).map(\.bytes) == [[]])
    }
}
