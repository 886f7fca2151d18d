import CICU

/// ICU's rule-based spellout formatter for Chinese, through the C shim: the
/// oracle the numeral parser is checked against (2016 → 二千〇一十六).
final class SpelloutOracle {
    private let handle: OpaquePointer

    init() {
        var status: Int32 = 0
        handle = hq_spellout_open("zh", &status)!
    }

    deinit { hq_spellout_close(handle) }

    /// `value` in Chinese words.
    func spell(_ value: Int64) -> [UInt16] {
        format { buffer, capacity, status in hq_spellout_format_int64(handle, value, buffer, capacity, &status) }
    }

    /// A decimal given as ASCII text ("123.456") in Chinese words.
    func spell(decimal: String) -> [UInt16] {
        format { buffer, capacity, status in hq_spellout_format_decimal(handle, decimal, buffer, capacity, &status) }
    }

    private func format(_ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32) -> [UInt16] {
        var buffer = [UInt16](repeating: 0, count: 256)
        var status: Int32 = 0
        let length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32($0.count), &status) }
        precondition(status == HQ_OK, "ICU spellout failed with status \(status)")
        return Array(buffer[..<Int(length)])
    }
}
