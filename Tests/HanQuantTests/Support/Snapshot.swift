import Foundation
import Testing

/// Compares text with a golden file and prints a readable line diff when
/// they differ, in the manner of swift-argument-parser's snapshot helper.
/// Run with `HANQUANT_RECORD_FIXTURES=1` to write the golden files anew;
/// re-recorded files must then be read and checked by hand before commit.
enum Snapshot {
    /// The environment variable that makes a run re-record its golden files.
    static let recordVariable = "HANQUANT_RECORD_FIXTURES"

    static func assertMatches(_ actual: String, golden url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment[recordVariable] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No golden file at \(url.path); run with \(recordVariable)=1 to record it, then check it by hand.",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        Issue.record(Comment(rawValue: "\(url.lastPathComponent) differs (- golden, + actual):\n" + diff(expected, actual)),
                     sourceLocation: sourceLocation)
    }

    /// A line diff of two texts: changed lines with their line numbers.
    static func diff(_ expected: String, _ actual: String, limit: Int = 40) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var entries: [(line: Int, text: String)] = []
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, let line, _): entries.append((offset, "- \(offset + 1): \(line)"))
            case .insert(let offset, let line, _): entries.append((offset, "+ \(offset + 1): \(line)"))
            }
        }
        let shown = entries.sorted { $0.line < $1.line }.prefix(limit).map(\.text)
        let more = entries.count > limit ? "\n… and \(entries.count - limit) more changed lines" : ""
        return shown.joined(separator: "\n") + more
    }
}
