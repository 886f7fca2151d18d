import Foundation
import HanQuant

/// Where a JSON Lines record is: its input, its line, and its id once read.
struct RecordPlace: Sendable {
    /// The input's name in messages (`<stdin>`, a path).
    let input: String
    /// The record's line, from 1.
    let line: Int
    /// The record's `doc`, when it was read.
    var doc: String?

    /// `records.jsonl line 17 (doc "a-17")`, the id's control characters escaped.
    var displayName: String {
        "\(input) line \(line)" + (doc.map { " (doc \"\(DocumentInput.printable($0))\")" } ?? "")
    }
}

/// The records of every input, one after another, read as they are
/// needed: the lines of each file or of standard input, blank lines passed
/// over. A line that is not a record, and an input that cannot be opened or
/// read, is one failure and the stream goes on.
final class RecordStream: @unchecked Sendable {
    /// One record read, or why a line or input gave none.
    enum Item: Sendable {
        case record(DocumentRecord, RecordPlace)
        case failed(DocumentFailure)
    }

    private let inputs: [DocumentInput]
    private let fields: DocumentRecord.Fields
    private let maximumBytes: Int
    private var nextInput = 0
    private var current: (input: DocumentInput, descriptor: Int32, lines: LineReader)?
    /// How many records and failures were given out.
    private(set) var count = 0

    init(inputs: [DocumentInput], fields: DocumentRecord.Fields, maximumBytes: Int) {
        self.inputs = inputs
        self.fields = fields
        self.maximumBytes = maximumBytes
    }

    deinit { closeCurrent() }

    /// The next record or failure, or nil after the last input's end. Not
    /// thread-safe: the caller calls it from one thread at a time.
    func next() -> Item? {
        while true {
            guard var reading = current else {
                guard nextInput < inputs.count else { return nil }
                let input = inputs[nextInput]
                nextInput += 1
                if let failure = open(input) {
                    count += 1
                    return .failed(failure)
                }
                continue
            }
            let line: LineReader.Line?
            do {
                line = try reading.lines.next()
            } catch {
                closeCurrent()
                count += 1
                return .failed(DocumentFailure(input: reading.input, error: POSIXError(POSIXErrorCode(rawValue: error.code) ?? .EIO)))
            }
            current = reading
            guard let line else {
                closeCurrent()
                continue
            }
            if let bytes = line.bytes, bytes.allSatisfy({ [0x20, 0x09, 0x0D].contains($0) }) { continue }
            count += 1
            return item(line, of: reading.input)
        }
    }

    /// The record on `line`, or its failure.
    private func item(_ line: LineReader.Line, of input: DocumentInput) -> Item {
        var place = RecordPlace(input: input.displayName, line: line.number)
        guard let bytes = line.bytes else {
            return .failed(DocumentFailure(record: place, reason: DocumentRecord.Problem.tooLong(limit: maximumBytes).description))
        }
        do {
            let record = try DocumentRecord.parse(bytes, fields: fields)
            place.doc = record.doc
            return .record(record, place)
        } catch {
            place.doc = DocumentRecord.id(in: bytes, fields: fields)
            return .failed(DocumentFailure(record: place, reason: error.description))
        }
    }

    /// Starts reading `input`; its failure when it cannot be opened.
    private func open(_ input: DocumentInput) -> DocumentFailure? {
        if input.isStandardInput {
            current = (input, STDIN_FILENO, LineReader(descriptor: STDIN_FILENO, limit: maximumBytes))
            return nil
        }
        if let status = input.filePath.status(), status.st_mode & S_IFMT == S_IFDIR {
            return DocumentFailure(input: input, error: POSIXError(.EISDIR))
        }
        let descriptor = input.filePath.withCString { Foundation.open($0, O_RDONLY) }
        guard descriptor >= 0 else { return DocumentFailure(input: input, error: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)) }
        current = (input, descriptor, LineReader(descriptor: descriptor, limit: maximumBytes))
        return nil
    }

    private func closeCurrent() {
        if let current, current.descriptor != STDIN_FILENO { close(current.descriptor) }
        current = nil
    }
}
