import Foundation
import TOMLDocument
import Testing

/// The examples in docs/store-format.md are what people copy to start a file by hand: each must
/// be valid TOML that means what the text around it says.
@Suite struct DemoDocExamplesTests {
    static let docPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/store-format.md").path

    /// The body of every ```toml fenced block, in order.
    static func tomlBlocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```toml" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// Dates come back as `@2027-01-18`, so a quoted date (a string) is told apart from a real one.
    static let parseAll = """
    import json, sys, tomllib
    blocks = json.loads(sys.argv[1])
    print(json.dumps([tomllib.loads(b) for b in blocks], default=lambda v: "@" + str(v), ensure_ascii=False))
    """

    @Test func everyExampleParsesWithOurTOMLLayer() throws {
        let markdown = try String(contentsOfFile: Self.docPath, encoding: .utf8)
        for block in Self.tomlBlocks(in: markdown) {
            #expect(throws: Never.self, "\(block)") { _ = try TOMLDocument(parsing: block) }
        }
    }

    @Test func findsTheFencedBlocks() {
        let md = "text\n```toml\na = 1\n```\n```\nnot toml\n```\n```toml\nb = \"x\"\n```\n"
        #expect(Self.tomlBlocks(in: md) == ["a = 1\n", "b = \"x\"\n"])
    }

    @Test(.enabled(if: ExternalTool.pythonHas("tomllib")))
    func everyExampleIsValidTOMLWithTheDocumentedFields() throws {
        let markdown = try String(contentsOfFile: Self.docPath, encoding: .utf8)
        let blocks = Self.tomlBlocks(in: markdown)
        #expect(blocks.count == 5, "store.toml, holidays.toml, a delegation and two contacts")

        let argument = String(decoding: try JSONSerialization.data(withJSONObject: blocks), as: UTF8.self)
        let result = try #require(ExternalTool.python(Self.parseAll, [argument]))
        #expect(result.status == 0, "\(result.errors)")
        let tables = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        try #require(tables.count == 5)

        #expect(tables[0]["timezone"] as? String == "Europe/Stockholm")
        #expect((tables[1]["china"] as? [[String: Any]])?.first?["year"] as? Int == 2027)
        let delegation = tables[2]
        #expect(delegation["status"] as? String == "confirmed")
        #expect(delegation["title_zh"] as? String == "河北省商务厅代表团")
        #expect((delegation["slots"] as? [[String: Any]])?.count == 2)
        #expect((delegation["follow_ups"] as? [[String: Any]])?.first?["done"] as? Bool == false)
        #expect(delegation["received"] as? String == "@2027-01-18", "dates are written without quotes")
        #expect(tables[3]["name_zh"] as? String == "王芳")
        #expect(tables[4]["name"] as? String == "Erik Sjöberg")
    }
}
