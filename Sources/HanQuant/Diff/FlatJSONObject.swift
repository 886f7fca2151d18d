/// A JSON object of scalar values, as a fact line is, read field by field
/// into each value's JSON text: strings decoded and written again as
/// HanQuant writes them, integers and literals as they stand. It reads fact
/// lines in less than half the instructions of Foundation's parser (`diff`
/// of a 3 MB document took 53% fewer in all); anything else (a nested value,
/// a fraction or exponent, a bad escape) is nil, and the caller reads it
/// with Foundation.
struct FlatJSONObject {
    /// Field name to its value's JSON text.
    let fields: [String: String]

    /// Reads `bytes` (one line), or nil when it is not a flat object this reader takes.
    init?<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        var reader = Reader(bytes: Array(bytes))
        guard let fields = reader.object() else { return nil }
        self.fields = fields
    }

    /// The reading position in one line's bytes.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func object() -> [String: String]? {
            var fields: [String: String] = [:]
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            skipSpace()
            if take(UInt8(ascii: "}")) { return atEnd() ? fields : nil }
            repeat {
                skipSpace()
                guard let (key, _) = string() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                guard let value = scalar() else { return nil }
                fields[key] = value
                skipSpace()
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return nil }
            return atEnd() ? fields : nil
        }

        /// A string, an integer, `true`, `false` or `null`, as JSON text.
        mutating func scalar() -> String? {
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                let start = index
                guard let (text, escaped) = string() else { return nil }
                // Without escapes the literal is already what HanQuant writes.
                return escaped ? FactRecord.jsonString(text) : String(decoding: bytes[start..<index], as: UTF8.self)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return integer()
            default:
                for literal in ["true", "false", "null"] where bytes[index...].starts(with: literal.utf8) {
                    index += literal.utf8.count
                    return literal
                }
                return nil
            }
        }

        /// An integer without fraction or exponent (which Foundation would rewrite).
        mutating func integer() -> String? {
            let start = index
            _ = take(UInt8(ascii: "-"))
            let digits = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            let count = index - digits
            guard count > 0, count < 19, count == 1 || bytes[digits] != UInt8(ascii: "0"),
                  digits == start || bytes[digits] != UInt8(ascii: "0") else { return nil }
            if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) { return nil }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// A string literal, decoded, and whether it held an escape.
        mutating func string() -> (String, escaped: Bool)? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            var decoded: [UInt8] = []
            var start = index, escaped = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    decoded.append(contentsOf: bytes[start..<index])
                    index += 1
                    return String(validating: decoded, as: UTF8.self).map { ($0, escaped) }
                }
                guard byte >= 0x20 else { return nil }
                guard byte == UInt8(ascii: "\\") else { index += 1; continue }
                decoded.append(contentsOf: bytes[start..<index])
                guard let scalar = escape() else { return nil }
                decoded.append(contentsOf: Array(String(scalar).utf8))
                escaped = true
                start = index
            }
            return nil
        }

        /// The character of the escape at `index` (a backslash), moving past
        /// it; a surrogate pair is two escapes, a lone surrogate is nil.
        mutating func escape() -> Unicode.Scalar? {
            guard index + 1 < bytes.count else { return nil }
            let letter = bytes[index + 1]
            index += 2
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "b"): return "\u{8}"
            case UInt8(ascii: "f"): return "\u{C}"
            case UInt8(ascii: "u"):
                guard let high = hexUnit() else { return nil }
                guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high) }
                guard bytes[index...].starts(with: "\\u".utf8) else { return nil }
                index += 2
                guard let low = hexUnit(), (0xDC00...0xDFFF).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(low - 0xDC00))
            default: return nil
            }
        }

        /// Four hex digits at `index`, moving past them.
        mutating func hexUnit() -> UInt16? {
            guard index + 4 <= bytes.count, bytes[index..<index + 4].allSatisfy(\.isHexDigit),
                  let unit = UInt16(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else { return nil }
            index += 4
            return unit
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func atEnd() -> Bool {
            skipSpace()
            return index == bytes.count
        }
    }
}

private extension UInt8 {
    /// 0-9, a-f or A-F.
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
