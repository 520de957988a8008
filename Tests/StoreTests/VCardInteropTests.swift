import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// The vCard export read by real readers: Python's `vobject` and khard (which reads a vdir of
/// .vcf files). Each test is skipped only when its program is missing; `.ci/run` installs both.
@Suite struct VCardInteropTests {
    static let contacts = DemoStore.catalog(today: LocalDate(year: 2026, month: 11, day: 25)).contacts

    static let readCards = """
    import json, sys, vobject
    out = []
    for card in vobject.readComponents(open(sys.argv[1], encoding="utf-8").read()):
        c = card.contents
        out.append({
            "uid": card.uid.value, "fn": card.fn.value,
            "family": card.n.value.family, "given": card.n.value.given,
            "nickname": c["nickname"][0].value if "nickname" in c else None,
            "orgs": [";".join(o.value) for o in c.get("org", [])],
            "tels": [[t.value, ",".join(t.params.get("TYPE", []))] for t in c.get("tel", [])],
            "emails": [e.value for e in c.get("email", [])],
            "wechat": c["x-wechat"][0].value if "x-wechat" in c else None,
            "note": c["note"][0].value if "note" in c else "",
        })
    print(json.dumps(out, ensure_ascii=False))
    """

    @Test(.enabled(if: ExternalTool.pythonHas("vobject")))
    func vobjectReadsEveryCard() throws {
        let folder = TemporaryFolder("vcf")
        folder.write("contacts.vcf", VCardExport.cards(Self.contacts))
        let result = try #require(ExternalTool.python(Self.readCards, [folder.path + "/contacts.vcf"]))
        try #require(result.status == 0, "\(result.errors)")
        let cards = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(cards.count == Self.contacts.count)
        for (card, contact) in zip(cards, Self.contacts) {
            #expect(card["uid"] as? String == contact.id)
            #expect(card["fn"] as? String == contact.name)
            #expect(card["nickname"] as? String == contact.nameZh)
            #expect(card["emails"] as? [String] == Array(contact.emails))
            #expect((card["tels"] as? [[String]])?.count == contact.phones.count)
            #expect(card["note"] as? String == contact.notes)
        }
        let wang = try #require(cards.first { $0["uid"] as? String == "wang-fang" })
        #expect(wang["family"] as? String == "Wang")
        #expect(wang["given"] as? String == "Fang")
        #expect(wang["orgs"] as? [String] == ["Hebei Bureau of Commerce", "河北省商务厅"])
        #expect(wang["tels"] as? [[String]] == [["+86 138 0013 8000", "CELL"], ["+86 311 8765 4321", "WORK,VOICE"]])
        #expect(wang["wechat"] as? String == "wangfang_hb")
        let asa = try #require(cards.first { $0["uid"] as? String == "asa-oberg" })
        #expect(asa["family"] as? String == "Öberg")
    }

    @Test(.enabled(if: ExternalTool.exists("khard")))
    func khardListsSearchesAndDialsFromAVdir() throws {
        let folder = TemporaryFolder("khard")
        for file in VCardExport.cardFiles(Self.contacts) { folder.write("book/\(file.name)", file.contents) }
        folder.write("khard.conf", """
            [addressbooks]
            [[visits]]
            path = \(folder.path)/book
            [general]
            default_action = list
            editor = /bin/true
            merge_editor = /bin/true
            [contact table]
            display = formatted_name
            show_nicknames = yes
            show_uids = yes
            sort = last_name
            [vcard]
            preferred_version = 3.0
            skip_unparsable = no

            """)
        func khard(_ arguments: [String]) throws -> [String] {
            let result = try #require(ExternalTool.run("khard", ["-c", folder.path + "/khard.conf"] + arguments,
                                                       environment: ["XDG_CONFIG_HOME": folder.path]))
            #expect(result.status == 0, "\(result.errors)")
            return result.output.split(separator: "\n").map(String.init)
        }
        let all = try khard(["list", "--parsable"])
        #expect(all.count == Self.contacts.count, "\(all)")
        #expect(all.contains("asa-oberg\tÅsa Öberg\tvisits"))
        #expect(try khard(["list", "--parsable", "王芳"]) == ["wang-fang\tWang Fang\tvisits"], "found by the Chinese name")
        let phones = try khard(["phone", "--parsable", "wang"])
        #expect(phones.contains("+86 138 0013 8000\tWang Fang\tCELL"))
    }
}
