// Times each stage of the pipeline on one document, in one thread, and
// prints a Markdown table: the best of several runs per stage, and MB/s of
// input. Usage: hanquant-stages FILE [RUNS]
import Foundation
import HanQuant

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: hanquant-stages FILE [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 3) : 3
let bytes = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
let megabytes = Double(bytes.count) / 1_048_576

/// The best time of `runs` runs of `work`, in seconds, and its last result.
func best<Result>(_ work: () throws -> Result) rethrows -> (seconds: Double, result: Result) {
    var fastest = Double.infinity
    var result: Result?
    for _ in 0..<runs {
        let start = ContinuousClock.now
        result = try work()
        let elapsed = ContinuousClock.now - start
        fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return (fastest, result!)
}

let decode = try best { try TextDecoder().decode(bytes) }
let structure = best { StructureParser().parse(decode.result, name: "document") }
let document = structure.result
let scanner = QuantityScanner()
let scan = best {
    document.sentences.reduce(0) { $0 + scanner.scan(document.text.normalized, in: $1.range).quantities.count }
}
let extractor = Extractor()
let extract = best { extractor.facts(in: document) }
let render = best { FactWriter.document(extract.result, format: .jsonl) }
let csv = best { FactWriter.document(extract.result, format: .csv) }

let rows: [(String, Double)] = [
    ("decode and NFKC", decode.seconds),
    ("structure (sentences, sections)", structure.seconds),
    ("quantities", scan.seconds),
    ("facts (indicator, period, change, target)", extract.seconds - scan.seconds),
    ("JSONL output", render.seconds),
]
print("\(String(format: "%.1f", megabytes)) MB, \(extract.result.facts.count) facts, \(render.result.count) bytes of JSONL; best of \(runs) runs")
print()
print("| stage | seconds | MB/s of input |")
print("| --- | ---: | ---: |")
for (name, seconds) in rows {
    print("| \(name) | \(String(format: "%.3f", seconds)) | \(String(format: "%.0f", megabytes / seconds)) |")
}
let total = rows.reduce(0) { $0 + $1.1 }
print("| total | \(String(format: "%.3f", total)) | \(String(format: "%.1f", megabytes / total)) |")
print("| (CSV output instead) | \(String(format: "%.3f", csv.seconds)) | \(String(format: "%.0f", megabytes / csv.seconds)) |")
