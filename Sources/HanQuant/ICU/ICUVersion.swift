import CICU

/// The version of the system ICU that HanQuant is linked against.
public enum ICUVersion {
    /// ICU's version string, for example "72.1".
    public static var string: String {
        var buffer = [CChar](repeating: 0, count: 32)
        hq_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
