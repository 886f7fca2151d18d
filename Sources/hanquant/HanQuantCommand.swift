import ArgumentParser
import Foundation
import HanQuant

/// The `hanquant` command: extract exact quantities from Chinese documents.
@main
struct HanQuantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hanquant",
        abstract: "Turn every quantity in Chinese reports into exact, normalized facts.",
        version: "hanquant \(HanQuantVersion.string) (ICU \(ICUVersion.string))",
        subcommands: [ExtractCommand.self, DiffCommand.self, ReviewCommand.self, StatsCommand.self, SegmentsCommand.self, TextCommand.self]
    )

    /// Runs the command; usage errors exit with status 2 rather than
    /// ArgumentParser's 64, as the documented contract says.
    static func main() {
        StandardInput.reserveClosedStreams()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure || code.rawValue == 64 {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
