/// Which characters a Chinese document is made of: Han characters, CJK and
/// full-width punctuation, ASCII, and the signs reports use (°, ±, ×, ①,
/// box drawing, △). Text decoded in the wrong encoding is mostly other
/// characters: Latin-1 letters, Hangul, private-use and unassigned code points.
enum LikelyCharacters {
    /// The percentage of characters, white space not counted, that are
    /// likely in a Chinese document; 100 for text of white space alone. A
    /// text longer than ``sampled`` units is judged by that many units
    /// spread evenly over it: a wrong encoding misreads a whole file alike.
    static func percent(of units: [UInt16]) -> Int {
        units.withUnsafeBufferPointer { units in
            let step = max(1, units.count / sampled)
            var counted = 0, likely = 0
            var index = 0
            while index < units.count {
                let unit = units[index]
                var next = index + step
                // The usual characters first, with no decoding: ASCII and the common Han block.
                if unit < 0x80 {
                    if unit > 0x20 && unit < 0x7F {
                        counted += 1
                        likely += 1
                    } else if unit != 0x20 && unit != 0x09 && unit != 0x0A && unit != 0x0D {
                        counted += 1
                    }
                } else if unit >= 0x4E00 && unit <= 0x9FFF {
                    counted += 1
                    likely += 1
                } else if unit != 0x3000 {
                    var scalar = UInt32(unit)
                    if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                        next = max(next, index + 2)
                    } else if unit & 0xFC00 == 0xDC00, step > 1 {
                        // A sample that fell on the second half of a pair: sample the unit after it instead.
                        next = index + 1
                        index += 1
                        continue
                    }
                    counted += 1
                    if isLikely(scalar) { likely += 1 }
                }
                index = next
            }
            return counted == 0 ? 100 : likely * 100 / counted
        }
    }

    /// The most units looked at to judge a text.
    static let sampled = 1 << 16

    private static func isLikely(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x21...0x7E: return true                  // ASCII
        case 0xB0, 0xB1, 0xB7, 0xD7, 0xF7, 0xA7: return true // ° ± · × ÷ §
        case 0x2000...0x206F: return true              // general punctuation: — ‘ ’ “ ” …
        case 0x2100...0x218F: return true              // ℃ №, number forms Ⅰ Ⅱ
        case 0x2190...0x21FF, 0x2460...0x24FF: return true // arrows, ① ⑴
        case 0x2500...0x25FF: return true              // box drawing, △ ▲ ■
        case 0x2E80...0x2FDF, 0x3000...0x303F: return true // radicals, CJK punctuation
        case 0x3040...0x30FF, 0x3100...0x312F: return true // kana (in names), bopomofo
        case 0x3200...0x33FF: return true              // enclosed CJK, ㎡ ㎞
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return true // Han
        case 0xFE30...0xFE4F, 0xFF00...0xFFEF: return true // CJK compatibility forms, full-width forms
        case 0x20000...0x3134F: return true            // Han, extensions B to G
        default: return false
        }
    }

    /// Below this percentage, decoded text is reported as probably misread.
    static let warningPercent = 50
    /// A file with NUL bytes is read as UTF-16 or UTF-32 without a byte order
    /// mark only when at least this percentage of it decodes to likely characters.
    static let wideEncodingPercent = 90
}
