/// Tables the Structure and Facts tests both read, written once.
enum TableSamples {
    /// A bulletin's bar table: caption with its year, 单位 line, header,
    /// a 其中 sub-row and a negative growth figure (no line end after it).
    static let grain = """
        表1 2023年主要农产品产量
        单位：万吨
        | 产品 | 产量 | 比上年增长(%) |
        | 粮食 | 35.2 | 1.8 |
        | 其中：稻谷 | 20.1 | 2.3 |
        | 油料 | 1.05 | -4.2 |
        """
}
