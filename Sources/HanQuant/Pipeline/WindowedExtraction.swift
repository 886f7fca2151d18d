import Foundation

/// Extracts one large plain-text document as a stream of windows
/// (`TextWindowReader`), so that its memory is bounded by the window and
/// not the file, and its windows are extracted on several threads.
///
/// One thread at a time reads the next window and segments it, carrying
/// what the windows before left open (the opening, the headings above,
/// the sub-heading in force); workers extract windows in parallel and
/// number their facts after the windows before; results come back in
/// order. The facts, and so the output, are those of the document read
/// whole, numbered and placed in the whole document. To hand a document's
/// windows out among other work, use ``WindowedDocument``, which this runs.
///
/// ```swift
/// let file = FileHandle(forReadingAtPath: "bulletin.txt")!
/// let outcome = try WindowedExtraction.run(name: "bulletin", windowBytes: 1 << 20, jobs: 2,
///     source: { buffer in read(file.fileDescriptor, buffer.baseAddress, buffer.count) },
///     makeExtractor: { Extractor() },
///     work: { window, factsBefore in FactWriter.window(window, format: .jsonl, factsBefore: factsBefore) },
///     deliver: { rendered in rendered.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, stdout) } })
/// ```
public enum WindowedExtraction {
    /// How a document read in windows ended.
    public struct Outcome: Sendable {
        /// The facts of every window.
        public let facts: Int
        /// The windows read.
        public let windows: Int
        /// The last window's extraction, for what output writes after the
        /// facts (its document's context and currency are the whole document's).
        public let last: Extraction?
        /// The document's read warnings and every window's quantity warnings, in order.
        public let warnings: [String]
        /// The numbers skipped, over every window.
        public let skippedNumbers: Int
        /// Why reading stopped before the end, after the facts before it were handed on.
        public let error: ReadError?
    }

    /// Reads the document that `source` gives (filling the buffer it is
    /// handed, returning the bytes written, 0 at the end) in windows of
    /// about `windowBytes` bytes, extracts each on one of `jobs` threads
    /// with an extractor of its own, renders it there with `work` (given
    /// the number of facts of the windows before) and hands the results to
    /// `deliver` in order, on the calling thread. Returns nil, having read
    /// some bytes but handed on nothing, when the document is not one to
    /// read in windows (see `TextWindowReader`): read it whole then.
    /// `inputFormat` is the format given for every document, if any: only
    /// plain text is read in windows.
    public static func run<Result: Sendable>(
        name: String, windowBytes: Int, jobs: Int, inputFormat: InputFormat? = nil,
        source: @escaping (UnsafeMutableRawBufferPointer) throws -> Int,
        makeExtractor: @escaping @Sendable () -> Extractor,
        work: @escaping @Sendable (Extraction, _ factsBefore: Int) -> Result,
        deliver: (Result) -> Void
    ) throws -> Outcome? {
        let document = WindowedDocument(name: name, windowBytes: windowBytes, inputFormat: inputFormat,
                                        segmentingWith: makeExtractor(), source: source)
        guard try document.readOpening() else { return nil }
        var tally = WindowTally()
        // One window in flight per thread: what each holds until delivered bounds the peak.
        ParallelExtraction.stream(jobs: jobs, window: jobs, makeExtractor: makeExtractor, next: { document.nextWindow() },
                                  work: { (window: WindowedDocument.Window, extractor: Extractor) -> WindowResult<Result> in
            let (extraction, before) = document.extract(window, with: extractor)
            return WindowResult(value: work(extraction, before), extraction: extraction)
        }, deliver: { result in
            tally.count(result.extraction)
            deliver(result.value)
        })
        return tally.outcome(of: document)
    }
}

/// A window's rendered value and its extraction.
private struct WindowResult<Value: Sendable>: Sendable {
    let value: Value
    let extraction: Extraction
}
