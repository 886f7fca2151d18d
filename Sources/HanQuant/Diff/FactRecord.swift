import Foundation

/// A fact as an output line holds it: every field's value as JSON text
/// (`"1069000000"`, `20`, `null`, `true`), for comparing output with
/// golden files field by field.
public struct FactRecord: Sendable, Equatable {
    /// Field name to JSON text of its value.
    public let fields: [String: String]

    /// The JSON text of a field, or nil when the record lacks it.
    public subscript(field: String) -> String? { fields[field] }

    /// Where the fact stands: its start and end offsets.
    var position: String { "\(fields["start"] ?? "?")-\(fields["end"] ?? "?")" }

    /// Reads the records of JSON Lines text; a line that is not a JSON object is an error.
    public static func records(jsonLines text: String) throws -> [FactRecord] {
        // Lines are split on their bytes: a line feed is one byte in UTF-8,
        // and splitting characters would run grapheme breaking over every line.
        try text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).enumerated().map { number, line in
            guard let fields = FlatJSONObject(line)?.fields ?? foundationFields(line) else { throw FixtureError(line: number + 1) }
            return FactRecord(fields: fields)
        }
    }

    /// A line's fields as Foundation's parser reads them: for lines the
    /// flat reader does not take, and to check that reader against.
    static func foundationFields(_ line: some Collection<UInt8>) -> [String: String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { return nil }
        return object.mapValues(jsonText)
    }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        let buffer = OutputBuffer()
        buffer.appendJSON(text)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    private static func jsonText(_ value: Any) -> String {
        switch value {
        case is NSNull:
            return "null"
        case let string as String:
            return jsonString(string)
        case let number as NSNumber:
            if type(of: value) == type(of: NSNumber(value: true) as Any) { return number.boolValue ? "true" : "false" }
            return number.stringValue
        default:
            return "\(value)"
        }
    }
}

/// A golden file line that is not a fact.
public struct FixtureError: Error, CustomStringConvertible {
    /// The 1-based line.
    public let line: Int
    /// One line for a person.
    public var description: String { "line \(line) is not a JSON object" }
}
