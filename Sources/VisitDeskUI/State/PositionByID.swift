import VisitDeskDomain

/// A record's position in one of the catalog's id-sorted arrays, found by binary search.
///
/// The arrays are already sorted by id, so a dictionary from id to position would only repeat
/// them: at 30,000 records it cost ~10 ms to build after every change (and had to be rebuilt
/// whenever an insertion shifted positions) and a few megabytes to keep. A search is ~15 string
/// comparisons, well under a microsecond, and a pane looks up a few dozen ids per frame.
struct PositionByID<Record: Identifiable & Sendable>: Sendable where Record.ID == String {
    let records: [Record]

    init(_ records: [Record] = []) {
        self.records = records
    }

    subscript(id: String) -> Int? {
        let position = Catalog.insertionIndex(of: id, in: records)
        return position < records.count && records[position].id == id ? position : nil
    }
}
