import ArgumentParser
import Foundation
import HanQuant

/// `hanquant text PATH`: prints the text HanQuant read from a document,
/// the text every fact's offsets index (`text[start:end]` in Python).
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the text HanQuant read from a document (a web page, Word document or PDF laid out as text): the text facts' offsets index."
    )

    @Argument(help: "The document to print, or - for standard input.")
    var path: String

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let document = try reading.read(path).document
        FileHandle.standardOutput.write(Data(document.text.originalString.utf8))
    }
}
