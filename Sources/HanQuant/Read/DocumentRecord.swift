/// One document given as a JSON Lines record, as a table or a Parquet file
/// exported line by line gives it: `{"doc": "…", "text": "…"}`. Other
/// fields are ignored.
public struct DocumentRecord: Sendable, Equatable {
    /// The document's id, which its facts carry as `doc`.
    public let doc: String
    /// The document's text.
    public let text: String

    /// Creates a record.
    public init(doc: String, text: String) {
        self.doc = doc
        self.text = text
    }

    /// The names of the two fields a record is read by.
    public struct Fields: Sendable, Equatable {
        /// The field holding the document id: a string, or an integer written as its digits.
        public let doc: String
        /// The field holding the text: a string.
        public let text: String

        /// `doc` and `text` unless named otherwise.
        public init(doc: String = "doc", text: String = "text") {
            self.doc = doc
            self.text = text
        }
    }

    /// Why a line is not a record.
    public enum Problem: Error, Equatable, CustomStringConvertible, Sendable {
        /// The line is not one JSON object (a syntax error, an array, a bare value).
        case notAnObject
        /// The object has no field of this name.
        case missingField(String)
        /// The id field is not a string or an integer, or is empty.
        case badDoc(String)
        /// The text field is not a string.
        case textNotAString(String)
        /// The line is longer than the limit, in bytes.
        case tooLong(limit: Int)
        /// The line's bytes are not UTF-8.
        case notUTF8

        /// One line in words.
        public var description: String {
            switch self {
            case .notAnObject: return "not a JSON object"
            case .missingField(let name): return "no \"\(name)\" field"
            case .badDoc(let name): return "\"\(name)\" is not a non-empty string or an integer"
            case .textNotAString(let name): return "\"\(name)\" is not a string"
            case .tooLong(let limit): return "longer than --max-size (\(limit / 1_048_576) MB)"
            case .notUTF8: return "not UTF-8"
            }
        }
    }

    /// Reads one line (without its line end) as a record named by `fields`.
    /// Strings are decoded exactly (Foundation's parser drops a U+FEFF
    /// opening a string, which would move every offset of the text).
    public static func parse(_ line: [UInt8], fields: Fields = Fields()) throws(Problem) -> DocumentRecord {
        var json = JSONBytes(bytes: line)
        guard let values = json.fields([fields.doc, fields.text]) else {
            throw String(validating: line, as: UTF8.self) == nil ? .notUTF8 : .notAnObject
        }
        guard let id = values[fields.doc] else { throw .missingField(fields.doc) }
        guard let doc = Self.id(id) else { throw .badDoc(fields.doc) }
        guard let text = values[fields.text] else { throw .missingField(fields.text) }
        guard case .string(let text) = text else { throw .textNotAString(fields.text) }
        return DocumentRecord(doc: doc, text: text)
    }

    /// The id of a line ``parse(_:fields:)`` refused, when it has a good one,
    /// so that the error can name the record.
    public static func id(in line: [UInt8], fields: Fields = Fields()) -> String? {
        var json = JSONBytes(bytes: line)
        return json.fields([fields.doc, fields.text])?[fields.doc].flatMap(Self.id)
    }

    /// A non-empty string, or an integer's digits (`1.0` and `true` are not ids).
    private static func id(_ value: JSONBytes.Value) -> String? {
        switch value {
        case .string(let doc) where !doc.isEmpty, .integer(let doc): return doc
        default: return nil
        }
    }
}
