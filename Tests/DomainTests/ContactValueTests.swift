import Testing
import VisitDeskDomain

/// A contact's fields live in a shared box, and the fields most people lack (notes, tags, UID,
/// own pinyin, staff) in a second box made only for those who have one. Neither may show: a
/// contact must behave exactly like a value whose fields were all written out.
@Suite("A contact is a value")
struct ContactValueTests {
    private var wang: Contact {
        Contact(id: "wang-fang", name: "Wang Fang", nameZh: "王芳", country: "CN", organisation: "Hebei Bureau of Commerce",
                role: "Deputy director", phones: ["+86 138 0000 8000"], languages: ["zh", "en"])
    }

    @Test("the rare fields read back as written, and a copy keeps its own")
    func rareFieldsAreIndependent() {
        var original = wang
        let copy = original
        original.notes = "Met at the Hebei fair"
        original.tags.append("vip")
        original.uid = "urn:uuid:1234"
        original.pinyin = "Wáng Fāng"
        original.staff = true
        #expect(original.notes == "Met at the Hebei fair" && original.tags == ["vip"] && original.uid == "urn:uuid:1234")
        #expect(original.pinyin == "Wáng Fāng" && original.staff)
        #expect(copy.notes.isEmpty && copy.tags.isEmpty && copy.uid == nil && copy.pinyin == nil && !copy.staff)
        #expect(copy != original)
        let another = original
        original.tags = []
        #expect(another.tags == ["vip"] && original.tags.isEmpty && original.notes == "Met at the Hebei fair")
    }

    @Test("a rare field set and cleared again equals a contact that never had it, hash included")
    func clearedEqualsNever() {
        let plain = wang
        var changed = plain
        changed.notes = "x"
        changed.staff = true
        #expect(changed != plain)
        changed.notes = ""
        #expect(changed != plain)
        changed.staff = false
        #expect(changed == plain && changed.hashValue == plain.hashValue)
        let made = Contact(id: "wang-fang", name: "Wang Fang", nameZh: "王芳", country: "CN", organisation: "Hebei Bureau of Commerce",
                           role: "Deputy director", phones: ["+86 138 0000 8000"], languages: ["zh", "en"], tags: [], notes: "")
        #expect(made == plain && Set([made, plain, changed]).count == 1)
    }

    @Test("contacts that differ only in a rare field are different")
    func rareFieldsCount() {
        for change in [{ (c: inout Contact) in c.uid = "a" }, { $0.pinyin = "Wáng" }, { $0.tags = ["t"] }, { $0.staff = true }, { $0.notes = "n" }] {
            var other = wang
            change(&other)
            #expect(other != wang)
        }
    }
}
