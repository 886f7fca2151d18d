import Foundation
import HanQuant

/// The documents of a batch as one stream of work for the threads: a
/// document read whole is one item, a document read in windows one item
/// per window and one for its end. The threads go from one document to the
/// next without waiting for the last to finish, and a large document's
/// windows are shared among them. Called by one thread at a time.
final class DocumentStream: @unchecked Sendable {
    /// A piece of work.
    enum Item: Sendable {
        /// `inputs[index]`, to read whole.
        case whole(Int)
        /// A window of a document read in windows.
        case window(WindowedDocument, WindowedDocument.Window)
        /// The end of `inputs[index]`, read in windows: every window was handed out.
        case windowsEnd(Int, WindowedDocument)
    }

    private let inputs: [DocumentInput]
    /// Whether `inputs[index]` is to be read in windows, and in windows of how many bytes.
    private let windowBytes: (Int) -> Int?
    private let inputFormat: InputFormat?
    private let makeExtractor: @Sendable () -> Extractor
    /// The extractor that segments every document's windows, made when first needed.
    private var segmenter: Extractor?
    private var nextInput = 0
    /// The document read in windows now, and its open file.
    private var current: (index: Int, document: WindowedDocument, descriptor: Int32)?

    init(inputs: [DocumentInput], windowBytes: @escaping (Int) -> Int?, inputFormat: InputFormat?,
         makeExtractor: @escaping @Sendable () -> Extractor) {
        self.inputs = inputs
        self.windowBytes = windowBytes
        self.inputFormat = inputFormat
        self.makeExtractor = makeExtractor
    }

    deinit {
        if let current { close(current.descriptor) }
    }

    /// The next piece of work; nil when every document was handed out.
    func next() -> Item? {
        if let (index, document, descriptor) = current {
            if let window = document.nextWindow() { return .window(document, window) }
            close(descriptor)
            current = nil
            return .windowsEnd(index, document)
        }
        guard nextInput < inputs.count else { return nil }
        let index = nextInput
        nextInput += 1
        if let bytes = windowBytes(index), let (document, descriptor) = openInWindows(inputs[index], windowBytes: bytes) {
            current = (index, document, descriptor)
            return next()
        }
        return .whole(index)
    }

    /// `input` opened and its opening read, to be read in windows; nil,
    /// having handed on nothing, when it is to be read whole (not plain
    /// text in UTF-8, UTF-16 behind a byte order mark, GB18030, Big5 or
    /// another charset windows can be cut in, or a file that cannot be
    /// opened or read, whose error reading it whole reports).
    private func openInWindows(_ input: DocumentInput, windowBytes: Int) -> (WindowedDocument, Int32)? {
        let descriptor = input.filePath.withCString { open($0, O_RDONLY) }
        guard descriptor >= 0 else { return nil }
        let segmenter = self.segmenter ?? makeExtractor()
        self.segmenter = segmenter
        let document = WindowedDocument(name: input.documentName, windowBytes: windowBytes, inputFormat: inputFormat,
                                        segmentingWith: segmenter) { buffer in
            do {
                return try DescriptorReader.read(descriptor, into: buffer)
            } catch let failure as DescriptorReader.Failure {
                throw ReadError.unreadable(failure.reason)
            }
        }
        guard (try? document.readOpening()) == true else {
            close(descriptor)
            return nil
        }
        return (document, descriptor)
    }
}
