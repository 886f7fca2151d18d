import Foundation
import HanQuant

/// What must hold for any input, checked on every input the fuzzer makes:
/// a failed check stops the process (a crash libFuzzer keeps as an
/// artifact), and `hanquant-fuzz replay` reruns the saved ones.
enum Oracles {
    /// Bytes through the whole pipeline, in every output format:
    /// - a fact's offsets point at its text in the text read;
    /// - output written in chunks equals output rendered whole;
    /// - every value is canonical and reads back as itself;
    /// - every CSV record has the header's number of fields;
    /// - the JSONL output, read as a fixture, differs in nothing from itself;
    /// - read in windows of 1 to 64 bytes, the JSONL output is the same.
    static func pipeline(_ bytes: [UInt8], extractor: Extractor) {
        guard let extraction = try? extractor.extract(bytes, name: "fuzz") else { return }
        let original = extraction.document.text.original
        let scalars = Array(String(decoding: original, as: UTF16.self).unicodeScalars)
        var rendered: [OutputFormat: [UInt8]] = [:]
        for format in [OutputFormat.jsonl, .csv, .json] {
            let whole = FactWriter.document(extraction, format: format).bytes
            var streamed: [UInt8] = []
            FactWriter.stream(extraction, format: format, chunkSize: 97) { streamed.append(contentsOf: $0) }
            check(whole == streamed, "streamed \(format) output differs from whole output")
            rendered[format] = whole
        }
        let jsonl = String(decoding: rendered[.jsonl] ?? [], as: UTF8.self)
        guard let facts = try? FactRecord.records(jsonLines: jsonl) else { fail("the JSONL output does not read as a fixture") }
        for fact in facts {
            guard let start = fact["start"].flatMap({ Int($0) }), let end = fact["end"].flatMap({ Int($0) }),
                  let text = fact["text"].flatMap(JSONText.string), let value = fact["value"].flatMap(JSONText.string)
            else { fail("a JSONL line is not a fact: \(fact.fields)") }
            check(start >= 0 && start < end && end <= scalars.count, "offsets \(start)..<\(end) outside the text")
            check(String(String.UnicodeScalarView(scalars[start..<end])) == text, "text[\(start):\(end)] is not «\(text)»")
            for exact in [value, fact["value_max"].flatMap(JSONText.string)].compactMap({ $0 }) {
                check(ExactNumber(exact)?.description == exact, "value \(exact) does not read back as itself")
            }
        }
        let writer = FactWriter(format: .csv)
        let csv = writer.header() + (rendered[.csv] ?? [])
        let records = CSVRecords.fieldCounts(csv)
        check(records.allSatisfy { $0 == records.first }, "CSV records of \(Set(records)) fields")
        check(FactDiff(doc: "fuzz", expected: facts, actual: facts).isIdentical, "the output differs from itself")
        if let windowed = windowedJSONL(bytes) {
            check(windowed == rendered[.jsonl], "JSONL read in windows differs from the document read whole")
        }
    }

    /// The JSONL output of `bytes` read in windows of 1 to 64 bytes (the
    /// first byte chooses), or nil when they are a document to read whole.
    private static func windowedJSONL(_ bytes: [UInt8]) -> [UInt8]? {
        var offset = 0
        var output: [UInt8] = []
        let outcome = try? WindowedExtraction.run(
            name: "fuzz", windowBytes: 1 + Int(bytes.first ?? 0) % 64, jobs: 1,
            source: { buffer in
                let count = min(buffer.count, bytes.count - offset)
                guard count > 0 else { return 0 }
                bytes.withUnsafeBytes { buffer.baseAddress?.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
                offset += count
                return count
            },
            makeExtractor: { Extractor() },
            work: { extraction, factsBefore in FactWriter.window(extraction, format: .jsonl, factsBefore: factsBefore) },
            deliver: { output += $0.bytes })
        guard let outcome, outcome.error == nil else { return nil }
        return output
    }

    /// Text through the quantity scanner: every quantity lies inside the
    /// text, and its value and upper end read back as themselves.
    static func numerals(_ bytes: [UInt8], scanner: QuantityScanner) {
        let units = Array(String(decoding: bytes, as: UTF8.self).utf16)
        let result = scanner.scan(units, in: 0..<units.count)
        for quantity in result.quantities {
            check(quantity.range.lowerBound >= 0 && quantity.range.upperBound <= units.count && !quantity.range.isEmpty,
                  "quantity range \(quantity.range) outside the text")
            for exact in [quantity.value, quantity.valueMax].compactMap({ $0 }) {
                check(ExactNumber(exact.description) == exact, "value \(exact) does not read back")
            }
        }
        for warning in result.warnings { check(warning.range.upperBound <= units.count, "warning outside the text") }
    }

    private static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("oracle failed: \(message)\n".utf8))
        abort()
    }
}

/// The field counts of RFC 4180 records (quoted fields may hold commas,
/// quotes doubled and line breaks; records end with CRLF).
enum CSVRecords {
    static func fieldCounts(_ bytes: [UInt8]) -> [Int] {
        var counts: [Int] = [], fields = 1, quoted = false, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\""), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") { index += 1 }
                else if byte == UInt8(ascii: "\"") { quoted = false }
            } else if byte == UInt8(ascii: "\"") {
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                fields += 1
            } else if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                counts.append(fields)
                fields = 1
                index += 1
            }
            index += 1
        }
        return counts
    }
}
