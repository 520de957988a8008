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

    @Test("lookups and the paths a change touched agree with a table built at once")
    func agreesWithATableBuiltAtOnce() {
        do {
            let (delegations, contacts) = sections
            var later = KnownFiles(building: delegations, contacts: contacts)
            #expect(later[.delegation, "d2"] == KnownFile(stamp: stamp(2), version: version(2)))
            #expect(later["contacts/c5.toml"]?.version == version(5))
            #expect(later[.contact, "d2"] == nil)
            func table(_ numbers: ClosedRange<Int>, _ prefix: String) -> FileTable {
                var table = FileTable()
                for n in numbers { table["\(prefix)\(n)"] = KnownFile(stamp: stamp(n), version: version(n)) }
                return table
            }
            let atOnce = KnownFiles(delegations: table(1...3, "d"), contacts: table(4...5, "c"))
            #expect(KnownFiles.changedPaths(from: atOnce, to: later).isEmpty)
            later[.delegation, "d1"] = nil
            later["contacts/c6.toml"] = KnownFile(version: version(6))
            later[.delegation, "d3"] = KnownFile(stamp: stamp(3), version: version(9))
            #expect(later[.delegation, "d1"] == nil && later[.delegation, "d3"]?.version == version(9))
            #expect(KnownFiles.changedPaths(from: atOnce, to: later) == ["contacts/c6.toml", "delegations/d1.toml", "delegations/d3.toml"])
            #expect(KnownFiles.changedPaths(from: later, to: atOnce) == ["contacts/c6.toml", "delegations/d1.toml", "delegations/d3.toml"])
        }
    }

    @Test("a file known without a version (too large to read) counts as changed only once it is read")
    func unreadFilesAreNotVersions() {
        var before = KnownFiles()
        before["delegations/big.toml"] = KnownFile(stamp: stamp(1), version: nil)
        before["store.toml"] = KnownFile(version: version(1))
        var after = before
        after["delegations/big.toml"] = KnownFile(stamp: stamp(2), version: nil)
        #expect(KnownFiles.changedPaths(from: before, to: after).isEmpty)
        after["delegations/big.toml"] = KnownFile(stamp: stamp(2), version: version(2))
        after["store.toml"] = KnownFile(version: version(3))
        #expect(KnownFiles.changedPaths(from: before, to: after) == ["delegations/big.toml", "store.toml"])
    }
}
