import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// An independent TOML parser (Python's tomllib) reads every demo file, so the demo is valid TOML
/// whatever our own parser accepts, and the values it reads are the ones the demo meant.
@Suite struct DemoTOMLInteropTests {
    static let script = """
    import json, sys, tomllib, pathlib
    root = pathlib.Path(sys.argv[1])
    out = {}
    for path in sorted(root.rglob("*.toml")):
        with open(path, "rb") as f:
            out[str(path.relative_to(root))] = tomllib.load(f)
    print(json.dumps(out, default=str, ensure_ascii=False))
    """

    @Test(.enabled(if: ExternalTool.pythonHas("tomllib")))
    func everyDemoFileIsTOMLWithTheIntendedValues() throws {
        let today = LocalDate(year: 2026, month: 11, day: 25)
        let folder = TemporaryFolder("demo-toml")
        for file in DemoStore.files(today: today) { folder.write(file.path, file.contents) }

        let result = try #require(ExternalTool.python(Self.script, [folder.path]))
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Any]])
        #expect(json.count == DemoStore.files(today: today).count)

        let catalog = DemoStore.catalog(today: today)
        for d in catalog.delegations {
            let table = try #require(json["delegations/\(d.id).toml"])
            #expect(table["title"] as? String == d.title)
            #expect(table["status"] as? String == d.status.rawValue)
            #expect(table["notes"] as? String ?? "" == d.notes)
            let slots = table["slots"] as? [[String: Any]] ?? []
            #expect(slots.map { $0["start"] as? String } == d.slots.map { "\($0.start.date) \($0.start.time)" })
        }
        for c in catalog.contacts {
            let table = try #require(json["contacts/\(c.id).toml"])
            #expect(table["name"] as? String == c.name)
            #expect(table["name_zh"] as? String == c.nameZh)
            #expect(table["phones"] as? [String] ?? [] == Array(c.phones))
        }
        #expect(json["store.toml"]?["timezone"] as? String == "Europe/Stockholm")
    }
}
