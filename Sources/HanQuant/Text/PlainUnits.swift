/// The units a line of Chinese text is usually made of,
/// each unit a character of its own that is canonically equivalent to
/// no other sequence of these: Latin letters and signs before the
/// combining marks, dashes, quotes and other marks of general
/// punctuation (no spaces, joiners or direction marks among them), the
/// ratio sign ∶, geometric shapes (○ for zero), CJK symbols and kana
/// without their combining marks, ideographs of the Basic Multilingual
/// Plane, and full-width forms and signs. Tokens of these units split
/// at white space and compare as their strings would.
enum PlainUnits {
    /// Whether `unit` is plain.
    static func contains(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x0000...0x02FF, 0x2010...0x2027, 0x2030...0x205E, 0x2236, 0x25A0...0x25FF, 0x3000...0x3029,
             0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }

    /// Whether a plain unit is white space, as its character is.
    static func isWhitespace(_ unit: UInt16) -> Bool {
        (0x09...0x0D).contains(unit) || unit == 0x20 || unit == 0x85 || unit == 0xA0 || unit == 0x3000
    }
}
