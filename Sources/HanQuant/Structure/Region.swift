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

    /// The month its government's fiscal year starts in: April in Hong
    /// Kong (2023-24年度 runs from April 2023 to March 2024); January on the
    /// mainland, in Macau and in Taiwan (since 2001).
    public var fiscalYearStartMonth: Int {
        self == .hongKong ? 4 : 1
    }
}
