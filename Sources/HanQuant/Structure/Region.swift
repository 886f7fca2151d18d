/// Where a document comes from, which decides the currency of a bare 元.
public enum Region: String, Sendable, CaseIterable {
    /// The mainland of China.
    case mainland = "CN"
    /// The Hong Kong Special Administrative Region.
    case hongKong = "HK"
    /// The Macau Special Administrative Region.
    case macau = "MO"
    /// Taiwan.
    case taiwan = "TW"

    /// The ISO 4217 code a bare 元 stands for in the region's documents.
    public var currency: String {
        switch self {
        case .mainland: return "CNY"
        case .hongKong: return "HKD"
        case .macau: return "MOP"
        case .taiwan: return "TWD"
        }
    }
}
