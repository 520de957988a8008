import Testing
import VisitDeskDomain

/// A small list must behave as the array it replaces, whichever form (none, one in place, an
/// array) it is in, and every change must leave it in the form its count calls for.
@Suite("Small list")
struct SmallListTests {
    @Test("appends, inserts and removals give what an array gives, across the one-element form")
    func editsMatchAnArray() {
        var list = SmallList<String>()
        var array: [String] = []
        func check(_ step: String) {
            #expect(Array(list) == array, "\(step)")
            #expect(list.count == array.count && list.isEmpty == array.isEmpty, "\(step)")
            #expect(list == SmallList(array), "\(step)")
        }
        check("empty")
        list.append("Åsa"); array.append("Åsa"); check("one")
        list.append("李明"); array.append("李明"); check("two")
        list.insert("Erik", at: 1); array.insert("Erik", at: 1); check("insert in the middle")
        list.remove(at: 0); array.remove(at: 0); check("remove the first")
        list.remove(at: 1); array.remove(at: 1); check("back to one")
        list.insert("Zhang", at: 0); array.insert("Zhang", at: 0); check("insert before the one")
        list.removeAll { $0 == "Zhang" || $0 == "Erik" }; array.removeAll { $0 == "Zhang" || $0 == "Erik" }; check("remove where")
        #expect(list.isEmpty)
        list.append("Wang"); array.append("Wang"); check("one again after none")
    }

    @Test("sorting and setting elements work in place, in both forms")
    func mutableInPlace() {
        var one: SmallList<Int> = [7]
        one[0] = 8
        #expect(Array(one) == [8])
        var many: SmallList<Int> = [3, 1, 2]
        many.sort()
        #expect(Array(many) == [1, 2, 3])
        many[2] = 0
        #expect(Array(many) == [1, 2, 0])
        #expect(many.firstIndex(of: 2) == 1)
        #expect(many.sortedInsertionIndex { $0 > 1 } == 1)
    }

    @Test("lists with the same elements are equal whatever edits made them")
    func equalityIsByElements() {
        var edited: SmallList<Int> = [1, 2]
        edited.remove(at: 1)
        #expect(edited == [1])
        #expect(edited != [1, 2])
        #expect(SmallList<Int>() == [])
        #expect(edited.description == "[1]")
    }

    @Test("a set of lists keeps one of each: equal lists hash alike, whatever edits made them")
    func hashingFollowsEquality() {
        var shrunk: SmallList<String> = ["+46 70 123 45 67", "0243-740 00"]
        shrunk.removeLast()
        let lists: Set<SmallList<String>> = [shrunk, ["+46 70 123 45 67"], ["0243-740 00", "+46 70 123 45 67"], ["+46 70 123 45 67", "0243-740 00"], []]
        #expect(lists.count == 4)
        #expect(lists.contains(["+46 70 123 45 67"]))
    }
}
