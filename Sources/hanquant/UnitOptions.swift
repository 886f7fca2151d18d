import ArgumentParser
import Foundation
import HanQuant

/// Builds the unit lexicon from `--units` and `--currency`.
enum UnitOptions {
    /// The bundled units, plus a user's file, with a bare 元 meaning `currency`.
    static func lexicon(file: String?, currency: String) throws -> UnitLexicon {
        guard currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw ValidationError("--currency takes an ISO 4217 code such as CNY or TWD, not '\(currency)'")
        }
        var lexicon = UnitLexicon.bundled.withDefaultCurrency(currency)
        if let file {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw ValidationError("--units: cannot read \(file) as UTF-8 text")
            }
            do {
                try lexicon.addUnits(LexiconFile(text: text), source: file)
            } catch {
                throw ValidationError("--units: \(error)")
            }
        }
        return lexicon
    }
}
