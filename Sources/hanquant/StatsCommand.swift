import ArgumentParser
import Foundation
import HanQuant

/// `hanquant stats PATH...`: counts and totals for a person at a terminal.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show, per document, the facts by dimension and, per indicator, the totals by base unit."
    )

    @OptionGroup var options: ExtractionOptions

    @Flag(help: "No progress and no summary on standard error.")
    var quiet = false

    func run() throws {
        var statistics = FactStatistics()
        let failures = try BatchRun(inputs: options.inputs(), options: options, quiet: quiet)
            .run({ $0 }, deliver: { statistics.add($0) })
        print(statistics.table(), terminator: "")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
