import Foundation
import Testing
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

/// Letters from templates: the defaults work for a real visit in every language, and a mistake in
/// a template comes back as `FILE:LINE: what`, never as a letter with a hole in it.
@Suite("Letter templates")
struct LetterTemplateTests {
    static let today = LocalDate(year: 2026, month: 11, day: 25)
    static let catalog = DemoStore.catalog(today: today)

    func context(_ id: String = "hebei-commerce-waste-water", _ language: DocumentLanguage = .en, catalog: Catalog = Self.catalog) throws -> LetterContext {
        let delegation = try #require(catalog.delegation(id: id))
        return LetterContext(delegation: delegation, settings: catalog.settings, language: language, today: Self.today, contact: catalog.contact(id:))
    }

    @Test("every default letter renders for the Hebei group in en, sv and zh, addressed to its lead and signed by its coordinator",
          arguments: LetterKind.allCases, DocumentLanguage.allCases)
    func defaults(kind: LetterKind, language: DocumentLanguage) throws {
        let template = LetterTemplate(file: "templates/" + kind.fileName(language), text: DefaultTemplates.text(kind, language))
        let letter = try template.render(try context("hebei-commerce-waste-water", language))
        #expect(!letter.subject.isEmpty && !letter.subject.contains("{{"))
        #expect(letter.body.contains(language == .zh ? "王芳" : "Wang Fang"), "\(letter.body)")
        #expect(letter.body.contains("lina.berg@example.se"))
        #expect(!letter.body.contains("{{") && !letter.body.contains("}}"))
    }

    @Test("the confirmation carries the programme with both clocks; the Chinese subject names the group in characters")
    func confirmationProgramme() throws {
        let template = LetterTemplate(file: "t", text: DefaultTemplates.text(.confirmation, .zh))
        let letter = try template.render(try context("hebei-commerce-waste-water", .zh))
        #expect(letter.subject == "访问确认：河北省商务厅代表团（2026年12月9日至10日）")
        #expect(letter.body.contains("斯德哥尔摩 09:00–10:30 · 北京 16:00–17:30"))
    }

    @Test("an unknown placeholder names the template file and its line")
    func unknownPlaceholder() throws {
        let template = LetterTemplate(file: "templates/decline.sv.mustache", text: "Subject: Hej\n\nHej {{lead.name}},\n\n{{lead.fone}}\n")
        let error = try #require(throws: DocumentError.self) { try template.render(try context()) }
        #expect(error.description == "templates/decline.sv.mustache:5: unknown placeholder `{{lead.fone}}`; the names a letter can use are listed in docs/store-format.md (templates)")
    }

    @Test("a section that is never closed is a syntax error with the file and line")
    func syntaxError() throws {
        let template = LetterTemplate(file: "templates/confirmation.en.mustache", text: "Subject: x\n\nDear {{lead.name}},\n{{#members}}\n{{display}}\n{{/lead}}\n")
        let error = try #require(throws: DocumentError.self) { try template.render(try context()) }
        #expect(error.description.hasPrefix("templates/confirmation.en.mustache:6: template syntax error"), "\(error.description)")
    }

    @Test("a value this delegation lacks is an error unless a section tests for it")
    func emptyValue() throws {
        var catalog = Self.catalog
        var lead = try #require(catalog.contact(id: "wang-fang"))
        lead.emails = []
        catalog.upsert(lead)
        let bare = LetterTemplate(file: "t.mustache", text: "Subject: x\n\nWrite to {{lead.email}}\n")
        let error = try #require(throws: DocumentError.self) { try bare.render(try context(catalog: catalog)) }
        #expect(error.description.hasPrefix("t.mustache:3: `{{lead.email}}` has no value for this delegation"))
        let guarded = LetterTemplate(file: "t.mustache", text: "Subject: x\n\n{{#lead.email}}Write to {{lead.email}}{{/lead.email}}{{^lead.email}}Call {{lead.phone}}{{/lead.email}}\n")
        #expect(try guarded.render(try context(catalog: catalog)).body == "Call +86 138 0013 8000\n")
    }

    @Test("members are listed through a section; `&` stays `&` in a text letter")
    func sectionsAndEscaping() throws {
        let template = LetterTemplate(file: "t", text: "Subject: A & B\n\n{{#members}}{{display}}; {{/members}}\n")
        let letter = try template.render(try context("hebei-commerce-waste-water", .zh))
        #expect(letter.subject == "A & B")
        #expect(letter.body == "王芳; 张伟; 刘洋; 郭强; \n")
    }
}

/// docs/store-format.md is where an "unknown placeholder" message sends the coordinator: every
/// name a letter has must be listed there.
@Suite("Letter placeholders documented")
struct LetterPlaceholderDocsTests {
    @Test("every top-level placeholder appears in the templates table of docs/store-format.md")
    func documented() throws {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/store-format.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        let section = try #require(text.range(of: "## Letter templates")).upperBound
        let catalog = LetterTemplateTests.catalog
        let delegation = try #require(catalog.delegation(id: "hebei-commerce-waste-water"))
        let context = LetterContext(delegation: delegation, settings: catalog.settings, language: .en, today: LetterTemplateTests.today, contact: catalog.contact(id:))
        let undocumented = context.values.keys.filter { !text[section...].contains("`\($0)`") }
        #expect(undocumented.isEmpty, "not in docs/store-format.md: \(undocumented.sorted())")
    }
}
