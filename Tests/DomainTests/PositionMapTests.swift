import Testing
import VisitDeskDomain

/// A reload's map from one catalog's positions to another's: an entry is a position or none, and
/// reads back as it was written, at the sizes a large store has.
@Suite struct PositionMapTests {
    @Test func entriesReadBackAsWritten() {
        var map = PositionMap(noneOf: 4)
        #expect(Array(map) == [nil, nil, nil, nil])
        map[1] = 0
        map[3] = 2_000_000
        map[0] = 7
        map[0] = nil
        #expect(Array(map) == [nil, 0, nil, 2_000_000])
        #expect(map == [nil, 0, nil, 2_000_000])
        #expect(map != [nil, 0, nil, 1_999_999])
    }

    @Test func madeFromASequenceOfOptionalPositions() {
        let positions: [Int?] = [3, nil, 0, 1]
        #expect(Array(PositionMap(positions)) == positions)
        #expect(PositionMap(positions).count == 4)
    }
}
