/// A reader of JSON text in bytes, one line at a time, for the two flat
/// readers of the project's own forms: fact lines (``FlatJSONObject``) and
/// document records (``DocumentRecord``). Strings are decoded exactly, a
/// lone surrogate or a bad escape refused. (Foundation's parser drops a
/// U+FEFF that opens a string, which would move every offset after it.)
struct JSONBytes {
    let bytes: [UInt8]
    var index = 0

    /// An object of scalar values, each as its JSON text (see ``FlatJSONObject``), reaching the end.
    mutating func flatObject() -> [String: String]? {
        var fields: [String: String] = [:]
        let whole = object { reader, key in
            guard let value = reader.scalar() else { return false }
            fields[key] = value
            return true
        }
        return whole ? fields : nil
    }

    /// A value of a field ``fields(_:)`` was asked for.
    enum Value: Equatable {
        /// A string, decoded.
        case string(String)
        /// An integer without fraction or exponent, as its digits.
        case integer(String)
        /// Any other value: a fraction, a literal, an array, an object.
        case other
    }

    /// The values of the fields named in `wanted`, from an object that
    /// reaches the end; every other field's value is checked and passed
    /// over. Nil when the text is not one well-formed object. A name given
    /// twice keeps its last value.
    mutating func fields(_ wanted: Set<String>) -> [String: Value]? {
        var found: [String: Value] = [:]
        let whole = object { reader, key in
            guard wanted.contains(key) else { return reader.skipValue(depth: 0) }
            guard let value = reader.value() else { return false }
            found[key] = value
            return true
        }
        return whole ? found : nil
    }

    /// Walks one object that reaches the end of the text, handing each
    /// key to `field`, which reads its value; false when the text is not
    /// such an object or `field` refuses a value.
    private mutating func object(_ field: (inout JSONBytes, String) -> Bool) -> Bool {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return false }
        skipSpace()
        if take(UInt8(ascii: "}")) { return atEnd() }
        repeat {
            skipSpace()
            guard let (key, _) = string() else { return false }
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipSpace()
            guard field(&self, key) else { return false }
            skipSpace()
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}")) && atEnd()
    }

    /// One value, a string decoded and an integer's digits kept.
    private mutating func value() -> Value? {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            return string().map { .string($0.0) }
        }
        if let digits = integer(maximumDigits: .max) { return .integer(digits) }
        index = start
        return skipValue(depth: 0) ? .other : nil
    }

    /// Passes over one well-formed value; false when there is none. Arrays
    /// and objects nest at most 512 deep, so that a line of brackets cannot
    /// exhaust the stack.
    private mutating func skipValue(depth: Int) -> Bool {
        guard index < bytes.count, depth < 512 else { return false }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            return string() != nil
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let isObject = bytes[index] == UInt8(ascii: "{")
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipSpace()
            if take(close) { return true }
            repeat {
                skipSpace()
                if isObject {
                    guard string() != nil else { return false }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return false }
                    skipSpace()
                }
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
            } while take(UInt8(ascii: ","))
            return take(close)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number()
        default:
            for literal in ["true", "false", "null"] where bytes[index...].starts(with: literal.utf8) {
                index += literal.utf8.count
                return true
            }
            return false
        }
    }

    /// Passes over a number with any fraction and exponent, as JSON's grammar has it.
    private mutating func number() -> Bool {
        _ = take(UInt8(ascii: "-"))
        let first = index
        let count = digits()
        guard count == 1 || (count > 1 && bytes[first] != UInt8(ascii: "0")) else { return false }
        if take(UInt8(ascii: ".")), digits() == 0 { return false }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            if digits() == 0 { return false }
        }
        return true
    }

    /// Passes over a run of digits, giving its length.
    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
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
            return integer(maximumDigits: 18)
        default:
            for literal in ["true", "false", "null"] where bytes[index...].starts(with: literal.utf8) {
                index += literal.utf8.count
                return literal
            }
            return nil
        }
    }

    /// An integer without fraction or exponent (which Foundation would
    /// rewrite), of at most `maximumDigits` digits.
    mutating func integer(maximumDigits: Int) -> String? {
        let start = index
        _ = take(UInt8(ascii: "-"))
        let digits = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        let count = index - digits
        guard count > 0, count <= maximumDigits, count == 1 || bytes[digits] != UInt8(ascii: "0"),
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
            // Runs of plain bytes, the bulk of a document's text, are passed over in one tight loop.
            index = bytes.withUnsafeBufferPointer { bytes in
                var next = index
                while next < bytes.count, bytes[next] >= 0x20, bytes[next] != UInt8(ascii: "\""),
                      bytes[next] != UInt8(ascii: "\\") { next += 1 }
                return next
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                decoded.append(contentsOf: bytes[start..<index])
                index += 1
                return String(validating: decoded, as: UTF8.self).map { ($0, escaped) }
            }
            guard byte == UInt8(ascii: "\\") else { return nil }
            decoded.append(contentsOf: bytes[start..<index])
            guard let scalar = escape(), let encoded = UTF8.encode(scalar) else { return nil }
            decoded.append(contentsOf: encoded)
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

private extension UInt8 {
    /// 0-9, a-f or A-F.
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
