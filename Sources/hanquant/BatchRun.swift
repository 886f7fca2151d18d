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
            readDocuments(makeExtractor: makeExtractor, work, tally: &tally, deliver: deliver)
            tally.documents = inputs.count
        }
        if !quiet { printError(tally.summary) }
        return tally.failures
    }

    /// What the threads hand back for a ``DocumentStream/Item``.
    private enum StreamResult<Value: Sendable>: Sendable {
        case whole(Int, Outcome<Value>)
        case window(RenderedDocument, Extraction)
        case windowsEnd(Int, WindowedDocument)
    }

    /// Reads every input as one stream of work on the threads (see
    /// ``DocumentStream``): a document read whole goes to a thread, one read
    /// in windows has its windows shared among them and written as they
    /// come. Results are handed on in input order.
    private func readDocuments<Value: Sendable>(makeExtractor: @escaping @Sendable () -> Extractor,
                                                _ work: @escaping @Sendable (Extraction) -> Value, tally: inout Tally,
                                                deliver: (Value) -> Void) {
        let inputs = self.inputs, maximumBytes = options.maximumBytes, windowFormat = windowed?.format ?? .jsonl
        let stream = DocumentStream(inputs: inputs, windowBytes: { index in
            guard let windowed, isWindowed(inputs[index], windowed) else { return nil }
            return windowed.size.bytes
        }, inputFormat: options.reading.inputFormat?.documentFormat, makeExtractor: makeExtractor)
        var progress = Progress(total: inputs.count, totalBytes: inputs.reduce(0) { $0 + ($1.size ?? 0) },
                                enabled: !quiet && isatty(STDERR_FILENO) == 1)
        // Only documents read in windows give windows, and only when there is a window output.
        var windows = windowed.map(WindowWriter.init)
        // One piece in flight per thread: what a piece holds until it is written (a window's text,
        // facts and output) bounds the peak. With one more, 20 MB of the Corpus's lines peaked at
        // 96 to 108 MB on 2 threads, against 80 to 85, and no run was faster.
        ParallelExtraction.stream(jobs: options.jobs, window: options.jobs, makeExtractor: makeExtractor, next: stream.next,
                                  work: { (item: DocumentStream.Item, extractor: Extractor) -> StreamResult<Value> in
            switch item {
            case .whole(let index):
                return .whole(index, Self.readWhole(inputs[index], with: extractor, maximumBytes: maximumBytes, work))
            case .window(let document, let window):
                let (extraction, before) = document.extract(window, with: extractor)
                return .window(FactWriter.window(extraction, format: windowFormat, factsBefore: before), extraction)
            case .windowsEnd(let index, let document):
                return .windowsEnd(index, document)
            }
        }, deliver: { result in
            switch result {
            case .whole(let index, let outcome):
                progress.clear()
                tally.count(outcome, displayName: inputs[index].displayName, deliver: deliver)
                progress.advance(bytes: inputs[index].size ?? 0)
            case .window(let rendered, let extraction):
                windows?.write(rendered, of: extraction)
            case .windowsEnd(let index, let document):
                guard let outcome = windows?.end(document) else { return }
                progress.clear()
                tally.countWindowed(outcome, input: inputs[index])
                progress.advance(bytes: inputs[index].size ?? 0)
            }
        })
        progress.clear()
    }

    /// The outcome of reading `input` whole.
    private static func readWhole<Value: Sendable>(_ input: DocumentInput, with extractor: Extractor, maximumBytes: Int,
                                                   _ work: (Extraction) -> Value) -> Outcome<Value> {
        do {
            let document = try input.read(with: extractor.reader, maximumBytes: maximumBytes)
            return outcome(of: extractor.facts(in: document), work)
        } catch {
            return .failed(DocumentFailure(input: input, error: error))
        }
    }

    /// Writes the windows of the document read in windows now, in order,
    /// between what begins and ends it, and adds them up.
    private struct WindowWriter {
        let output: WindowedOutput
        private var tally = WindowTally()
        private var begun = false

        init(_ output: WindowedOutput) {
            self.output = output
        }

        /// Writes a window's records, after what begins the document if it is the first.
        mutating func write(_ rendered: RenderedDocument, of extraction: Extraction) {
            if !begun { output.begin() }
            begun = true
            output.write(rendered)
            tally.count(extraction)
        }

        /// Ends `document`, whose windows were all written: what its output
        /// writes after the facts, if it wrote any; and how it ended.
        mutating func end(_ document: WindowedDocument) -> WindowedExtraction.Outcome {
            let outcome = tally.outcome(of: document)
            if let last = outcome.last { output.write(FactWriter.closing(after: last, format: output.format, facts: outcome.facts)) }
            self = WindowWriter(output)
            return outcome
        }
    }

    /// Whether `input` is to be read in windows: a file larger than
    /// `--window` allows, read as plain text in the encoding it shows, within --max-size.
    private func isWindowed(_ input: DocumentInput, _ windowed: WindowedOutput) -> Bool {
        guard !input.isStandardInput, options.reading.documentEncoding == nil, let size = input.size,
              size <= options.maximumBytes else { return false }
        return windowed.size.applies(toDocumentOf: size)
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
                    + "read in " + (windowed.windows == 1 ? "1 window" : "\(windowed.windows) windows")
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
