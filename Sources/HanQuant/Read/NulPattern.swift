/// Where a file's NUL bytes fall: UTF-16 puts the zero byte of every ASCII
/// character in one position of each two bytes (the second in little-endian
/// order), UTF-32 the zero bytes of every character below U+10000 in the
/// same two positions of each four. Stray NULs in UTF-8 fall anywhere.
struct NulPattern {
    /// The NUL bytes in all.
    let count: Int
    /// The NUL bytes at each offset modulo 4.
    private let byPosition: [Int]
    private let length: Int

    /// Counts the NUL bytes of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) {
        var byPosition = [0, 0, 0, 0]
        for (offset, byte) in bytes.enumerated() where byte == 0 { byPosition[offset & 3] += 1 }
        self.byPosition = byPosition
        count = byPosition.reduce(0, +)
        length = bytes.count
    }

    /// The encodings the NULs point to, the strongest first: UTF-32 when
    /// the bytes come in fours and the highest byte of nearly every unit is
    /// NUL (position 3 in little-endian order, 0 in big-endian), with most
    /// NULs in the two high positions; UTF-16 when they come in pairs and
    /// one position of each pair holds two thirds of the NULs, at least two
    /// (the other holds the low bytes of 一 U+4E00 and its like). The
    /// decoded text must then be likely Chinese, which the caller checks.
    var wideCharsets: [String] {
        var found: [String] = []
        let units32 = length / 4
        if length % 4 == 0, units32 > 0 {
            if byPosition[3] * 10 >= units32 * 9, (byPosition[2] + byPosition[3]) * 3 >= count * 2 { found.append("UTF-32LE") }
            if byPosition[0] * 10 >= units32 * 9, (byPosition[0] + byPosition[1]) * 3 >= count * 2 { found.append("UTF-32BE") }
        }
        guard length % 2 == 0, count >= 2 else { return found }
        let odd = byPosition[1] + byPosition[3], even = byPosition[0] + byPosition[2]
        if odd * 3 >= count * 2 { found.append("UTF-16LE") }
        if even * 3 >= count * 2 { found.append("UTF-16BE") }
        return found
    }
}
