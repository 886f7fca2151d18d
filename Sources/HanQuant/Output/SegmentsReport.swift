/// The human-readable view of a document's structure that `hanquant segments`
/// prints: encoding, title, date, metadata, the section tree, and every
/// sentence with its line number and heading path.
public enum SegmentsReport {
    /// Renders `document`; with `clauses`, each sentence's clauses follow it.
    /// `currency` is the code given by `--currency`, which overrides the region's.
    public static func render(_ document: Document, source: String, clauses: Bool = false, currency: String? = nil) -> String {
        let currencyOrigin = currency != nil ? "--currency"
            : document.context.region.map { "region \($0.rawValue)" } ?? "no region shown: the default"
        var out = ""
        func line(_ text: String) { out += text + "\n" }

        line("file:      \(source)")
        line("encoding:  \(document.text.encoding)")
        for warning in document.text.warnings { line("warning:   \(warning)") }
        line("title:     \(document.title.map { "\($0) (line \(document.titleLine ?? 0))" } ?? "(none)")")
        line("date:      \(document.date.map { "\($0) (\(document.dateOrigin ?? "given"))" } ?? "(none)")")
        let context = document.context
        line("subject:   \(context.subjectYear.map { "\($0) (\(context.subjectYearOrigin ?? ""))" } ?? "(none)")")
        if let budgetYear = context.budgetYear { line("budget:    \(budgetYear) (title: 本年度 is this year)") }
        line("region:    \(context.region.map { "\($0.rawValue) (\(context.regionOrigin ?? ""))" } ?? "(none)")")
        line("currency:  \(currency ?? context.region?.currency ?? "CNY") (\(currencyOrigin))")
        for field in document.metadata { line("metadata:  \(field.key) = \(field.value) (line \(field.line))") }
        line("lines:     \(document.lines.count), paragraphs: \(document.paragraphs.count), "
             + "sentences: \(document.sentences.count)")
        let pages = document.text.pageFirstLines
        if !pages.isEmpty {
            line("pages:     \(pages.count), starting on lines \(pages.map(String.init).joined(separator: ", "))")
        }

        line("")
        line("sections (\(document.sections.count)):")
        for section in document.sections {
            let indent = String(repeating: "  ", count: section.level)
            line("\(pad(section.line))\(indent)\(section.heading)")
        }

        line("")
        line("tables (\(document.tables.count)):")
        func text(_ range: Range<Int>) -> String { document.text.originalString(ofNormalized: range) }
        for table in document.tables {
            var summary = "\(pad(table.lines.lowerBound))-\(table.lines.upperBound)  "
                + "\(table.separator.rawValue), \(table.columns) columns, \(table.rows.count) rows"
            if let unit = table.unit { summary += ", unit \(text(unit))" }
            if let caption = table.caption { summary += ", caption \(text(caption))" }
            line(summary)
            for row in table.header { line("      header: " + row.cells.map(text).joined(separator: " | ")) }
            if let problem = table.problem { line("      not read: \(problem)") }
        }

        line("")
        line("sentences:")
        var lastSection: Int?? = .none
        for sentence in document.sentences {
            if lastSection != .some(sentence.section) {
                let path = document.sectionPath(sentence.section).map(\.label).joined(separator: " > ")
                line("  [\(path.isEmpty ? "preamble" : path)]")
                lastSection = .some(sentence.section)
            }
            line("\(pad(sentence.line))  \(document.string(of: sentence))")
            if clauses {
                for clause in document.clauses(of: sentence) {
                    line("        | \(document.text.originalString(ofNormalized: clause))")
                }
            }
        }
        return out
    }

    /// A line number right-aligned in a five-character column.
    private static func pad(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: " ", count: max(0, 5 - digits.count)) + digits
    }
}
