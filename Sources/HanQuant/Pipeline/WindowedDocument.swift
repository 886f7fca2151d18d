/// One large plain-text document read as a stream of windows
/// (`TextWindowReader`), for a caller that schedules the windows itself:
/// ``WindowedExtraction`` runs one document's windows on its threads, and a
/// batch can hand them out among its other documents.
///
/// ``readOpening()`` and then ``nextWindow()`` are called by one thread at
/// a time, in order: each window is segmented carrying what the windows
/// before left open (the opening, the headings above, the sub-heading in
/// force). ``extract(_:with:)`` runs on any thread, with an extractor of
/// its own, for windows handed out in order.
///
/// ```swift
/// let document = WindowedDocument(name: "bulletin", windowBytes: 1 << 20, segmentingWith: Extractor(),
///                                 source: { read(descriptor, $0.baseAddress, $0.count) })
/// let extractor = Extractor()
/// if try document.readOpening() {
///     var facts = 0
///     while let window = document.nextWindow() {
///         let (extraction, before) = document.extract(window, with: extractor)
///         facts = before + extraction.facts.count
///     }
/// }
/// ```
public final class WindowedDocument: @unchecked Sendable {
    /// A window read and segmented, with what its facts stage takes from the windows before.
    public struct Window: Sendable {
        let document: Document
        let context: WindowFactContext
    }

    private let reader: TextWindowReader
    private let name: String
    private let inputFormat: InputFormat?
    /// The extractor that works out each window's section contexts as it is read.
    private let extractor: Extractor
    private let parser = StructureParser()
    private var opening: DocumentOpening?
    private var continuation: WindowContinuation?
    private var subheading = SubheadingState.none
    private let numbering = FactNumbering()
    /// Why reading stopped before the end, if it did.
    public private(set) var error: ReadError?

    /// A document read from `source` (which fills the buffer it is handed
    /// and returns the bytes written, 0 at the end) in windows of about
    /// `windowBytes` bytes, shorter where the text is dense in figures.
    /// `inputFormat` is the format given for every document, if any: only
    /// plain text is read in windows. `extractor`
    /// segments the windows; it may be shared with other documents read in
    /// turn on the same thread, not with a thread extracting.
    public init(name: String, windowBytes: Int, inputFormat: InputFormat? = nil, segmentingWith extractor: Extractor,
                source: @escaping (UnsafeMutableRawBufferPointer) throws -> Int) {
        reader = TextWindowReader(windowBytes: windowBytes, source: source)
        self.name = name
        self.inputFormat = inputFormat
        self.extractor = extractor
    }

    /// Reads the document's opening (its title, date, region and subject
    /// year); false, having handed on nothing, when it is not a document to
    /// read in windows (see `TextWindowReader`): read it whole then.
    public func readOpening() throws -> Bool {
        guard inputFormat == nil || inputFormat == .txt,
              let text = try reader.opening(detectsFormat: inputFormat == nil) else { return false }
        opening = DocumentOpening(parser.parse(text, name: name))
        return true
    }

    /// The next window, segmented; nil at the end, or when reading failed
    /// (``error`` says why, after the windows before it were handed on).
    public func nextWindow() -> Window? {
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
        return Window(document: document, context: context)
    }

    /// The facts of `window`, placed in the whole document, and the number
    /// of facts in the windows before it, which it waits for: the windows
    /// before must be extracting on other threads (hand windows out in order).
    public func extract(_ window: Window, with extractor: Extractor) -> (extraction: Extraction, factsBefore: Int) {
        let extraction = extractor.facts(in: window.document, context: window.context)
        numbering.publish(extraction.facts.count, window: window.document.window.index)
        return (extraction, numbering.factsBefore(window: window.document.window.index))
    }

    /// The warnings of reading (malformed bytes, unlikely characters), all
    /// of them once the windows have run out.
    var readWarnings: [String] {
        reader.warnings.map(\.description)
    }
}
