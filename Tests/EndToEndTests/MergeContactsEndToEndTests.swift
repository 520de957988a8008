import Foundation
import Testing

/// `visitdesk merge-contacts`: a possible duplicate found by an import turns out to be one person.
@Suite struct MergeContactsEndToEndTests {
    @Test("merging two contacts joins their values, points every delegation at the one kept, and removes the other")
    func mergeRewritesReferences() throws {
        let run = try ImportEndToEndTests.importing("same-name.vcf")
        defer { ImportEndToEndTests.cleanUp(run) }
        let store = run.store
        let dry = try VisitDeskCLI.run(["merge-contacts", "li-na-2", "li-na", "--store", store, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("    delegations/tangshan-district-heating.toml: li-na → li-na-2\n"))
        #expect(ImportEndToEndTests.snapshot(store) == run.after, "a dry run writes nothing")

        let merge = try VisitDeskCLI.run(["merge-contacts", "li-na-2", "li-na", "--store", store])
        #expect(merge.status == 0, "\(merge.stderr)")
        let after = ImportEndToEndTests.snapshot(store)
        #expect(after["contacts/li-na.toml"] == nil)
        let kept = String(decoding: after["contacts/li-na-2.toml"] ?? Data(), as: UTF8.self)
        #expect(kept.hasPrefix("name = \"Li Na\"\norganisation = \"Wuhan University\"\nphones = [\"+86 139 7100 0001\", \"+86 135 3305 7721\"]\n"))
        #expect(kept.contains("name_zh = \"李娜\"\n") && kept.contains("wechat = \"lina_tangshan\"\n"))
        let changed = Set(run.after.keys).union(after.keys).filter { run.after[$0] != after[$0] }
        #expect(changed == ["contacts/li-na.toml", "contacts/li-na-2.toml",
                            "delegations/tangshan-district-heating.toml", "delegations/tangshan-recycling-spring.toml"])
        let spring = String(decoding: after["delegations/tangshan-recycling-spring.toml"] ?? Data(), as: UTF8.self)
        #expect(spring.contains("lead = \"li-na-2\"\n") && spring.contains("members = [\"li-na-2\", \"guo-qiang\"]\n"))
        let check = try VisitDeskCLI.run(["check", "--store", store])
        #expect(check.status == 0, "no reference is left dangling: \(check.stdout)")

        let missing = try VisitDeskCLI.run(["merge-contacts", "li-na-2", "li-na", "--store", store])
        #expect(missing.status == 1 && missing.stderr.contains("no contact `li-na`"))
    }
}
