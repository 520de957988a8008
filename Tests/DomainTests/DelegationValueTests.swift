import Testing
import VisitDeskDomain

/// A delegation's fields live in a shared box (so a catalog's array is cheap to copy); it must
/// still behave exactly like a value: a copy never sees another copy's writes, however deep.
@Suite("A delegation is a value")
struct DelegationValueTests {
    private let morning = LocalDateTime(date: LocalDate(year: 2027, month: 1, day: 14), time: LocalTime(hour: 9, minute: 30))
    private let noon = LocalDateTime(date: LocalDate(year: 2027, month: 1, day: 14), time: LocalTime(hour: 12, minute: 0))

    private var hebei: Delegation {
        Delegation(id: "hebei", title: "Hebei group", titleZh: "河北代表团", status: .confirmed, lead: "anna",
                   members: ["bo"], slots: [Slot(start: morning, end: noon, place: "Falun", host: "cai")])
    }

    @Test("a copy keeps its fields when the original's are written, nested ones included")
    func copiesAreIndependent() {
        var original = hebei
        let copy = original
        original.title = "Hebei group, renamed"
        original.slots[0].warnings.append("2027-01-14: a Swedish holiday")
        original.members.append("dan")
        original.history.append("2026-12-06 on-hold: waiting for dates")
        #expect(copy.title == "Hebei group" && copy.slots[0].warnings.isEmpty && copy.members == ["bo"] && copy.history.isEmpty)
        #expect(original.title == "Hebei group, renamed" && original.slots[0].warnings.count == 1)
        #expect(original.members == ["bo", "dan"] && original.history.count == 1)
        #expect(copy != original)
    }

    @Test("equal fields are equal and hash alike, whether or not they share storage")
    func equalityIsByFields() {
        let (a, b) = (hebei, hebei)
        #expect(a == b && a.hashValue == b.hashValue)
        var c = a
        c.notes = "x"
        c.notes = ""
        #expect(c == a && c.hashValue == a.hashValue)
        var other = a
        other.id = "jiangsu"
        #expect(other != a && other.title == a.title)
        #expect(Set([a, b, c, other]).count == 2)
    }
}
