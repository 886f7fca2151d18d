import Foundation

/// Reads a plain-text document in UTF-8, in UTF-16 behind a byte order
/// mark, or in GB18030, Big5 or another charset whose line feed is always
/// the byte 0x0A, as a stream of windows of whole lines, so that a document
/// of any size is held a window at a time.
///
/// A window ends after a line break, between two lines each blank or of
/// words that can be no part of a table (``TableDetector/isQuiet(_:_:)``): every line, and
/// so every paragraph and sentence, every table and what a table takes
/// from the lines around it, falls in one window whole. NFKC never joins
/// characters across a line break, so each window normalizes as it would
/// inside the whole text. Before the first window, ``opening(detectsFormat:)`` gives the
/// document's opening, long enough for everything read from it (the
/// head, the opening sentence, the region), and the first window holds
/// the whole head; so the windows give the same document as reading it
/// whole.
///
/// It reads only text the whole-document decoder (``TextDecoder``) would
/// read in the same charset, and without NUL bytes in the opening (but in
/// UTF-16). In UTF-8, the opening must be well-formed (after a UTF-8 byte
/// order mark, if any). UTF-16 is read by its byte order mark, as the
/// whole-document decoder reads it. In another charset, the opening's
/// first lines must be far from UTF-8 (more than one malformed sequence
/// for every ten other non-ASCII characters, as the whole-document decoder
/// judges), and ICU's detector, given the same first bytes as the
/// whole-document decoder gives it, must name a charset in
/// ``lineSafeCharsets`` with its least confidence. The opening must not be
/// mostly undecodable either. Otherwise
/// ``opening(detectsFormat:)`` answers nil before anything was handed on,
/// and the document is read whole.
///
/// Later windows with malformed sequences (or, in UTF-8, NUL bytes) are
/// read as the whole-document decoder reads them, with the same warnings,
/// but for one: whether the characters are mostly unusual in Chinese is
/// judged on the opening. A window that could change the whole-document
/// decoder's choice of charset stops the document with
/// ``ReadError/windowNotText(byte:reason:)``: in UTF-8, one no longer mostly
/// UTF-8 (unless a byte order mark said UTF-8); in another charset, one
/// with more UTF-8 in it than malformed sequences as UTF-8 allow, or with a
/// NUL byte; and in any, one mostly undecodable. Read whole, the document
/// would have been refused or read in another encoding.
final class TextWindowReader {
    /// The least the opening holds, in UTF-16 units of the original text:
    /// four times what the region is read from, however NFKC shrinks it.
    static let openingUnits = 4 * RegionMarkers.openingLength

    /// The bytes read before the opening is judged: its byte order mark and format.
    static let sniffedBytes = 1 << 16
    /// The most bytes read for the opening, unless 8 windows are more: past
    /// them with no line ended after the opening, the document is read whole.
    static let longestOpening = 4 << 20

    private let source: (UnsafeMutableRawBufferPointer) throws -> Int
    private let windowBytes: Int
    /// Bytes read and not yet decoded: what follows the last line feed read.
    private var pending: [UInt8] = []
    /// How much of `pending` is known to hold no line feed, and no NUL byte.
    private var feedlessPrefix = 0
    private var nulFreePrefix = 0
    /// The file offset of `pending`'s first byte.
    private var pendingOffset = 0
    /// Text decoded and not yet handed on: what follows the last cut.
    private var carried: [UInt16] = []
    /// Where the search for the next cut goes on in `carried`: the line feed
    /// whose next line was not whole yet, or the end it reached.
    private var cutSearchedUpTo = 0
    /// How far the first window's head lines have been counted in `carried`, and how many.
    private var headLines = (end: 0, count: 0)
    /// The digit runs counted in `carried`: a window ends once it holds its share of them.
    private var numbers: WindowNumbers
    private var sourceEnded = false
    private var windowsGiven = 0
    private var encoding = TextEncoding(name: "UTF-8", evidence: .wellFormedUTF8)
    /// Whether the document is read in UTF-8.
    private var isUTF8: Bool { encoding.name == "UTF-8" }
    /// Whether the document is read in UTF-16, as its byte order mark says.
    private var isUTF16: Bool { encoding.name == "UTF-16LE" || encoding.name == "UTF-16BE" }
    /// Whether the document is read in a charset ICU's detector named.
    private var isDetectedCharset: Bool { !isUTF8 && !isUTF16 }
    private var hasByteOrderMark = false
    /// The most bytes read and not yet decoded at once: a few reads, in any
    /// charset, when lines end as they should be found to.
    private(set) var mostPending = 0
    /// Malformed sequences and NUL bytes met so far, for the warnings.
    private var invalid: (count: Int, first: Int?) = (0, nil)
    private var nuls: (count: Int, first: Int?) = (0, nil)
    /// The opening's judgement of its characters, a warning of the whole document's.
    private var openingWarnings: [ReadWarning] = []

