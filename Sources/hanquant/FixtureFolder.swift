import ArgumentParser
import Foundation
import HanQuant

/// The folder of golden files `--fixtures` names: `<doc>.jsonl` and
/// `<doc>.csv` for each document (a document named by its path, `a/x`, in
/// a subfolder).
struct FixtureFolder {
    /// The folder.
    let url: URL

    /// The folder at `path`; a usage error when there is none.
    init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--fixtures: no folder at \(path)")
        }
        url = URL(fileURLWithPath: path)
    }

    /// The golden JSONL file of the document `doc`.
    func jsonl(of doc: String) -> URL { url.appendingPathComponent("\(doc).jsonl") }

    /// The facts the golden file of `doc` holds: none when it has no file yet.
    func expected(of doc: String) throws -> [FactRecord] {
        let golden = jsonl(of: doc)
        guard FileManager.default.fileExists(atPath: golden.path) else { return [] }
        return try FactRecord.records(jsonLines: String(contentsOf: golden, encoding: .utf8))
    }

    /// How the JSONL output `jsonl` of `doc` differs from its golden file.
    func diff(of doc: String, jsonl: [UInt8]) throws -> FactDiff {
        FactDiff(doc: doc, expected: try expected(of: doc), actual: try FactRecord.records(jsonLines: String(decoding: jsonl, as: UTF8.self)))
    }
}
