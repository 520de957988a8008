import Testing
import VisitDeskDomain

@Suite struct DictionaryValuesInPlaceTests {
    @Test("every value is changed once, the keys stay, and a copy held elsewhere keeps the old values")
    func everyValueOnce() {
        var table = ["lead": [3, 1, 2], "host": [9], "member": []]
        let before = table
        var seen = 0
        table.updateEachValue { values in
            seen += 1
            values.sort(by: >)
        }
        #expect(seen == 3)
        #expect(table == ["lead": [3, 2, 1], "host": [9], "member": []])
        #expect(before == ["lead": [3, 1, 2], "host": [9], "member": []])
    }
}
