/// JSON string literals read back, written here apart from HanQuant's own
/// writer so that the oracles check its escaping instead of repeating it.
enum JSONText {
    /// The string a JSON string literal (`"a\"b\u4e00"`) stands for; nil
    /// for anything else, `null` included.
    static func string(_ literal: String) -> String? {
        var units = Array(literal.utf16)[...]
        guard units.count >= 2, units.first == quote, units.last == quote else { return nil }
        units = units.dropFirst().dropLast()
        var decoded: [UInt16] = []
        while let unit = units.popFirst() {
            guard unit == backslash else {
                guard unit != quote, unit >= 0x20 else { return nil }
                decoded.append(unit)
                continue
            }
            guard let escaped = units.popFirst() else { return nil }
            switch escaped {
            case UInt16(UInt8(ascii: "u")):
                guard units.count >= 4, let code = UInt16(String(decoding: units.prefix(4), as: UTF16.self), radix: 16) else { return nil }
                decoded.append(code)
                units = units.dropFirst(4)
            case UInt16(UInt8(ascii: "n")): decoded.append(0x0A)
            case UInt16(UInt8(ascii: "r")): decoded.append(0x0D)
            case UInt16(UInt8(ascii: "t")): decoded.append(0x09)
            case UInt16(UInt8(ascii: "b")): decoded.append(0x08)
            case UInt16(UInt8(ascii: "f")): decoded.append(0x0C)
            case quote, backslash, UInt16(UInt8(ascii: "/")): decoded.append(escaped)
            default: return nil
            }
        }
        return String(utf16CodeUnits: decoded, count: decoded.count)
    }

    private static let quote = UInt16(UInt8(ascii: "\""))
    private static let backslash = UInt16(UInt8(ascii: "\\"))
}
