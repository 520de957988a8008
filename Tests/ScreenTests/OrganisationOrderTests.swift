import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The contacts list's organisation order ranks each distinct organisation once; it must be the
/// order its definition gives: by the organisation's Swedish collation key (the Chinese name when
/// there is no Swedish one), people without an organisation last, the name order within one.
@Suite struct OrganisationOrderTests {
    static let organisations: [(String?, String?)] = [
        ("Tekniska verken", nil), ("tekniska verken", nil), ("Tekniska  verken", nil), ("Ålands bank", nil),
        ("Älvsbyhus", nil), ("Öresundskraft", nil), ("Boliden", "波立登"), (nil, "河北省商务厅"), (nil, "山西省商务厅"),
        ("", nil), (nil, nil), ("Zinkgruvan", nil), ("Åre kommun", nil), ("ABB", nil), ("abb", nil),
    ]
    static let names = ["Åsa Öberg", "Anna Berg", "anna berg", "Zhang Wei", "Örjan Ek", "Bo Ek", "王芳", "Li Na"]

    /// The order as defined, one full key per person.
    static func definedOrder(_ contacts: [Contact]) -> [Int] {
        let nameKeys = CollationKeys(names: contacts.count) { contacts[$0].name }
        let keys = contacts.map { ($0.organisation ?? $0.organisationZh).map(SwedishCollation.key) }
        return contacts.indices.sorted { a, b in
            switch (keys[a], keys[b]) {
            case let (x?, y?) where x != y: return x.lexicographicallyPrecedes(y)
            case (_?, nil): return true
            case (nil, _?): return false
            default: return ContactIndex.precedes(a, b, contacts, nameKeys)
            }
        }
    }

    @Test(arguments: [1, 2, 3])
    func ranksGiveTheOrderTheKeysDefine(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let contacts = Catalog(contacts: (0..<300).map { id in
            let (organisation, organisationZh) = Self.organisations.randomElement(using: &random)!
            return Contact(id: String(format: "c%04d", id), name: Self.names.randomElement(using: &random)!,
                           organisation: organisation, organisationZh: organisationZh)
        }).contacts
        let nameKeys = CollationKeys(names: contacts.count) { contacts[$0].name }
        let order = ContactFinding.organisationOrder(contacts, nameKeys: nameKeys)
        #expect(order.map { contacts[$0].id } == Self.definedOrder(contacts).map { contacts[$0].id })
    }

    @Test func swedishLettersComeAfterZAndTheUnorganisedLast() {
        let contacts = Catalog(contacts: [
            Contact(id: "a", name: "A", organisation: "Ålands bank"),
            Contact(id: "b", name: "B"),
            Contact(id: "c", name: "C", organisation: "Zinkgruvan"),
            Contact(id: "d", name: "D", organisation: "Boliden"),
            Contact(id: "e", name: "E", organisation: "Älvsbyhus"),
        ]).contacts
        let order = ContactFinding.organisationOrder(contacts, nameKeys: CollationKeys(names: contacts.count) { contacts[$0].name })
        #expect(order.map { contacts[$0].id } == ["d", "c", "a", "e", "b"])
    }
}
