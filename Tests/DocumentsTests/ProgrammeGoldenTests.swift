import Foundation
import Testing
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

/// The demo store's multi-day visits written in every language and format, compared with files a
/// person has read: an inbound group (two days, four hosts) and an outbound trip (a three-day slot,
/// travellers listed).
@Suite("Programme golden files")
struct ProgrammeGoldenTests {
    static let catalog = DemoStore.catalog(today: LocalDate(year: 2026, month: 11, day: 25))
    static let visits = ["hebei-commerce-waste-water", "shanghai-suzhou-trip"]
    static let languages = ["en", "sv", "zh", "zh+en", "sv+en"]

    static func layout(_ id: String, _ lang: String) throws -> ProgrammeLayout {
        let delegation = try #require(catalog.delegation(id: id))
        return ProgrammeLayout(delegation: delegation, settings: catalog.settings, readers: try ReaderLanguages(parsing: lang), contact: catalog.contact(id:))
    }

    @Test("text, Markdown and HTML match the reviewed golden files", arguments: visits, languages)
    func golden(id: String, lang: String) throws {
        let body = try Self.layout(id, lang).body()
        for (format, suffix) in [(DocumentFormat.text, "txt"), (.md, "md"), (.html, "html")] {
            let output = DocumentFormat.write(body, as: format).replacingOccurrences(of: HTMLWriter.stylesheet, with: "/* HTMLWriter.stylesheet */\n")
            try Golden.check(output, name: "programme-\(id)-\(lang.replacingOccurrences(of: "+", with: "-")).\(suffix)")
        }
    }

    @Test("html5lib parses every HTML programme without errors; Chinese text sits under lang=zh-CN", arguments: languages)
    func htmlParses(lang: String) throws {
        let html = HTMLWriter.write(try Self.layout("hebei-commerce-waste-water", lang).body())
        let script = """
        import sys, html5lib
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        doc = parser.parse(sys.stdin.buffer.read())
        assert doc.find('head/meta').get('charset') == 'utf-8'
        def walk(el, lang):
            lang = el.get('lang', lang)
            for text in [el.text] + [c.tail for c in el]:
                if text and any('\\u4e00' <= ch <= '\\u9fff' for ch in text) and lang != 'zh-CN':
                    raise SystemExit('Chinese outside lang=zh-CN: %r (lang %s)' % (text, lang))
            for c in el: walk(c, lang)
        walk(doc, None)
        print(doc.find('body/h1').xpath if False else ''.join(doc.find('body/h1').itertext()))
        """
        let title = try Python.run(script, input: Data(html.utf8))
        #expect(title.contains("河北省商务厅代表团") || !lang.contains("zh"), "\(title)")
        #expect(title.contains("Hebei Bureau of Commerce Group") || lang == "zh", "\(title)")
    }
}

extension ProgrammeGoldenTests {
    @Test("markup and control characters typed into a record stay text: html5lib still parses the page without errors")
    func hostileText() throws {
        var delegation = try #require(Self.catalog.delegation(id: "hebei-commerce-waste-water"))
        delegation.title = "<script>alert(1)</script> & \"Co\" \u{7}\u{1b}[31m"
        delegation.slots[0].place = "</dd></dl><h1>x"
        let layout = ProgrammeLayout(delegation: delegation, settings: Self.catalog.settings, readers: ReaderLanguages(.en), contact: Self.catalog.contact(id:))
        let html = HTMLWriter.write(layout.body())
        #expect(!html.contains("<script>") && !html.contains("\u{1b}"))
        let script = "import sys, html5lib; doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(sys.stdin.buffer.read()); print(len(doc.findall('.//h1')))"
        #expect(try Python.run(script, input: Data(html.utf8)) == "1\n")
    }
}
