import Foundation

/// A one-line progress report on standard error, for a person at a
/// terminal: documents done of the total, MB/s, and time left.
struct Progress {
    let total: Int
    let totalBytes: Int
    let enabled: Bool
    private var done = 0
    private var bytes = 0
    private let start = Date()
    private var shown = false

    init(total: Int, totalBytes: Int, enabled: Bool) {
        self.total = total
        self.totalBytes = totalBytes
        self.enabled = enabled
    }

    /// Counts one more document of `bytes` bytes and redraws the line.
    mutating func advance(bytes more: Int) {
        done += 1
        bytes += more
        guard enabled else { return }
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(bytes) / 1_048_576 / seconds
        let left = bytes > 0 ? Int(Double(totalBytes - bytes) / (Double(bytes) / seconds)) : 0
        let line = String(format: "\r[%d/%d] %.1f MB/s, %d:%02d left", done, total, rate, left / 60, left % 60)
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    /// Erases the line before other output.
    mutating func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
