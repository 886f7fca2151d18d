import HanQuant

/// How `extract` reads large plain-text documents in windows and writes
/// them: the window size, the output format, and where the bytes go.
struct WindowedOutput {
    /// The window size (`--window`).
    let size: WindowSize
    /// The output format.
    let format: OutputFormat
    /// Begins a document: what separates it from the one before.
    let begin: () -> Void
    /// Writes a rendered part of the document.
    let write: (RenderedDocument) -> Void
}
