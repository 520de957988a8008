import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// Property: importing any file — here our own export of the demo store and the fixture shapes,
/// mangled 600 ways — into the demo store never takes a value away from a contact it has.
@Suite struct ImportNeverRemovesTests {
    static let demo = DemoStore.catalog(today: LocalDate(year: 2026, month: 11, day: 25)).contacts

    /// Every value a contact holds, as "field=value" (list entries one by one).
    static func values(_ c: Contact) -> Set<String> {
        let lists = [("phones", Array(c.phones)), ("emails", Array(c.emails)), ("languages", c.languages), ("topics", c.topics), ("tags", c.tags)]
        let singles = [("name", c.name), ("name_zh", c.nameZh), ("country", c.country), ("organisation", c.organisation),
                       ("organisation_zh", c.organisationZh), ("role", c.role), ("wechat", c.wechat), ("uid", c.uid), ("pinyin", c.pinyin)]
        return Set(lists.flatMap { field, items in items.map { "\(field)=\($0)" } })
            .union(singles.compactMap { field, value in value.map { "\(field)=\($0)" } })
    }

    @Test func noImportRemovesAValue() {
        let samples = [VCardExport.cards(Self.demo), VCardImportTests.apple30, CSVContactImportTests.chineseList]
        var updates = 0
        for seed in 0..<600 as Range<UInt64> {
            let text = CSVAndVCardMangledInputTests.mangle(samples[Int(seed) % samples.count], seed: seed)
            let read = seed % 3 == 2 ? CSVContactImport.contacts(from: text, mapping: nil) : VCardImport.contacts(from: text)
            let prefer: ContactMerge.Preference = seed % 2 == 0 ? .ours : .incoming
            let plan = ContactImportPlan(read.contacts, existing: Self.demo, update: true, prefer: prefer, isTaken: { _ in false })
            for entry in plan.entries {
                switch entry.outcome {
                case .update(let old, let merged, _, _):
                    updates += 1
                    #expect(merged.id == old.id)
                    #expect(merged.notes.hasPrefix(old.notes), "seed \(seed): \(old.id) notes")
                    let lost = Self.values(old).subtracting(Self.values(merged))
                    if prefer == .ours {
                        #expect(lost.isEmpty, "seed \(seed): \(old.id) lost \(lost)")
                    } else {
                        // Taking theirs replaces a single value by another, never by nothing.
                        let fields = Set(lost.map { $0.prefix { $0 != "=" } })
                        #expect(fields.isSubset(of: ["name", "name_zh", "country", "organisation", "organisation_zh", "role", "wechat", "uid", "pinyin"]),
                                "seed \(seed): \(old.id) lost \(lost)")
                        for field in fields { #expect(Self.values(merged).contains { $0.hasPrefix(field + "=") }) }
                    }
                case .create(let contact, _):
                    #expect(!Self.demo.contains { $0.id == contact.id }, "seed \(seed): a new contact never takes an existing id")
                case .unchanged, .skipped:
                    break
                }
            }
        }
        #expect(updates > 200, "the mangled files must change known people for the property to say anything")
    }
}
