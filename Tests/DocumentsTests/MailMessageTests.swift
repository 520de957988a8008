import Foundation
import Testing
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

/// The message's headers as a mail server reads them: nothing from a record may add a header.
@Suite("Mail headers")
struct MailMessageTests {
    static let catalog = DemoStore.catalog(today: LocalDate(year: 2026, month: 11, day: 25))
    let letter = LetterTemplate.Letter(subject: "访问确认：河北省商务厅代表团（2026年12月9日至10日）与瑞典达拉纳科学园的技术交流", body: "正文\n")

    func message(catalog: Catalog = Self.catalog) throws(DocumentError) -> MailMessage {
        try LetterMail.message(letter, delegation: catalog.delegation(id: "hebei-commerce-waste-water")!, language: .zh,
                               contact: catalog.contact(id:), date: "Wed, 25 Nov 2026 09:00:00 +0100", messageID: "x@test")
    }

    @Test("a long Chinese subject becomes encoded words of at most 75 characters on folded lines; every line ends in CRLF")
    func encodedSubject() throws {
        let text = try message().rfc5322()
        let head = text.components(separatedBy: "\r\n\r\n")[0]
        let subject = head.components(separatedBy: "\r\n").drop { !$0.hasPrefix("Subject:") }.prefix { $0.hasPrefix("Subject:") || $0.hasPrefix(" ") }
        #expect(subject.count > 1, "folded")
        for line in subject {
            let word = line.replacingOccurrences(of: "Subject: ", with: "").trimmingCharacters(in: .whitespaces)
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?=") && word.count <= 75, "\(word)")
        }
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
    }

    @Test("an email with a line break or angle bracket in a contact file is refused, naming the file")
    func headerInjection() throws {
        var catalog = Self.catalog
        var lead = try #require(catalog.contact(id: "wang-fang"))
        lead.emails = ["wang@example.cn\r\nBcc: everyone@example.com"]
        catalog.upsert(lead)
        let error = try #require(throws: DocumentError.self) { try message(catalog: catalog) }
        #expect(error.description.contains("cannot go in a mail header: fix `emails` in contacts/wang-fang.toml"))
    }
}
