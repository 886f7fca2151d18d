import Foundation
import HanQuant

/// Reads a list of documents in parallel, in input order, reporting
/// failures and progress on standard error and a summary at the end.
struct BatchRun {
    /// What reading one document gave.
    enum Outcome<Value: Sendable>: Sendable {
        case done(Value, facts: Int, warnings: [String], skippedNumbers: Int)
        case failed(DocumentFailure)
    }

    let inputs: [DocumentInput]
    let options: ExtractionOptions
    let quiet: Bool

    /// Runs `work` on every document and hands each result to `deliver` in
    /// input order. Returns the documents that failed.
    func run<Value: Sendable>(_ work: @escaping @Sendable (Extraction) -> Value,
                              deliver: (Value) -> Void) throws -> [DocumentFailure] {
        let makeExtractor = try options.extractorFactory()
        let inputs = self.inputs
        let maximumBytes = options.maximumBytes
        var progress = Progress(total: inputs.count, totalBytes: inputs.reduce(0) { $0 + ($1.size ?? 0) },
                                enabled: !quiet && isatty(STDERR_FILENO) == 1)
        var failures: [DocumentFailure] = []
        var facts = 0, warningCount = 0, skippedNumbers = 0
        ParallelExtraction.run(count: inputs.count, jobs: options.jobs, makeExtractor: makeExtractor, work: { index, extractor in
            let input = inputs[index]
            do {
                let extraction = extractor.facts(in: try input.read(with: extractor.reader, maximumBytes: maximumBytes))
                let warnings = extraction.document.text.warnings.map(\.description) + extraction.warnings.map(\.description)
                return Outcome<Value>.done(work(extraction), facts: extraction.facts.count, warnings: warnings,
                                           skippedNumbers: extraction.warnings.count)
            } catch {
                return .failed(DocumentFailure(input: input, error: error))
            }
        }, deliver: { index, outcome in
            progress.clear()
            switch outcome {
            case .done(let value, let count, let warnings, let skipped):
                for warning in warnings { printError("warning: \(inputs[index].displayName): \(warning)") }
                facts += count
                warningCount += warnings.count
                skippedNumbers += skipped
                deliver(value)
            case .failed(let failure):
                failures.append(failure)
                printError("error: \(failure)")
            }
            progress.advance(bytes: inputs[index].size ?? 0)
        })
        progress.clear()
        if !quiet {
            let documents = inputs.count == 1 ? "1 document" : "\(inputs.count) documents"
            var summary = "hanquant: \(documents), \(facts) facts"
            if warningCount > 0 {
                summary += warningCount == 1 ? ", 1 warning" : ", \(warningCount) warnings"
                if skippedNumbers > 0 { summary += " (\(skippedNumbers) \(skippedNumbers == 1 ? "number" : "numbers") skipped)" }
            }
            if !failures.isEmpty {
                summary += ", \(failures.count) failed: " + failures.map(\.input.displayName).joined(separator: ", ")
            }
            printError(summary)
        }
        return failures
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
