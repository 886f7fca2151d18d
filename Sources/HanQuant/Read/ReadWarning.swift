/// Something odd met while reading a document that did not stop it.
public enum ReadWarning: Sendable, Equatable, CustomStringConvertible {
    /// Byte sequences that were malformed in the encoding became U+FFFD.
    case invalidBytes(count: Int, firstOffset: Int)
    /// NUL bytes in text read as UTF-8; they are kept as U+0000.
    case nulBytes(count: Int, firstOffset: Int)
    /// Most characters (this percentage, white space not counted) are
    /// unusual in a Chinese document: the encoding is probably wrong.
    case unlikelyCharacters(percent: Int, encoding: String)

    /// One line for a person, without the file name.
    public var description: String {
        switch self {
        case .invalidBytes(let count, let offset):
            let sequences = count == 1 ? "sequence" : "sequences"
            return "\(count) invalid byte \(sequences) replaced with U+FFFD (first at byte \(offset))"
        case .nulBytes(let count, let offset):
            return "\(count) NUL \(count == 1 ? "byte" : "bytes") in UTF-8 text, kept as U+0000 (first at byte \(offset))"
        case .unlikelyCharacters(let percent, let encoding):
            return "\(percent)% of the characters are unusual in Chinese text as read in \(encoding): "
                + "the encoding is probably wrong; name the right one with --encoding"
        }
    }
}
