import Foundation
import Testing
@testable import HanQuant

/// A date line is trimmed of the white space Foundation's
/// `CharacterSet.whitespaces` holds, scalar for scalar, and reads as the
/// same line trimmed by Foundation.
@Suite("Date lines")
struct DateReaderTests {
    @Test("the space trimmed is CharacterSet.whitespaces, for every scalar")
    func horizontalSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DateReader.isHorizontalSpace(scalar) == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test("lines with white space of every kind around a date read as trimmed by Foundation", arguments: 0..<4)
    func sameAsFoundationTrimmed(seed: UInt64) {
        var random = SeededGenerator(seed: 0xDA7E &+ seed)
        let spaces = [" ", "\t", "\u{3000}", "\u{A0}", "\u{2003}", "\u{200B}", "\u{0B}", "\u{85}", "\u{2028}", ""]
        let middles = ["2016年12月9日", "(2016年12月9日)", "（二〇二三年十二月二十日）", "2024-03-05", "中華民國112年12月20日",
                       "2023/10/25 ", "广化街道2016年工作总结", "【2024年1月12日】", "2016年12月9日在会议上"]
        var dates = 0
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...3, using: &random)).map { _ in spaces.randomElement(using: &random)! }.joined()
                + middles.randomElement(using: &random)!
                + (0..<Int.random(in: 0...3, using: &random)).map { _ in spaces.randomElement(using: &random)! }.joined()
            let date = DateReader.date(text)
            #expect(date == DateReader.date(text.trimmingCharacters(in: .whitespaces)), "\(text.debugDescription)")
            if date != nil { dates += 1 }
        }
        #expect(dates > 100)
    }
}
