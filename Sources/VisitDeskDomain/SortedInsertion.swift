/// The one binary search of the project: where a value goes in an array kept sorted. The catalog
/// finds records by id with it, the indexes place a changed record with it, and the contacts'
/// links (`SmallList`) place a changed delegation with it.
extension RandomAccessCollection where Index == Int {
    /// The first position whose element `isAfter` says comes after the one being placed; binary
    /// search, so inserting there keeps a sorted array sorted and equal elements in arrival order.
    @inlinable
    public func sortedInsertionIndex(isAfter: (Element) -> Bool) -> Int {
        var (low, high) = (startIndex, endIndex)
        while low < high {
            let middle = (low + high) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
