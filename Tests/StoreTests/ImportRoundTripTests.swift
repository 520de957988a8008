import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// Out and back in: a contact exported as a vCard, possibly edited by another address book, and
/// imported again is the same person — updated, never duplicated, never losing a value.
@Suite struct ImportRoundTripTests {
    static let contacts = DemoStore.catalog(today: LocalDate(year: 2026, month: 11, day: 25)).contacts + [
        Contact(id: "maja-lindgren", name: "Maja Lindgren", country: "SE",
                phones: ["växel: +46 23 77 40 00", "fax: 023-77 40 99", "home: 023-12 34 56", "pager: 070-611 22 33"],
                emails: ["maja@example.se"], uid: "7C1F9A52-3B8E-4E0D-9D1A-6E2F0B4C8A10"),
        Contact(id: "zeng-li", name: "Zeng Li", nameZh: "曾丽", country: "CN", emails: ["zeng.li@example.cn"], pinyin: "Zēng Lì"),
    ]

    static func plan(_ read: ImportRead, update: Bool = true) -> ContactImportPlan {
        ContactImportPlan(read.contacts, existing: contacts, update: update, prefer: .ours, isTaken: { _ in false })
    }

    @Test func ourOwnExportComesBackAsTheSamePeopleUnchanged() {
        let read = VCardImport.contacts(from: VCardExport.cards(Self.contacts))
        #expect(read.problems == [])
        let entries = Self.plan(read).entries
        #expect(entries.count == Self.contacts.count)
        for entry in entries {
            guard case .unchanged(let ours, let changes, let by) = entry.outcome else {
                Issue.record("\(entry.incoming.name): \(entry.outcome)")
                continue
            }
            #expect(changes.isEmpty, "\(ours.id): \(changes)")
            if case .uid = by {} else { Issue.record("\(ours.id) recognised by \(by.description), not its UID") }
        }
    }

    @Test func phoneKindsTheForeignUIDAndOwnPinyinSurviveTheTrip() throws {
        let zeng = try #require(Self.contacts.last)
        #expect(VCardImport.contacts(from: VCardExport.card(zeng)).contacts.first?.contact.pinyin == "Zēng Lì")
        let maja = try #require(Self.contacts.first { $0.id == "maja-lindgren" })
        let card = VCardExport.card(maja)
        #expect(card.contains("UID:7C1F9A52-3B8E-4E0D-9D1A-6E2F0B4C8A10\r\n"))
        #expect(card.contains("TEL;TYPE=FAX:+46 23 77 40 99\r\n"))
        #expect(card.contains("TEL;TYPE=HOME,VOICE:+46 23 12 34 56\r\n"))
        #expect(card.contains("TEL;TYPE=PAGER:+46 70 611 22 33\r\n"))
        let back = try #require(VCardImport.contacts(from: card).contacts.first?.contact)
        #expect(back.phones == ["+46 23 77 40 00", "fax: +46 23 77 40 99", "home: +46 23 12 34 56", "pager: +46 70 611 22 33"],
                "the custom `växel` label has no vCard type; the number itself comes back")
        #expect(back.uid == maja.uid)
    }

    /// Exported into a vdir, edited with khard (`show --format yaml`, then `edit -i`), imported again.
    @Test(.enabled(if: ExternalTool.exists("khard")))
    func aCardEditedInKhardUpdatesTheSamePerson() throws {
        let folder = TemporaryFolder("khard-trip")
        let wang = try #require(Self.contacts.first { $0.id == "wang-fang" })
        folder.write("book/wang-fang.vcf", VCardExport.card(wang))
        folder.write("khard.conf", """
            [addressbooks]
            [[visits]]
            path = \(folder.path)/book
            [general]
            editor = /bin/true
            merge_editor = /bin/true
            [vcard]
            preferred_version = 3.0

            """)
        let khard = "khard -c '\(folder.path)/khard.conf'"
        let show = try #require(ExternalTool.run("sh", ["-c", "\(khard) show --format yaml uid:wang-fang -o '\(folder.path)/t.yaml'"]))
        try #require(show.status == 0, "\(show.errors)")
        var yaml = try String(contentsOfFile: folder.path + "/t.yaml", encoding: .utf8)
        yaml = yaml.replacing("    WORK, VOICE: +86 311 8765 4321", with: "    WORK, VOICE: +86 311 8765 4321\n    FAX: +86 311 8765 4399")
        yaml = yaml.replacing("\nNote:", with: "\nNote: Prefers WeChat to e-mail.")
        folder.write("t.yaml", yaml)
        let edit = try #require(ExternalTool.run("sh", ["-c", "echo y | \(khard) edit -i '\(folder.path)/t.yaml' uid:wang-fang"]))
        try #require(edit.status == 0, "\(edit.errors)")

        let bytes = try #require(FileManager.default.contents(atPath: folder.path + "/book/wang-fang.vcf"))
        let read = VCardImport.contacts(from: Array(bytes))
        #expect(read.problems == [])
        let entries = Self.plan(read).entries
        try #require(entries.count == 1)
        guard case .update(let old, let merged, let changes, _) = entries[0].outcome else {
            Issue.record("expected an update of wang-fang, got \(entries[0].outcome)")
            return
        }
        #expect(old.id == "wang-fang")
        #expect(merged.phones == wang.phones + ["fax: +86 311 8765 4399"])
        #expect(merged.notes == "Prefers WeChat to e-mail.")
        #expect(merged.languages == wang.languages, "khard drops a value of X-VISITDESK-LANGUAGES; the merge keeps ours")
        #expect(changes.map(\.field) == ["phones", "notes"])
    }
}
