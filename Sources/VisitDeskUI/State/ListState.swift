import VisitDeskDomain

/// One list pane's view of its records: the filter, the rows it lets through, and a selection
/// remembered by record id so it survives the catalog being replaced under it.
public struct ListState: Sendable, Equatable {
    public internal(set) var filter: String = ""
    /// Indices into the catalog's array (delegations or contacts), in display order, filtered.
    public internal(set) var rows: [Int] = []
    public internal(set) var cursor: Int = 0
    public internal(set) var selectedID: String?
    /// Where `selectedID` sits in the current catalog; integer compares keep refiltering cheap.
    var selectedRecord: Int?
    /// The record the person had selected before it vanished (its file briefly gone during an
    /// editor's slow save or a sync, or hidden by a filter): the cursor waits on a neighbour and
    /// goes back to it when it returns, unless the person moved the cursor meanwhile.
    var returningID: String?
    /// First row on screen; kept in the state so scrolling does not jump as the cursor moves.
    public internal(set) var top: Int = 0

    public init() {}

    public var selectedRow: Int? { rows.isEmpty ? nil : rows[cursor] }

    /// Moves the cursor to `row` (clamped) and remembers the record there.
    mutating func select(row: Int, id: (Int) -> String) {
        guard !rows.isEmpty else {
            cursor = 0
            top = 0
            return
        }
        cursor = min(max(0, row), rows.count - 1)
        selectedRecord = rows[cursor]
        selectedID = id(rows[cursor])
        returningID = nil
    }

    /// After the rows changed: back onto the remembered record, or onto the row nearest the old
    /// position when that record is gone (deleted, or filtered out).
    mutating func reselect(id: (Int) -> String) {
        if let returning = returningID, let found = rows.firstIndex(where: { id($0) == returning }) {
            select(row: found, id: id)
        } else if let selectedRecord, let found = rows.firstIndex(of: selectedRecord) {
            cursor = found
        } else {
            let vanished = returningID ?? selectedID
            select(row: cursor, id: id)
            returningID = vanished
        }
    }

    /// Scrolls just enough to keep the cursor among `visible` rows.
    mutating func scrollIntoView(visible: Int) {
        let visible = max(1, visible)
        top = max(0, min(Movement.top(keeping: cursor, from: top, visible: visible), rows.count - visible))
    }
}
