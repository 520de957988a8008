import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// A start drawn from the cache builds its table of known files later; what it answers must be
/// what the table built at once answers, before and after a change.
@Suite("Known files built later")
struct KnownFilesTests {
    private func stamp(_ n: Int) -> FileStamp { FileStamp(size: n, modified: n * 10, changed: n * 10, inode: UInt64(n)) }
    private func version(_ n: Int) -> FileVersion { FileVersion(size: n, contentHash: UInt64(n) * 7) }

    private var sections: ([StoreCache.Section<Delegation>], [StoreCache.Section<Contact>]) {
        var delegations = StoreCache.Section<Delegation>()
        var contacts = StoreCache.Section<Contact>()
        for n in 1...3 { delegations.append(Delegation(id: "d\(n)", title: "D"), stamp: stamp(n), version: version(n)) }
        for n in 4...5 { contacts.append(Contact(id: "c\(n)", name: "C"), stamp: stamp(n), version: version(n)) }
        return ([delegations], [contacts])
    }

    @Test("lookups, versions and a change agree with a table built at once, in the background or not")
    func agreesWithATableBuiltAtOnce() {
        for background in [false, true] {
            let (delegations, contacts) = sections
            var later = KnownFiles(building: delegations, contacts: contacts)
            if background { later.buildInBackground() }
            #expect(later[.delegation, "d2"] == KnownFile(stamp: stamp(2), version: version(2)))
            #expect(later["contacts/c5.toml"]?.version == version(5))
            #expect(later[.contact, "d2"] == nil)
            #expect(later.versions == [
                "delegations/d1.toml": version(1), "delegations/d2.toml": version(2), "delegations/d3.toml": version(3),
                "contacts/c4.toml": version(4), "contacts/c5.toml": version(5),
            ])
            later[.delegation, "d1"] = nil
            later["contacts/c6.toml"] = KnownFile(version: version(6))
            #expect(later[.delegation, "d1"] == nil && later[.delegation, "d3"]?.version == version(3))
            #expect(later.versions.count == 5 && later.versions["contacts/c6.toml"] == version(6))
        }
    }
}
