import ArgumentParser

/// `--window SIZE`: how much of a large plain-text document `extract`
/// reads at a time, in bytes, with an optional K or M (1024-based): `1M`,
/// `256K`, `65536`; `0` reads every document whole.
struct WindowSize: ExpressibleByArgument, Equatable {
    /// The size in bytes; 0 for no windows.
    let bytes: Int

    /// The default: 1 MB.
    static let standard = WindowSize(bytes: 1 << 20)

    init(bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        var digits = Substring(argument)
        var factor = 1
        switch digits.last {
        case "K", "k": factor = 1 << 10
        case "M", "m": factor = 1 << 20
        default: break
        }
        if factor > 1 { digits = digits.dropLast() }
        guard let count = Int(digits), count >= 0, count <= (1 << 30) / factor else { return nil }
        bytes = count * factor
    }

    var defaultValueDescription: String { bytes == 1 << 20 ? "1M" : String(bytes) }

    /// Whether a document of `size` bytes is read in windows: when it is
    /// larger than one window. A document read whole holds its text, facts
    /// and output at once, about 10 MB for each MB of text; on two threads a
    /// batch holds two such documents and the output of the next, so with
    /// documents of up to one window of 1 MB read whole, a batch of any
    /// documents stays well under 100 MB (documents of up to 8 windows read
    /// whole took 110 to 210 MB).
    func applies(toDocumentOf size: Int) -> Bool {
        bytes > 0 && size > bytes
    }
}
