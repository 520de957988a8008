import Testing
@testable import VisitDeskDomain

/// A ledger patched after edits must hold exactly what a fresh one finds: the calendar and the
/// Groups pane show the patched one, `visitdesk check` a fresh one, and they must never disagree.
@Suite struct ConflictLedgerTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    static let hosts: [String?] = [nil, "erik", "erik ", "asa", "lina"]
    static let places = ["", "Käppala", "käppala  ", "Ryaverket", "ryaverket", "Hall B"]
    static let statuses: [DelegationStatus] = [.confirmed, .visited, .confirmed, .new, .cancelled]

    static func slot(_ random: inout Generator) -> Slot {
        // Two weeks around a Swedish holiday and a weekend, on the quarter hour, so slots crowd.
        let day = LocalDate(year: 2026, month: 12, day: 20).adding(days: Int.random(in: 0..<14, using: &random))
        let start = Int.random(in: 32..<72, using: &random)
        let length = Int.random(in: -1..<12, using: &random)
        func at(_ quarter: Int) -> LocalDateTime {
            LocalDateTime(date: day.adding(days: quarter / 96), time: LocalTime(hour: quarter % 96 / 4, minute: quarter % 4 * 15))
        }
        return Slot(start: at(start), end: at(start + length), place: places.randomElement(using: &random)!,
                    host: hosts.randomElement(using: &random)!)
    }

    static func delegation(_ id: String, _ random: inout Generator) -> Delegation {
        Delegation(id: id, title: id, status: statuses.randomElement(using: &random)!,
                   direction: Bool.random(using: &random) ? .inbound : .outbound,
                   earliest: Bool.random(using: &random) ? LocalDate(year: 2026, month: 12, day: 24) : nil,
                   slots: (0..<Int.random(in: 0...3, using: &random)).map { _ in slot(&random) })
    }

    static func edited(_ d: Delegation, _ random: inout Generator) -> Delegation {
        var d = d
        switch Int.random(in: 0..<4, using: &random) {
        case 0: d.status = statuses.randomElement(using: &random)!
        case 1: d.slots = (0..<Int.random(in: 0...3, using: &random)).map { _ in slot(&random) }
        case 2 where !d.slots.isEmpty: d.slots[Int.random(in: 0..<d.slots.count, using: &random)].host = hosts.randomElement(using: &random)!
        default: if !d.slots.isEmpty { d.slots[0].place = places.randomElement(using: &random)! }
        }
        return d
    }

    @Test(arguments: [1, 2, 3, 4]) func patchedLedgerEqualsOneBuiltAfresh(seed: UInt64) {
        var random = Generator(state: seed)
        var byID: [String: Delegation] = [:]
        for i in 0..<60 { byID["d\(i)"] = Self.delegation("d\(i)", &random) }
        var ledger = ConflictLedger(Array(byID.values))
        for round in 0..<60 {
            var old: [Delegation] = []
            var new: [Delegation] = []
            // One record at a time in most rounds, many at once in some.
            for _ in 0..<(round % 5 == 0 ? 12 : 1) {
                let id = "d\(Int.random(in: 0..<80, using: &random))"
                if let previous = byID[id] {
                    if old.contains(where: { $0.id == id }) || new.contains(where: { $0.id == id }) { continue }
                    old.append(previous)
                    if Int.random(in: 0..<4, using: &random) == 0 { byID[id] = nil; continue }
                    byID[id] = Self.edited(previous, &random)
                } else {
                    if new.contains(where: { $0.id == id }) { continue }
                    byID[id] = Self.delegation(id, &random)
                }
                new.append(byID[id]!)
            }
            let before = ledger.conflicts
            let (removed, added) = ledger.replace(old, with: new)
            let fresh = ConflictLedger(byID.values.sorted { $0.id < $1.id })
            let same = ledger == fresh
            #expect(same, "seed \(seed) round \(round)")
            #expect(ledger.conflicts == ConflictFinder.conflicts(in: Array(byID.values)))
            var expected = before
            for conflict in removed { expected.remove(at: expected.firstIndex(of: conflict)!) }
            #expect(Set(expected + added) == Set(fresh.conflicts))
        }
        #expect(!ledger.conflicts.isEmpty)
    }

    @Test func aSlotMovedAwayEndsTheClashForBothGroups() {
        func group(_ id: String, _ hour: Int) -> Delegation {
            let day = LocalDate(year: 2017, month: 7, day: 13)
            return Delegation(id: id, title: id, status: .confirmed, slots: [
                Slot(start: LocalDateTime(date: day, time: LocalTime(hour: hour, minute: 0)),
                     end: LocalDateTime(date: day, time: LocalTime(hour: hour + 2, minute: 0)), host: "erik")])
        }
        var ledger = ConflictLedger([group("a", 9), group("b", 10)])
        #expect(ledger.conflicts.map(\.delegationIDs) == [["a", "b"]])
        let (removed, added) = ledger.replace([group("b", 10)], with: [group("b", 14)])
        #expect(removed.map(\.kind) == [.sameHost] && added.isEmpty && ledger.conflicts.isEmpty)
    }
}
