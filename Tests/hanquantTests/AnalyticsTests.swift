import Foundation
import Testing

/// The output loads into DuckDB, pandas, Polars and SQLite with the types
/// `docs/facts.sql` and the README give, every value exact; and the
/// README's analytics examples run as written, printing what it shows.
/// The Python packages come from the environment `scripts/ensure-analytics`
/// makes (scripts/test passes it in HANQUANT_ANALYTICS_PYTHON); without it
/// these tests are skipped, except under `.ci/run` (HANQUANT_REQUIRE_TOOLS=1),
/// where they fail.
@Suite("Analytics tools")
struct AnalyticsTests {
    static let python = ProcessInfo.processInfo.environment["HANQUANT_ANALYTICS_PYTHON"]
    static let required = ProcessInfo.processInfo.environment["HANQUANT_REQUIRE_TOOLS"] == "1"
    static var available: Bool {
        required || (python.map { FileManager.default.isExecutableFile(atPath: $0) } ?? false)
            && BatchTests.tool("sqlite3") && BatchTests.tool("jq")
    }

    /// A document of three values no binary float holds: 20 digits, 8 decimals, 14 decimals.
    static let exactDocument = "全年完成投资123456789012.3456789亿元，增长0.12345678%，二氧化硫年均浓度0.00012345毫克/立方米。\n"

    @Test("every value of the seed and of a 20-digit and an 8-decimal figure loads exactly into DuckDB, pandas and Polars",
          .enabled(if: available))
    func exactLoading() throws {
        let python = try #require(Self.python, "HANQUANT_ANALYTICS_PYTHON is not set: run the tests with scripts/test")
        let folder = try Workspace.make()
        try Data(Self.exactDocument.utf8).write(to: folder.appendingPathComponent("exact.txt"))
        let inputs = ["Corpus/guanghua-2016-work-report.txt", "exact.txt"]
        for (format, name) in [("csv", "facts.csv"), ("jsonl", "facts.jsonl")] {
            let run = try Workspace.shell("scripts/hanquant extract --quiet --format \(format) -o \(name) \(inputs.joined(separator: " "))", in: folder)
            #expect(run.status == 0, "\(run.output)")
        }
        let expected = try Self.expectedRows(folder.appendingPathComponent("facts.jsonl"))
        #expect(expected.contains { $0.hasPrefix("exact\t1\t12345678901234567890\t") })
        #expect(expected.contains { $0.hasPrefix("exact\t2\t0.12345678\t") })
        #expect(expected.count > 150)
        let script = try String(contentsOf: CLITests.root.appendingPathComponent("Tests/Analytics/load_facts.py"), encoding: .utf8)
        let run = try Workspace.shell("\(python) - <<'EOF'\n\(script)EOF", in: folder)
        #expect(run.status == 0, "\(run.output)")
        var sections: [String: [String]] = [:], current = ""
        for line in run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) where !line.isEmpty {
            if line.hasPrefix("== ") { current = String(line.dropFirst(3)) } else { sections[current, default: []].append(line) }
        }
        let loaders = ["duckdb csv", "duckdb jsonl", "pandas csv", "pandas jsonl", "polars csv", "polars jsonl"]
        for loader in loaders {
            #expect(sections[loader] == expected, "\(loader) reads other values than HanQuant wrote")
        }
        // As decimals: every value with at most 10 decimals survives DuckDB's DECIMAL(38, 10), which
        // rounds the one with 14 without a word (the README's check flags it); Python's Decimal keeps all.
        let values = expected.map { $0.split(separator: "\t").prefix(3).joined(separator: "\t") }
        #expect(sections["duckdb decimal"] == values.map { $0 == "exact\t3\t0.00000000012345" ? "exact\t3\t0.0000000001" : $0 })
        #expect(sections["duckdb rounded"] == ["exact\t3\t0.00000000012345"])
        #expect(sections["pandas decimal"] == values)
    }

    /// `doc seq value value_max number period target` of each fact, from HanQuant's own JSONL.
    static func expectedRows(_ jsonl: URL) throws -> [String] {
        try String(contentsOf: jsonl, encoding: .utf8).split(separator: "\n").map { line in
            let fact = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let fields: [String] = ["doc", "seq", "value", "value_max", "number", "period", "target"].map { key in
                switch fact[key] {
                case let text as String: return text
                case let flag as Bool where key == "target": return flag ? "true" : "false"
                case let number as NSNumber: return number.stringValue
                default: return "null"
                }
            }
            return fields.joined(separator: "\t")
        }
    }

    @Test("the README's analytics examples print what the README shows", .enabled(if: available))
    func readmeExamples() throws {
        let folder = try Workspace.make()
        let readme = try String(contentsOf: CLITests.root.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = ConsoleExamples.parse(readme, between: "<!-- examples: analytics -->", and: "<!-- end of examples -->")
        #expect(examples.count >= 10)
        for example in examples {
            let run = try Workspace.shell(example.command, in: folder)
            #expect(run.status == 0, "\(example.command)\n\(run.output)")
            #expect(run.output == example.output, "\(example.command)")
        }
    }

    @Test("the README's install line names the versions scripts/ensure-analytics installs")
    func installLine() throws {
        let readme = try String(contentsOf: CLITests.root.appendingPathComponent("README.md"), encoding: .utf8)
        let requirements = try String(contentsOf: CLITests.root.appendingPathComponent("scripts/analytics-requirements.txt"), encoding: .utf8)
        let pins = requirements.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
        #expect(pins.count == 4)
        #expect(readme.contains("pip install " + pins.joined(separator: " ")))
    }
}

/// `$ command` lines of the README's console blocks and the output shown
/// after each (a command with `<<'EOF'` runs on to its `EOF` line).
struct ConsoleExamples {
    struct Example {
        let command: String
        let output: String
    }

    static func parse(_ text: String, between start: String, and end: String) -> [Example] {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return [] }
        var examples: [Example] = [], inBlock = false
        var command: [String] = [], output: [String] = [], inHereDocument = false
        func finish() {
            if !command.isEmpty {
                examples.append(Example(command: command.joined(separator: "\n"), output: output.map { $0 + "\n" }.joined()))
            }
            command = []
            output = []
        }
        for line in text[from.upperBound..<to.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if !inBlock {
                inBlock = line == "```console"
                continue
            }
            if inHereDocument {
                command.append(line)
                inHereDocument = line != "EOF"
            } else if line == "```" {
                finish()
                inBlock = false
            } else if line.hasPrefix("$ ") {
                finish()
                command = [String(line.dropFirst(2))]
                inHereDocument = line.hasSuffix("<<'EOF'")
            } else {
                output.append(line)
            }
        }
        return examples
    }
}

/// A folder to run examples in, as the repository's root would be: a copy
/// of `Corpus/` and `docs/`, and a `scripts/hanquant` that runs the built
/// command. The analytics environment's `python3` comes first on PATH.
enum Workspace {
    struct Run {
        let status: Int32
        let output: String
    }

    static func make() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hanquant-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("scripts"), withIntermediateDirectories: true)
        for name in ["Corpus", "docs"] {
            try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let launcher = folder.appendingPathComponent("scripts/hanquant")
        try Data("#!/bin/sh\nexec '\(CLITests.executable.path)' \"$@\"\n".utf8).write(to: launcher)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: launcher.path)
        return folder
    }

    /// Runs `command` with bash in `folder`, standard output and error together.
    static func shell(_ command: String, in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        if let python = AnalyticsTests.python {
            environment["PATH"] = URL(fileURLWithPath: python).deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
    }
}
