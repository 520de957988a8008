import Testing
@testable import VisitDeskUI

@Suite struct RecordDiffTests {
    struct Item: Identifiable, Equatable {
        var id: String
        var value: Int
    }

    static func items(_ pairs: [(String, Int)]) -> [Item] { pairs.map { Item(id: $0.0, value: $0.1) } }

    @Test func anEditedRecordIsChangedInPlaceAndNothingMoves() throws {
        let old = Self.items([("a", 1), ("b", 2), ("c", 3)])
        let new = Self.items([("a", 1), ("b", 20), ("c", 3)])
        let diff = try #require(RecordDiff(from: old, to: new))
        #expect(diff.changed == [.init(old: 1, new: 1)])
        #expect(diff.removed.isEmpty && diff.inserted.isEmpty && !diff.shiftsPositions)
        #expect(diff.newPosition == [0, 1, 2])
    }

    @Test func anInsertShiftsEveryLaterRecordAndARemovalPullsThemBack() throws {
        let old = Self.items([("a", 1), ("c", 3), ("d", 4)])
        let new = Self.items([("a", 1), ("b", 2), ("c", 3)])
        let diff = try #require(RecordDiff(from: old, to: new))
        #expect(diff.inserted == [1])
        #expect(diff.removed == [2])
        #expect(diff.newPosition == [0, 2, nil])
        #expect(diff.staleOld == [2] && diff.freshNew == [1])
    }

    @Test func onlyUnchangedRecordsAreCarriedOverEitherWay() throws {
        let old = Self.items([("a", 1), ("b", 2), ("c", 3), ("d", 4), ("f", 6)])
        let new = Self.items([("a", 1), ("b", 20), ("d", 4), ("e", 5), ("f", 60)])
        let diff = try #require(RecordDiff(from: old, to: new))
        // b and f edited, c removed, e inserted: only a and d keep what an index made for them.
        #expect(diff.unchangedNewPosition == [0, nil, nil, 2, nil])
        #expect(diff.unchangedOldPosition(newCount: new.count) == [0, nil, 3, nil, nil])
    }

    @Test func moreChangesThanTheLimitGiveNoDiff() {
        let old = Self.items([("a", 1), ("b", 2), ("c", 3)])
        let new = Self.items([("a", 9), ("b", 9), ("c", 9)])
        #expect(RecordDiff(from: old, to: new, limit: 2) == nil)
        #expect(RecordDiff(from: old, to: new, limit: 3)?.count == 3)
        #expect(RecordDiff(from: old, to: [], limit: 2) == nil)
    }

    /// Whatever the edits, the diff accounts for every record: applying it to the old array gives the new one.
    @Test func randomEditsAreAllAccountedFor() throws {
        var random = SplitMix(seed: 7)
        for _ in 0..<200 {
            let old = (0..<Int.random(in: 0...30, using: &random)).map { Item(id: String(format: "r%03d", $0 * 2), value: 0) }
            var byID = Dictionary(uniqueKeysWithValues: old.map { ($0.id, $0) })
            for _ in 0..<Int.random(in: 0...8, using: &random) {
                let id = String(format: "r%03d", Int.random(in: 0...60, using: &random))
                switch Int.random(in: 0..<3, using: &random) {
                case 0: byID[id] = nil
                default: byID[id] = Item(id: id, value: Int.random(in: 0...2, using: &random))
                }
            }
            let new = byID.values.sorted { $0.id < $1.id }
            let diff = try #require(RecordDiff(from: old, to: new))

            var rebuilt = [Item?](repeating: nil, count: new.count)
            for (position, target) in diff.newPosition.enumerated() {
                if let target { rebuilt[target] = old[position] }
            }
            for change in diff.changed { rebuilt[change.new] = new[change.new] }
            for position in diff.inserted { rebuilt[position] = new[position] }
            #expect(rebuilt == new.map(Optional.some))
            #expect(Set(diff.removed).isDisjoint(with: diff.newPosition.indices.filter { diff.newPosition[$0] != nil }))
            let unchanged = diff.newPosition.indices.filter { i in diff.newPosition[i] != nil && !diff.changed.contains { $0.old == i } }
            #expect(unchanged.allSatisfy { old[$0] == new[diff.newPosition[$0]!] })
        }
    }
}
