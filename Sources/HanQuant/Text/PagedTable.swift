/// A value for some code units of the Basic Multilingual Plane, nil for
/// the rest, held in pages of 256 units so that a table of a few dozen
/// characters takes a few kilobytes, where a flat table of 65,536
/// optionals takes a megabyte: a look-up is three loads.
///
/// Holds at most 255 pages that have values and 255 values.
struct PagedTable<Value: Sendable>: Sendable {
    /// For each page (a unit's high byte), its row in `slots`: row 0 is a page with no values.
    private var pages = [UInt8](repeating: 0, count: 256)
    /// Rows of 256 slots, each the index of a unit's value in `values` (0 for none).
    private var slots = [UInt8](repeating: 0, count: 256)
    /// The values, after a nil at index 0.
    private var values: [Value?] = [nil]

    /// An empty table.
    init() {}

    /// The value of `unit`, or nil.
    subscript(unit: UInt16) -> Value? {
        @inline(__always) get {
            let row = Int(pages.withUnsafeBufferPointer { $0[Int(unit >> 8)] })
            let slot = slots.withUnsafeBufferPointer { $0[row << 8 | Int(unit & 0xFF)] }
            return values[Int(slot)]
        }
        set {
            guard let newValue else {
                preconditionFailure("a paged table's values are only added")
            }
            let page = Int(unit >> 8)
            if pages[page] == 0 {
                precondition(slots.count / 256 < 256, "a paged table holds at most 255 pages with values")
                pages[page] = UInt8(slots.count / 256)
                slots += [UInt8](repeating: 0, count: 256)
            }
            let index = Int(pages[page]) << 8 | Int(unit & 0xFF)
            if slots[index] == 0 {
                precondition(values.count < 256, "a paged table holds at most 255 values")
                slots[index] = UInt8(values.count)
                values.append(newValue)
            } else {
                values[Int(slots[index])] = newValue
            }
        }
    }
}
