import ArgumentParser
import HanQuant

/// What `--input-format` names: one file format for every input, or JSON
/// Lines records that each hold a document (`extract` only).
enum InputChoice: Equatable, ExpressibleByArgument {
    /// Every input read as this format.
    case document(InputFormat)
    /// Every input a stream of `{"doc", "text"}` records.
    case records

    init?(argument: String) {
        if argument == "jsonl" {
            self = .records
        } else if let format = InputFormat(rawValue: argument) {
            self = .document(format)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { InputFormat.allCases.map(\.rawValue) + ["jsonl"] }

    /// The file format every input is read as, when one was named.
    var documentFormat: InputFormat? {
        if case .document(let format) = self { return format }
        return nil
    }
}
