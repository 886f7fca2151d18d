/// One quantity found in a sentence, with its exact value in a base unit.
public struct Quantity: Sendable, Equatable {
    /// Its UTF-16 range in the normalized text, approximation words included.
    public let range: Range<Int>
    /// The number as written (normalized): "10.69", "三千二百", "三分之一".
    /// For a range, the lower end's number.
    public let number: String
    /// The scale word after an Arabic number, as written: "亿", "万", "千万".
    public let scale: String?
    /// The unit or measure word as written: "元", "平方米", "户", "%", "元/人".
    public let unit: String?
    /// The exact value in ``baseUnit``.
    public let value: ExactNumber
    /// The upper end of a range (3-5万元), in ``baseUnit``.
    public let valueMax: ExactNumber?
    /// The base unit: an ISO 4217 code, m2, m, kg, m3, kWh, W, day, month,
    /// year, h, %, pp, times, count, ratio, or a compound such as CNY/person.
    public let baseUnit: String
    /// What is measured.
    public let dimension: Dimension
    /// An approximation or bound as written: 余, 多, 约, 以上, 左右 …
    public let approx: String?
}

/// Something about a number that kept it from becoming a quantity. Each
/// is counted: a number HanQuant cannot read whole is skipped, never read
/// in part.
public struct QuantityWarning: Sendable, Equatable, CustomStringConvertible {
    /// Why the number was skipped.
    public enum Reason: Sendable, Equatable {
        /// More significant digits than ``ExactNumber`` holds, or a value in
        /// base units past 128 bits.
        case tooLong
        /// The reading would have covered only part of a run of numeral
        /// characters (三四五十万, 3 070.9亿): nothing is emitted for the run.
        case notReadWhole
        /// The characters allow more than one value (3万50, 五万一户).
        case ambiguous
        /// Figures of a table that could not be read with a unit: the
        /// table's columns do not line up, or nothing names the unit.
        case tableNotRead(String)
    }

    /// The number's UTF-16 range in the normalized text.
    public let range: Range<Int>
    /// Why it was skipped.
    public let reason: Reason
    /// The characters skipped, as they stand in the normalized text.
    public let text: String

    /// A warning for the number at `range`.
    public init(range: Range<Int>, reason: Reason = .tooLong, text: String = "") {
        self.range = range
        self.reason = reason
        self.text = text
    }

    /// One line for a person.
    public var description: String {
        let quoted = text.isEmpty ? "a number" : "the number \u{201C}\(text)\u{201D}"
        switch reason {
        case .tooLong:
            return "\(quoted) cannot be held exactly (more than \(ExactNumber.maximumSignificantDigits) significant digits, "
                + "or a value in base units past 128 bits) and was skipped"
        case .notReadWhole:
            return "\(quoted) cannot be read whole and was skipped"
        case .ambiguous:
            return "\(quoted) can be read more than one way and was skipped"
        case .tableNotRead(let why):
            return "the table at \(text) was not read whole: \(why)"
        }
    }
}
