import ArgumentParser
import HanQuant

/// `--input-format txt|html|pdf|docx`.
extension InputFormat: ExpressibleByArgument {}
