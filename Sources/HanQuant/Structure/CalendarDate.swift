/// A day in the Gregorian calendar, as written in a report's date line.
public struct CalendarDate: Sendable, Equatable, CustomStringConvertible {
    /// The year, e.g. 2016.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a date, or nil when the month or day is out of range.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads an ISO 8601 date such as "2016-12-09".
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Reads the date a page's `<meta>` publication date opens with, the
    /// time after it ignored: `2024-01-26 09:30`, `2024-01-26-09:30:00`,
    /// `2024/1/26`, `2024年01月26日`, `2024-01-26T09:30:00+08:00`.
    public init?(leadingDateIn text: String) {
        var parts: [Int] = []
        var digits = ""
        for character in text.drop(while: \.isWhitespace) {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard !digits.isEmpty, let value = Int(digits) else { return nil }
            parts.append(value)
            digits = ""
            if parts.count == 3 { break }
            guard "-/.年月".contains(character) else { return nil }
        }
        if parts.count == 2, !digits.isEmpty, let value = Int(digits) { parts.append(value) }
        guard parts.count == 3, parts[0] >= 1000, parts[0] <= 9999 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// Reads the first date written in `text` as `leadingDateIn` reads one
    /// (`发布时间：2024-01-22 09:30  来源：市政府办公室` gives 2024-01-22).
    public init?(firstDateIn text: String) {
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { $0.isASCII && $0.isNumber }) {
            let digits = rest[start...].prefix { $0.isASCII && $0.isNumber }
            if digits.count == 4, let date = CalendarDate(leadingDateIn: String(rest[start...])) {
                self = date
                return
            }
            rest = rest[digits.endIndex...]
        }
        return nil
    }

    /// ISO 8601, e.g. "2016-12-09".
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
