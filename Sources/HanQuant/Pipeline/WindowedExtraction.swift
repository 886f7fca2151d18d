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
/// whole, numbered and placed in the whole document.
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
        let reader = TextWindowReader(windowBytes: windowBytes, source: source)
        let segmenter = WindowSegmenter(reader: reader, name: name, extractor: makeExtractor())
        guard inputFormat == nil || inputFormat == .txt,
              try segmenter.readOpening(detectsFormat: inputFormat == nil) else { return nil }
        let numbering = FactNumbering()
        var tally = WindowTally()
        ParallelExtraction.stream(jobs: jobs, window: jobs + 1, makeExtractor: makeExtractor, next: { segmenter.next() },
                                  work: { (item: WindowSegmenter.Item, extractor: Extractor) -> WindowResult<Result> in
            let extraction = extractor.facts(in: item.document, context: item.context)
            numbering.publish(extraction.facts.count, window: item.document.window.index)
            let before = numbering.factsBefore(window: item.document.window.index)
            return WindowResult(value: work(extraction, before), extraction: extraction)
        }, deliver: { result in
            tally.count(result.extraction)
            deliver(result.value)
        })
        return Outcome(facts: tally.facts, windows: tally.windows, last: tally.last,
                       warnings: reader.warnings.map(\.description) + tally.warnings, skippedNumbers: tally.skipped,
                       error: segmenter.error)
    }
}

/// A window's rendered value and its extraction.
private struct WindowResult<Value: Sendable>: Sendable {
    let value: Value
    let extraction: Extraction
}

/// What the windows delivered so far add up to.
private struct WindowTally {
    var facts = 0
    var windows = 0
    var last: Extraction?
    var warnings: [String] = []
    var skipped = 0

    mutating func count(_ extraction: Extraction) {
        facts += extraction.facts.count
        windows += 1
        last = extraction
        warnings += extraction.warnings.map(\.description)
        skipped += extraction.warnings.count
    }
}

/// Reads a document's windows and segments them in order, carrying what
/// each leaves to the next. Called by one thread at a time.
private final class WindowSegmenter: @unchecked Sendable {
    /// A segmented window and what its facts stage takes from the windows before.
    struct Item: Sendable {
        let document: Document
        let context: WindowFactContext
    }

    private let reader: TextWindowReader
    private let name: String
    private let extractor: Extractor
    private let parser = StructureParser()
    private var opening: DocumentOpening?
    private var continuation: WindowContinuation?
    private var subheading = SubheadingState.none
    /// Why reading stopped early, if it did.
    private(set) var error: ReadError?

    init(reader: TextWindowReader, name: String, extractor: Extractor) {
        self.reader = reader
        self.name = name
        self.extractor = extractor
    }

    /// Reads the opening; false when the document is to be read whole.
    func readOpening(detectsFormat: Bool) throws -> Bool {
        guard let text = try reader.opening(detectsFormat: detectsFormat) else { return false }
        opening = DocumentOpening(parser.parse(text, name: name))
        return true
    }

    /// The next window, segmented; nil at the end or when reading failed.
    func next() -> Item? {
        let text: DecodedText?
        do {
            text = try reader.next()
        } catch let failure as ReadError {
            error = failure
            return nil
        } catch {
            self.error = .unreadable(String(describing: error))
            return nil
        }
        guard let text else { return nil }
        let document = parser.parse(text, name: name, continuing: &continuation, opening: opening)
        let (context, leaving) = extractor.windowContext(of: document, entering: subheading)
        subheading = leaving
        return Item(document: document, context: context)
    }
}

/// The number of facts before each window, known once every window before
/// it has been extracted: a worker renders its window's facts numbered
/// after them. Windows are claimed in order, so the ones before a window
/// are always being extracted when it waits.
private final class FactNumbering: @unchecked Sendable {
    private let condition = NSCondition()
    /// The facts of windows extracted, by window, not yet added up.
    private var counts: [Int: Int] = [:]
    /// The facts before each window added up so far: `before[i]` for window `i`.
    private var before = [0]

    /// Records that window `window` has `count` facts.
    func publish(_ count: Int, window: Int) {
        condition.lock()
        counts[window] = count
        while let next = counts.removeValue(forKey: before.count - 1) { before.append(before[before.count - 1] + next) }
        condition.broadcast()
        condition.unlock()
    }

    /// The facts of the windows before `window`, waiting until they are known.
    func factsBefore(window: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        while before.count <= window { condition.wait() }
        return before[window]
    }
}
