import Foundation
import HanQuant

/// The fuzz targets' state, made once: an extractor holds ICU iterators.
nonisolated(unsafe) private var extractor: Extractor?
nonisolated(unsafe) private var scanner: QuantityScanner?

/// Runs the target `name` (`pipeline` or `numerals`) on one input.
func runTarget(_ name: String, _ bytes: [UInt8]) {
    switch name {
    case "numerals":
        if scanner == nil { scanner = QuantityScanner() }
        Oracles.numerals(bytes, scanner: scanner!)
    default:
        if extractor == nil { extractor = Extractor() }
        Oracles.pipeline(bytes, extractor: extractor!)
    }
}

#if FUZZING
/// The target HANQUANT_FUZZ_TARGET names (pipeline by default), read once.
private let fuzzedTarget = ProcessInfo.processInfo.environment["HANQUANT_FUZZ_TARGET"] ?? "pipeline"

/// libFuzzer's entry: runs the target `fuzzedTarget` names on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    runTarget(fuzzedTarget, bytes)
    return 0
}
#else
/// Without the fuzzer: `hanquant-fuzz TARGET PATH...` runs a target's
/// oracles on files and the files of folders (the seed corpus, and the
/// crashes kept in Fuzz/Regressions), so that tests replay them.
@main
struct Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let target = arguments.first, ["pipeline", "numerals"].contains(target) else {
            FileHandle.standardError.write(Data("usage: hanquant-fuzz pipeline|numerals PATH...\n".utf8))
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue
                ? ((FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? []).map { "\(path)/\($0)" }
                : [path]
            for file in files.sorted() {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                runTarget(target, Array(data))
                count += 1
            }
        }
        print("\(target): \(count) inputs, every oracle held")
    }
}
#endif
