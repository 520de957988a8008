/// A value kept in one shared box until a copy of it is written, then copied for that writer.
///
/// Records hold their fields this way (`Delegation`, `Contact`): the screen keeps the last
/// catalog while the store makes the next, so a change on disk copies the catalog's arrays, and
/// with the fields inline that copied every record whole. Boxed, it copies references. Two copies
/// of one box are equal without reading a field, which is what lets a reload's diff pass over
/// every unchanged record at once.
struct CopyOnWrite<Value: Hashable & Sendable>: Hashable, Sendable {
    /// @unchecked: a box is written only through `value`'s `_modify`, after making it unique.
    private final class Box: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        // Borrowed, so reading one field does not copy the others.
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    static func == (a: CopyOnWrite, b: CopyOnWrite) -> Bool {
        a.box === b.box || a.box.value == b.box.value
    }

    func hash(into hasher: inout Hasher) { hasher.combine(box.value) }
}
