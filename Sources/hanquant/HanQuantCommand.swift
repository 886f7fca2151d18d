import ArgumentParser
import HanQuant

/// The `hanquant` command: extract exact quantities from Chinese documents.
@main
struct HanQuantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hanquant",
        abstract: "Turn every quantity in Chinese reports into exact, normalized facts.",
        version: "hanquant \(HanQuantVersion.string) (ICU \(ICUVersion.string))",
        subcommands: [ExtractCommand.self, SegmentsCommand.self]
    )
}
