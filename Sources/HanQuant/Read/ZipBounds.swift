/// Whether a zip archive's directory stays inside its bytes, checked before
/// ZIPFoundation opens it from memory: its in-memory reader traps when it is
/// sent past the end of the data (a local header offset or a directory
/// entry beyond it), so a damaged or hostile archive would stop the whole
/// batch. The walk follows the one ZIPFoundation makes: the last end of
/// central directory record, then each entry and its local header in turn.
/// ZIP64 archives (a Word document is never one) are not walked and count
/// as out of bounds.
enum ZipBounds {
    /// True when every place the reader would move to lies within `bytes`;
    /// bytes with no end record at all are no archive, and ZIPFoundation
    /// declines them without moving past their end.
    static func hold(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let reader = LittleEndian(bytes: bytes)
        guard let end = endRecord(reader) else { return true }
        guard !hasZIP64Locator(reader, before: end) else { return false }
        let entries = Int(reader.uint16(end + 10) ?? 0)
        var position = Int(reader.uint32(end + 16) ?? UInt32.max)
        for _ in 0..<entries {
            guard position <= bytes.count else { return false }
            // A directory entry cut short or without its signature ends the walk, as it does ZIPFoundation's.
            guard let entry = Entry(reader, at: position) else { return true }
            guard !entry.isZIP64, entry.staysInside(reader) else { return false }
            position += entry.length
        }
        return true
    }

    /// The offset of the last end of central directory record (searched from the end, as ZIPFoundation does).
    private static func endRecord(_ reader: LittleEndian) -> Int? {
        guard reader.bytes.count >= 22 else { return nil }
        for offset in stride(from: reader.bytes.count - 22, through: 0, by: -1) where reader.uint32(offset) == 0x0605_4B50 {
            return offset
        }
        return nil
    }

    private static func hasZIP64Locator(_ reader: LittleEndian, before end: Int) -> Bool {
        end >= 20 && reader.uint32(end - 20) == 0x0706_4B50
    }

    /// One central directory entry, as far as the walk needs it.
    private struct Entry {
        let flags: UInt16, versionNeeded: UInt16, method: UInt16
        let compressedSize: UInt32, uncompressedSize: UInt32, localHeader: UInt32
        let length: Int
        let extra: UnsafeRawBufferPointer.SubSequence

        init?(_ reader: LittleEndian, at position: Int) {
            guard reader.uint32(position) == 0x0201_4B50, let name = reader.uint16(position + 28),
                  let extraLength = reader.uint16(position + 30), let comment = reader.uint16(position + 32),
                  let local = reader.uint32(position + 42) else { return nil }
            versionNeeded = reader.uint16(position + 6) ?? 0
            flags = reader.uint16(position + 8) ?? 0
            method = reader.uint16(position + 10) ?? 0
            compressedSize = reader.uint32(position + 20) ?? 0
            uncompressedSize = reader.uint32(position + 24) ?? 0
            localHeader = local
            length = 46 + Int(name) + Int(extraLength) + Int(comment)
            let extraStart = min(position + 46 + Int(name), reader.bytes.count)
            extra = reader.bytes[extraStart..<min(extraStart + Int(extraLength), reader.bytes.count)]
        }

        /// ZIPFoundation reads an entry as ZIP64 when it needs version 4.5 or has a ZIP64 extra field.
        var isZIP64: Bool {
            if UInt8(truncatingIfNeeded: versionNeeded) >= 45 { return true }
            var index = extra.startIndex
            while index + 4 <= extra.endIndex {
                let id = UInt16(extra[index]) | UInt16(extra[index + 1]) << 8
                if id == 0x0001 { return true }
                index += 4 + Int(UInt16(extra[index + 2]) | UInt16(extra[index + 3]) << 8)
            }
            return false
        }

        /// The local header, its data and any data descriptor start inside the bytes.
        func staysInside(_ reader: LittleEndian) -> Bool {
            let header = Int(localHeader)
            guard header <= reader.bytes.count else { return false }
            guard let name = reader.uint16(header + 26), let extraLength = reader.uint16(header + 28) else { return true }
            let data = header + 30 + Int(name) + Int(extraLength)
            guard data <= reader.bytes.count else { return false }
            guard flags & (1 << 3) != 0 else { return true }
            let size = Int(method == 0 ? uncompressedSize : compressedSize)
            return data + size <= reader.bytes.count
        }
    }

    /// Little-endian integers read from bytes, nil past their end.
    private struct LittleEndian {
        let bytes: UnsafeRawBufferPointer

        func uint16(_ offset: Int) -> UInt16? {
            guard offset >= 0, offset + 2 <= bytes.count else { return nil }
            return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
        }

        func uint32(_ offset: Int) -> UInt32? {
            guard let low = uint16(offset), let high = uint16(offset + 2) else { return nil }
            return UInt32(low) | UInt32(high) << 16
        }
    }
}
