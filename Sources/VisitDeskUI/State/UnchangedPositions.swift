/// For every position in a reloaded array of records, the position of the same unchanged record
/// in the array before; nil where the record is new or was edited. What an index carries over.
///
/// Most reloads edit a file in place (a role, a phone number): nothing is added or removed, so
/// every unchanged record keeps its position and a few edited positions say it all. Only when
/// positions shift is the whole map written out — at 100,000 contacts that map is 1.6 MB, held for
/// as long as the search keys wait to be rebuilt.
enum UnchangedPositions: Sendable {
    /// Positions shifted: the map from `RecordDiff.unchangedOldPosition(newCount:)`.
    case shifted([Int?])
    /// The same positions as before; these new positions hold edited records.
    case inPlace(edited: Set<Int>)

    init<Record>(_ diff: RecordDiff<Record>, newCount: Int) {
        self = diff.shiftsPositions
            ? .shifted(diff.unchangedOldPosition(newCount: newCount))
            : .inPlace(edited: Set(diff.changed.map(\.new)))
    }

    subscript(position: Int) -> Int? {
        switch self {
        case .shifted(let map): return position < map.count ? map[position] : nil
        case .inPlace(let edited): return edited.contains(position) ? nil : position
        }
    }
}
