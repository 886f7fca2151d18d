/// A byte order mark at the start of a file and the encoding it names.
struct ByteOrderMark: Equatable {
    /// The encoding, as ICU names its converter.
    let encoding: String
    /// How many bytes the mark takes.
    let length: Int

    /// Marks in the order they must be tested: UTF-32LE's mark begins with UTF-16LE's.
    private static let known: [(bytes: [UInt8], encoding: String)] = [
        ([0xEF, 0xBB, 0xBF], "UTF-8"),
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32LE"),
        ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE"),
        ([0xFF, 0xFE], "UTF-16LE"),
        ([0xFE, 0xFF], "UTF-16BE"),
    ]

    /// The mark that `bytes` begin with, if any.
    static func find(in bytes: UnsafeRawBufferPointer) -> ByteOrderMark? {
        for mark in known where bytes.starts(with: mark.bytes) {
            return ByteOrderMark(encoding: mark.encoding, length: mark.bytes.count)
        }
        return nil
    }
}
