extension Dictionary {
    /// Changes every value in place, one at a time. Not `for i in values.indices { values[i] … }`:
    /// that indices view holds the table while the loop writes to it, so the first write copies
    /// the whole table (6 MB of contact links at 50,000 delegations).
    @inlinable public mutating func updateEachValue(_ update: (inout Value) -> Void) {
        var index = values.startIndex
        while index != values.endIndex {
            update(&values[index])
            values.formIndex(after: &index)
        }
    }
}
