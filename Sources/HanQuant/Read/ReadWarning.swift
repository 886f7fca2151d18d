/// Something odd met while reading a document that did not stop it.
public enum ReadWarning: Sendable, Equatable, CustomStringConvertible {
    /// Byte sequences that were malformed in the encoding became U+FFFD.
    case invalidBytes(count: Int, firstOffset: Int)

    /// One line for a person, without the file name.
    public var description: String {
        switch self {
        case .invalidBytes(let count, let offset):
            let sequences = count == 1 ? "sequence" : "sequences"
            return "\(count) invalid byte \(sequences) replaced with U+FFFD (first at byte \(offset))"
        }
    }
}
