import Foundation
import HanQuant

/// Reads a list of documents in parallel, in input order, reporting
/// failures and progress on standard error and a summary at the end. With
/// `--input-format jsonl`, the documents are the records of the inputs.
struct BatchRun {
    /// What reading one document gave.
    enum Outcome<Value: Sendable>: Sendable {
        case done(Value, facts: Int, warnings: [String], skippedNumbers: Int)
        case failed(DocumentFailure)
    }

    let inputs: [DocumentInput]
    let options: ExtractionOptions
    let quiet: Bool
    /// How large plain-text documents are read in windows and written, if they are.
    var windowed: WindowedOutput? = nil

    /// Runs `work` on every document and hands each result to `deliver` in
    /// input order. Returns the documents that failed.
    func run<Value: Sendable>(_ work: @escaping @Sendable (Extraction) -> Value,
                              deliver: (Value) -> Void) throws -> [DocumentFailure] {
        let makeExtractor = try options.extractorFactory()
        var tally = Tally()
        if options.reading.readsRecords {
            let records = RecordStream(inputs: inputs, fields: options.reading.recordFields, maximumBytes: options.maximumBytes)
            ParallelExtraction.stream(jobs: options.jobs, makeExtractor: makeExtractor, next: records.next,
                                      work: { item, extractor in Self.extract(item, with: extractor, work) },
                                      deliver: { outcome in tally.count(outcome, displayName: nil, deliver: deliver) })
            tally.documents = records.count
        } else {
            var progress = Progress(total: inputs.count, totalBytes: inputs.reduce(0) { $0 + ($1.size ?? 0) },
                                    enabled: !quiet && isatty(STDERR_FILENO) == 1)
            // Runs of documents read whole go to the threads a document each; a
            // document read in windows has the threads to itself, in its turn.
            var start = 0
            while start < inputs.count {
                if let windowed, isWindowed(inputs[start], windowed),
                   readInWindows(inputs[start], windowed, makeExtractor: makeExtractor, tally: &tally) {
                    progress.advance(bytes: inputs[start].size ?? 0)
                    start += 1
                    continue
                }
                var end = start + 1
                while end < inputs.count, windowed.map({ !isWindowed(inputs[end], $0) }) ?? true { end += 1 }
                readWhole(inputs[start..<end], makeExtractor: makeExtractor, work, tally: &tally, progress: &progress, deliver: deliver)
                start = end
            }
            progress.clear()
            tally.documents = inputs.count
        }
        if !quiet { printError(tally.summary) }
        return tally.failures
    }

    /// Reads `inputs` whole, on the threads a document each, handing each
    /// result to `deliver` in order.
    private func readWhole<Value: Sendable>(_ inputs: ArraySlice<DocumentInput>, makeExtractor: @escaping @Sendable () -> Extractor,
                                            _ work: @escaping @Sendable (Extraction) -> Value, tally: inout Tally,
                                            progress: inout Progress, deliver: (Value) -> Void) {
        let inputs = Array(inputs)
        let maximumBytes = options.maximumBytes
        ParallelExtraction.run(count: inputs.count, jobs: options.jobs, makeExtractor: makeExtractor, work: { index, extractor in
            let input = inputs[index]
            do {
                let document = try input.read(with: extractor.reader, maximumBytes: maximumBytes)
                return Self.outcome(of: extractor.facts(in: document), work)
            } catch {
                return .failed(DocumentFailure(input: input, error: error))
            }
        }, deliver: { index, outcome in
            progress.clear()
            tally.count(outcome, displayName: inputs[index].displayName, deliver: deliver)
            progress.advance(bytes: inputs[index].size ?? 0)
        })
    }

    /// Whether `input` is to be read in windows: a file larger than
    /// `--window` allows, read as plain text in the encoding it shows, within --max-size.
    private func isWindowed(_ input: DocumentInput, _ windowed: WindowedOutput) -> Bool {
        guard !input.isStandardInput, options.reading.documentEncoding == nil, let size = input.size,
              size <= options.maximumBytes else { return false }
        return windowed.size.applies(toDocumentOf: size)
    }

