/// What kind of thing a quantity measures.
public enum Dimension: String, Sendable, CaseIterable {
    /// Money, in an ISO 4217 currency code (CNY, USD, TWD …).
    case money
    /// Area, in m2.
    case area
    /// Length, in m.
    case length
    /// Mass, in kg.
    case mass
    /// Volume, in m3.
    case volume
    /// Energy, in kWh; in tce for 吨标准煤 (tonnes of coal equivalent).
    case energy
    /// Power, in W; apparent power (千伏安), in VA.
    case power
    /// A temperature, in degC (℃, 摄氏度, and 度 where the text is about temperature).
    case temperature
    /// A stock or other index, in point (上涨35点 after 指数).
    case index
    /// Transport work: freight in tkm (吨公里), passengers in pkm (人公里).
    case transport
    /// A length of time, in day, month, year, h or min.
    case duration
    /// A percentage, in % (‰, 分之 and 成 are converted to %).
    case percent
    /// A difference of percentages, in pp (个百分点).
    case percentagePoint = "percentage_point"
    /// A multiple, in times (倍).
    case multiple
    /// A count of things named by a measure word, in count.
    case count
    /// A ratio a:b, as the quotient a/b.
    case ratio
    /// A number with a scale word but no unit (共投入160多万), in 1.
    case number
    /// A compound rate such as 元/人 (CNY/person) or 万元/亩 (CNY/m2).
    case rate
}
