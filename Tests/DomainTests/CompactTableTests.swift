import Testing
import VisitDeskDomain

/// A compact table's order is whatever its removals left: two tables with the same entries must
/// be equal however they were built, and changing values in place must reach every entry once.
@Suite("Compact table")
struct CompactTableTests {
    @Test("removals from the front, the middle and the end keep every other entry")
    func removalsKeepTheRest() {
        var table = CompactTable<String, Int>()
        table.reserveCapacity(100)
        for n in 0..<100 { table["r\(n)"] = n }
        let removed = Set([0, 1, 50, 98, 99, 7, 63])
        for n in [0, 99, 50, 1, 98, 7, 63] { table["r\(n)"] = nil }
        table["missing"] = nil
        #expect(table.count == 100 - removed.count)
        for n in 0..<100 {
            #expect(table["r\(n)"] == (removed.contains(n) ? nil : n), "r\(n)")
        }
        #expect(Set(table.map(\.key)) == Set((0..<100).filter { !removed.contains($0) }.map { "r\($0)" }))
        table["r50"] = 500
        if let slot = table.slot(of: "r50") { table[slot: slot] += 5 }
        #expect(table["r50"] == 505)
        #expect(table.count == 100 - removed.count + 1)
    }

    @Test("the same entries built in different orders, with removals, are equal; a different value is not")
    func equalityIgnoresOrder() {
        var forward = CompactTable<String, [Int]>()
        for n in 0..<20 { forward["k\(n)", default: []].append(n) }
        var backward = CompactTable<String, [Int]>()
        for n in (0..<25).reversed() { backward["k\(n)"] = [n] }
        for n in 20..<25 { backward["k\(n)"] = nil }
        #expect(forward == backward)
        backward["k3", default: []].append(99)
        #expect(forward != backward)
        #expect(backward["k3"] == [3, 99])
        backward["k3"] = [3]
        backward["k4"] = nil
        #expect(forward != backward && backward.count == 19)
    }

    @Test("every value is changed in place exactly once")
    func updateEachValueOnce() {
        var table = CompactTable<Int, Int>()
        for n in 0..<50 { table[n] = n }
        for n in stride(from: 0, to: 50, by: 7) { table[n] = nil }
        table.updateEachValue { $0 += 1000 }
        #expect(table.allSatisfy { $0.value == $0.key + 1000 })
        #expect(table.count == 50 - 8)
    }

    @Test("an equal key put in place keeps the entry where it was and findable")
    func sharedKeyKeepsTheEntry() {
        var table = CompactTable<String, Int>()
        let long = "delegation-2026-ningbo-water"
        table[String(long.reversed().reversed())] = 7
        table["other"] = 8
        let slot = table.slot(of: long)
        if let slot { table.shareKey(long, atSlot: slot) }
        #expect(slot == 0 && table.slot(of: long) == 0 && table[long] == 7 && table["other"] == 8 && table.count == 2)
    }
}