    /// Reads `input` in windows, on every thread, writing its facts as they
    /// come; false, having written nothing, when it is to be read whole
    /// (not plain UTF-8 text, or a file that cannot be opened or read,
    /// whose error reading it whole reports).
    private func readInWindows(_ input: DocumentInput, _ windowed: WindowedOutput,
                               makeExtractor: @escaping @Sendable () -> Extractor, tally: inout Tally) -> Bool {
        let descriptor = input.filePath.withCString { open($0, O_RDONLY) }
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let format = windowed.format
        var begun = false
        let outcome = try? WindowedExtraction.run(
            name: input.documentName, windowBytes: windowed.size.bytes, jobs: options.jobs,
            inputFormat: options.reading.inputFormat?.documentFormat,
            source: { buffer in
                do {
                    return try DescriptorReader.read(descriptor, into: buffer)
                } catch let failure as DescriptorReader.Failure {
                    throw ReadError.unreadable(failure.reason)
                }
            },
            makeExtractor: makeExtractor,
            work: { extraction, factsBefore in FactWriter.window(extraction, format: format, factsBefore: factsBefore) },
            deliver: { rendered in
                if !begun { windowed.begin() }
                begun = true
                windowed.write(rendered)
            })
        // Nothing was handed on when reading the opening failed or found a document to read whole.
        guard let outcome else { return false }
        if let last = outcome.last { windowed.write(FactWriter.closing(after: last, format: format, facts: outcome.facts)) }
        tally.countWindowed(outcome, input: input)
        return true
    }

    /// One record's outcome: its failure as it was read, or its extraction.
    private static func extract<Value: Sendable>(_ item: RecordStream.Item, with extractor: Extractor,
                                                 _ work: (Extraction) -> Value) -> Outcome<Value> {
        switch item {
        case .failed(let failure):
            return .failed(failure)
        case .record(let record, let place):
            do {
                let document = try extractor.reader.read(Array(record.text.utf8), name: record.doc)
                return outcome(of: extractor.facts(in: document), work, warningPrefix: place.displayName + ": ")
            } catch {
                return .failed(DocumentFailure(record: place, reason: DocumentFailure.reason(error)))
            }
        }
    }

    /// A document's outcome: `work`'s value, with its counts and warnings.
    private static func outcome<Value: Sendable>(of extraction: Extraction, _ work: (Extraction) -> Value,
                                                 warningPrefix: String = "") -> Outcome<Value> {
        let warnings = extraction.document.text.warnings.map(\.description) + extraction.warnings.map(\.description)
        return .done(work(extraction), facts: extraction.facts.count, warnings: warnings.map { warningPrefix + $0 },
                     skippedNumbers: extraction.warnings.count)
    }

    /// What a run has done so far, for its summary line.
    private struct Tally {
        var documents = 0
        var facts = 0
        var warnings = 0
        var skippedNumbers = 0
        var failures: [DocumentFailure] = []
        /// Documents read in windows, and their windows.
        var windowed = (documents: 0, windows: 0)

        /// Reports `outcome` on standard error (its warnings, or its failure
        /// as one line) and hands a result on; `displayName` prefixes the warnings.
        mutating func count<Value>(_ outcome: Outcome<Value>, displayName: String?, deliver: (Value) -> Void) {
            switch outcome {
            case .done(let value, let count, let lines, let skipped):
                for line in lines { printError("warning: " + (displayName.map { $0 + ": " } ?? "") + line) }
                facts += count
                warnings += lines.count
                skippedNumbers += skipped
                deliver(value)
            case .failed(let failure):
                failures.append(failure)
                printError("error: \(failure)")
            }
        }

        /// Reports a document read in windows, whose facts were written as
        /// they came: its warnings, and its failure if reading stopped early.
        mutating func countWindowed(_ outcome: WindowedExtraction.Outcome, input: DocumentInput) {
            for line in outcome.warnings { printError("warning: \(input.displayName): " + line) }
            facts += outcome.facts
            windowed.documents += 1
            windowed.windows += outcome.windows
            warnings += outcome.warnings.count
            skippedNumbers += outcome.skippedNumbers
            if let error = outcome.error {
                let failure = DocumentFailure(input: input, error: error)
                failures.append(failure)
                printError("error: \(failure)")
            }
        }

        /// `hanquant: 20 documents, 1206 facts`, with the documents read in
        /// windows, warnings and failures.
        var summary: String {
            var summary = "hanquant: " + (documents == 1 ? "1 document" : "\(documents) documents") + ", \(facts) facts"
            if windowed.documents > 0 {
                summary += ", " + (documents == 1 ? "" : windowed.documents == 1 ? "1 document " : "\(windowed.documents) documents ")
                    + "read in \(windowed.windows) windows"
            }
            if warnings > 0 {
                summary += warnings == 1 ? ", 1 warning" : ", \(warnings) warnings"
                if skippedNumbers > 0 { summary += " (\(skippedNumbers) \(skippedNumbers == 1 ? "number" : "numbers") skipped)" }
            }
            if !failures.isEmpty {
                let names = failures.prefix(10).map(\.displayName).joined(separator: ", ")
                summary += ", \(failures.count) failed: " + names + (failures.count > 10 ? " …" : "")
            }
            return summary
        }
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