    /// A reader of the bytes `source` gives (it fills the buffer it is
    /// handed and returns how many bytes it wrote, 0 at the end), in
    /// windows of about `windowBytes` bytes.
    init(windowBytes: Int, source: @escaping (UnsafeMutableRawBufferPointer) throws -> Int) {
        self.windowBytes = max(1, windowBytes)
        self.source = source
        numbers = WindowNumbers(windowBytes: self.windowBytes)
    }

    /// The warnings of the document read so far: malformed sequences and
    /// NUL bytes counted over every window, and the opening's judgement of
    /// its characters.
    var warnings: [ReadWarning] {
        var warnings: [ReadWarning] = []
        if let first = invalid.first { warnings.append(.invalidBytes(count: invalid.count, firstOffset: first)) }
        if let first = nuls.first { warnings.append(.nulBytes(count: nuls.count, firstOffset: first)) }
        return warnings + openingWarnings
    }

    /// The document's opening: its first ``openingUnits`` units and the
    /// rest of their last line, or all of it when shorter; nil when the
    /// document is to be read whole: another format than plain text (told
    /// from its first bytes, unless `detectsFormat` is false), not UTF-8 as
    /// the whole-document decoder would take it at once, empty, or with no
    /// line ended within ``longestOpening`` bytes past the opening. Called
    /// once, first.
    func opening(detectsFormat: Bool) throws -> DecodedText? {
        // Enough for a byte order mark and for telling a format, whatever the window.
        while pending.count < Self.sniffedBytes, !sourceEnded { try fill() }
        if detectsFormat {
            // A format is told by the first bytes after white space; a window of white space tells nothing.
            guard pending.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }),
                  (try? pending.withUnsafeBytes(InputFormat.detect)) == .txt else { return nil }
        }
        let mark = pending.withUnsafeBytes(ByteOrderMark.find)
        if let mark {
            guard ["UTF-8", "UTF-16LE", "UTF-16BE"].contains(mark.encoding) else { return nil }
            encoding = TextEncoding(name: mark.encoding, evidence: .byteOrderMark)
            hasByteOrderMark = true
            pending.removeFirst(mark.length)
            pendingOffset = mark.length
        }
        while true {
            // UTF-16 is full of NUL bytes; the whole-document decoder takes it by its byte order mark.
            guard isUTF16 || Self.firstNul(in: pending[nulFreePrefix...]) == nil else { return nil }
            nulFreePrefix = pending.count
            if let end = completeLinesEnd {
                var text = try decode(end)
                if isUTF8, text.invalidSequences > 0 {
                    // Not well-formed UTF-8: read in windows only when the whole-document decoder takes another charset.
                    guard !hasByteOrderMark, carried.isEmpty, let detected = detectedCharset(firstLines: text) else { return nil }
                    encoding = detected
                    text = try decode(end)
                }
                if isDetectedCharset, turnsToUTF8(end) { return nil }
                if !isUTF8 { countInvalid(text) }
                append(text.utf16)
                consume(end)
            }
            // A document whose opening runs on in one line (a whole report on one
            // line) has no window to end: it is read whole, before it is held twice.
            if openingEnd == nil, !sourceEnded, pendingOffset + pending.count > max(8 * windowBytes, Self.longestOpening) {
                return nil
            }
            if let end = openingEnd {
                guard end > 0 else { return nil }
                let opening = DecodedText(encoding: encoding, warnings: [], original: Array(carried[..<end]))
                if opening.normalized.count < RegionMarkers.openingLength, !(sourceEnded && pending.isEmpty) { return nil }
                if TextDecoder.undecodablePercent(of: opening.original) > TextDecoder.maximumUndecodablePercent { return nil }
                let likely = LikelyCharacters.percent(of: opening.original)
                if likely < LikelyCharacters.warningPercent {
                    openingWarnings.append(.unlikelyCharacters(percent: 100 - likely, encoding: encoding.name))
                }
                return opening
            }
            try fill()
        }
    }

    /// Where the opening ends in `carried`, once it is there.
    private var openingEnd: Int? {
        if carried.count > Self.openingUnits, let feed = carried[Self.openingUnits...].firstIndex(of: CodeUnit.lineFeed) {
            return feed + 1
        }
        return sourceEnded && pending.isEmpty ? carried.count : nil
    }

    /// The next window, nil at the end of the document. A window that
    /// stops the document being read as UTF-8 throws.
    func next() throws -> DecodedText? {
        while true {
            if let cut = nextCut() { return take(upTo: cut) }
            if sourceEnded && pending.isEmpty { return carried.isEmpty ? nil : take(upTo: carried.count) }
            try fill()
            try decodeLines()
        }
    }

    /// Reads about a window's bytes more into `pending`, 64 KB at least.
    private func fill() throws {
        // Reads of at least 64 KB, however small the window: the windows are cut by their
        // size, and reading less at a time would only mean more rounds.
        var wanted = max(windowBytes, Self.sniffedBytes)
        while wanted > 0, !sourceEnded {
            let start = pending.count
            pending.append(contentsOf: repeatElement(0, count: wanted))
            let count = try pending.withUnsafeMutableBytes { try source(UnsafeMutableRawBufferPointer(rebasing: $0[start...])) }
            pending.removeLast(wanted - count)
            if count == 0 { sourceEnded = true }
            wanted -= count
        }
        mostPending = max(mostPending, pending.count)
    }

    /// Decodes the whole lines of `pending` onto `carried`, as the
    /// whole-document decoder reads them: UTF-8 with a few malformed
    /// sequences or NUL bytes, or the document's other charset; throws
    /// when these lines could change the charset it takes (see the type's
    /// notes), or are mostly undecodable.
    private func decodeLines() throws {
        guard let end = completeLinesEnd else { return }
        let text = try decode(end)
        if isDetectedCharset {
            if let nul = Self.firstNul(in: pending[..<end]) {
                throw ReadError.windowNotText(byte: pendingOffset + nul, reason: "it holds a NUL byte")
            }
            guard !turnsToUTF8(end) else {
                throw ReadError.windowNotText(byte: pendingOffset, reason: "its bytes turn to UTF-8, not \(encoding.name)")
            }
        } else if isUTF8, text.invalidSequences > 0 {
            // Behind a byte order mark, the whole-document decoder takes UTF-8 however malformed.
            guard hasByteOrderMark || text.isMostlyUTF8 else {
                throw ReadError.windowNotText(byte: pendingOffset + (text.firstInvalidOffset ?? 0),
                                              reason: "its bytes stop being UTF-8")
            }
        }
        countInvalid(text)
        if isUTF8, let first = Self.firstNul(in: pending[..<end]) {
            nuls.count += pending[first..<end].lazy.filter { $0 == 0 }.count
            if nuls.first == nil { nuls.first = pendingOffset + first }
        }
        if TextDecoder.undecodablePercent(of: text.utf16) > TextDecoder.maximumUndecodablePercent {
            throw ReadError.windowNotText(byte: pendingOffset + (text.firstInvalidOffset ?? 0), reason: "its characters are mostly undecodable")
        }
        append(text.utf16)
        consume(end)
    }

    /// Adds decoded text to `carried`, taking the array itself when nothing is carried.
    private func append(_ units: [UInt16]) {
        if carried.isEmpty { carried = units } else { carried += units }
    }

    /// The index of the first NUL byte in `bytes`, found by `memchr`.
    private static func firstNul(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let hit = memchr(base, 0, raw.count) else { return nil }
            return bytes.startIndex + base.distance(to: UnsafeRawPointer(hit))
        }
    }

    /// Where the whole lines of `pending` end: after its last line feed,
    /// or at its end once the source has ended; nil when no line is whole yet.
    private var completeLinesEnd: Int? {
        if sourceEnded { return pending.isEmpty ? nil : pending.count }
        if isUTF16 { return utf16LinesEnd }
        // Only the bytes read since the last look: a long line is not searched again for every read.
        guard let feed = pending[feedlessPrefix...].lastIndex(of: 0x0A) else {
            feedlessPrefix = pending.count
            return nil
        }
        return feed + 1
    }

    /// In UTF-16, where the whole lines of `pending` end: after its last
    /// line feed unit, two bytes at an even offset (`pending` starts at
    /// one: after the byte order mark, and after whole units since).
    private var utf16LinesEnd: Int? {
        let bigEndian = encoding.name == "UTF-16BE"
        var index = (pending.count & ~1) - 2
        // A unit whose second byte had not come yet was left for this look.
        while index >= feedlessPrefix & ~1 {
            let (first, second) = (pending[index], pending[index + 1])
            if bigEndian ? (first == 0 && second == 0x0A) : (first == 0x0A && second == 0) { return index + 2 }
            index -= 2
        }
        feedlessPrefix = pending.count & ~1
        return nil
    }

    /// The lines of `pending` up to `end`, decoded in the document's charset.
    private func decode(_ end: Int) throws -> TranscodedText {
        let charset = encoding.name
        guard let text = pending.withUnsafeBytes({ Transcoder.decode(UnsafeRawBufferPointer(rebasing: $0[..<end]), charset: charset) })
        else { throw ReadError.unknownEncoding(charset) }
        return text
    }

    /// Counts the malformed sequences of decoded lines for the warnings.
    private func countInvalid(_ text: TranscodedText) {
        guard text.invalidSequences > 0 else { return }
        invalid.count += text.invalidSequences
        if invalid.first == nil { invalid.first = pendingOffset + (text.firstInvalidOffset ?? 0) }
    }

    /// Charsets in which a window can be cut at a line feed byte and
    /// decoded alone: ASCII-compatible and without state, no byte of a
    /// multibyte character being 0x0A (ICU's detector spells them so).
    static let lineSafeCharsets: Set<String> = [
        "GB18030", "Big5", "EUC-JP", "EUC-KR", "Shift_JIS", "KOI8-R",
        "ISO-8859-1", "ISO-8859-2", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7", "ISO-8859-8", "ISO-8859-8-I", "ISO-8859-9",
        "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1255", "windows-1256",
    ]

    /// The charset the whole-document decoder would take for a document
    /// whose first lines, read as UTF-8, are `firstLines`: nil unless they
    /// are far from UTF-8 and ICU's detector, on the document's first
    /// 64 KB (all of `pending`, which starts at the document's first byte),
    /// names a charset of ``lineSafeCharsets`` with enough confidence.
    private func detectedCharset(firstLines: TranscodedText) -> TextEncoding? {
        guard pendingOffset == 0, !firstLines.isMostlyUTF8,
              let best = pending.withUnsafeBytes({ CharsetDetector.candidates(for: UnsafeRawBufferPointer($0)) }).first,
              best.confidence >= TextDecoder.minimumConfidence, Self.lineSafeCharsets.contains(best.name) else { return nil }
        return TextEncoding(name: best.name, evidence: .detected(confidence: best.confidence))
    }

    /// Whether the lines of `pending` up to `end`, read as UTF-8, would
    /// move the whole document towards UTF-8: well-formed non-ASCII
    /// characters, and no more than one malformed sequence for every ten
    /// of them. Lines of ASCII alone move it neither way; lines far from
    /// UTF-8 keep the whole document far from it.
    private func turnsToUTF8(_ end: Int) -> Bool {
        let asUTF8 = pending.withUnsafeBytes { UTF8Tally(UnsafeRawBufferPointer(rebasing: $0[..<end])) }
        return asUTF8.isMostlyUTF8 && asUTF8.wellFormedNonASCII > 0
    }

    private func consume(_ end: Int) {
        pending.removeFirst(end)
        pendingOffset += end
        // What is left follows the last line feed.
        feedlessPrefix = pending.count
        nulFreePrefix = pending.count
    }

    /// The window of `carried` up to `cut`, normalized; the rest stays.
    /// Only the rest is copied: the window keeps the array.
    private func take(upTo cut: Int) -> DecodedText {
        var original = carried
        carried = Array(original[cut...])
        original.removeSubrange(cut...)
        windowsGiven += 1
        cutSearchedUpTo = 0
        numbers.restart()
        return DecodedText(encoding: encoding, warnings: [], original: original)
    }

    /// Where the next window ends in `carried`: at the first line feed
    /// past a quarter as many units as a window has bytes (a window's bytes
    /// of Chinese, three bytes a character, then usually hold the cut), or
    /// past the start of the digit run one too many for a window
    /// (``WindowNumbers``) if that comes first, between two lines each
    /// blank or quiet, the second of them whole; for the first window, past
    /// the head's lines too. Nil when there is none yet.
    private func nextCut() -> Int? {
        let least = windowsGiven == 0 ? firstCutAfterHead() : 0
        guard let least else { return nil }
        let bySize = max(1, windowBytes / 4)
        let target = max(least, min(bySize, numbers.tooMany(in: carried, before: bySize).map { $0 + 1 } ?? bySize))
        guard target <= carried.count else { return nil }
        // The line feed that would end the window, and the one ending the line after it;
        // the search goes on where the last one stopped, as `carried` only grew since.
        let start = max(target - 1, cutSearchedUpTo)
        guard var feed = carried[start...].firstIndex(of: CodeUnit.lineFeed) else {
            cutSearchedUpTo = carried.count
            return nil
        }
        var before = carried[..<feed].lastIndex(of: CodeUnit.lineFeed).map { $0 + 1 } ?? 0
        while let after = carried[(feed + 1)...].firstIndex(of: CodeUnit.lineFeed) {
            if Self.isQuiet(carried[before..<feed]), Self.isQuiet(carried[(feed + 1)..<after]) { return feed + 1 }
            before = feed + 1
            feed = after
        }
        cutSearchedUpTo = feed
        return nil
    }

    /// The first place the first window may end: after more lines with
    /// words than the head reads, so that the head is read whole; nil
    /// while there are not that many.
    private func firstCutAfterHead() -> Int? {
        // Counted on from where the last count stopped: the first window's text only grows.
        var (start, lines) = headLines
        defer { headLines = (start, lines) }
        while lines <= DocumentHead.longestHead, let feed = carried[start...].firstIndex(of: CodeUnit.lineFeed) {
            // Only lines with a Latin letter, digit or sign, or a Han character, count: a
            // line of other spaces or marks may be blank to the head, and counting one too
            // few only makes the window longer.
            if carried[start..<feed].contains(where: { (0x21...0x7E).contains($0) || CodeUnit.isHan($0) }) { lines += 1 }
            start = feed + 1
        }
        return lines > DocumentHead.longestHead ? start : nil
    }

    /// Whether a line of the original text (its line feed left out) is
    /// blank or quiet once normalized and trimmed as the structure reads it. A
    /// line break inside it (CR, NEL, LS, PS) makes it lines of their own,
    /// so it is not taken.
    private static func isQuiet(_ line: ArraySlice<UInt16>) -> Bool {
        var line = line
        if line.last == CodeUnit.carriageReturn { line = line.dropLast() }
        guard !line.contains(where: CodeUnit.isLineBreak) else { return false }
        let units = NFKC.normalize(Array(line)).utf16
        let trimmed = units.indices.trimmingSpaces(in: units)
        return trimmed.isEmpty || TableDetector.isQuiet(units, trimmed)
    }
}
