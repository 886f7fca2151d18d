/// One document's facts encoded in an output format, as UTF-8 held in the
/// buffer it was written into: no copy is made to hand it on.
public struct RenderedDocument: Sendable {
    private let buffer: OutputBuffer

    init(_ buffer: OutputBuffer) {
        self.buffer = buffer
    }

    /// The number of bytes.
    public var count: Int { buffer.count }

    /// The bytes, without a copy, for the duration of `body`.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try buffer.withUnsafeBytes(body)
    }

    /// A copy of the bytes.
    public var bytes: [UInt8] { buffer.bytes }
}
