import Foundation
import Testing

/// Letters as mail: the `.eml` a coordinator opens in Thunderbird or hands to sendmail, read back
/// by Python's `email` package (policy.default decodes encoded words and base64 parts).
@Suite("Letters as mail")
struct MailEndToEndTests {
    /// Prints subject, To, Cc, the text body and each attachment's name and VEVENT count as JSON.
    static let reader = """
    import sys, json, email, icalendar
    from email import policy
    msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
    out = {'subject': msg['subject'], 'to': str(msg['to']), 'cc': str(msg['cc']),
           'text': msg.get_body(('plain',)).get_content(), 'html': msg.get_body(('html',)).get_content(), 'attachments': []}
    for part in msg.iter_attachments():
        if part.get_content_type() == 'application/pdf':
            out['attachments'].append({'name': part.get_filename(), 'pdf': part.get_content()[:4].decode()})
            continue
        cal = icalendar.Calendar.from_ical(part.get_content())
        out['attachments'].append({'name': part.get_filename(), 'events': len(cal.walk('VEVENT'))})
    print(json.dumps(out))
    """

    static func read(_ path: String) throws -> [String: Any] {
        let json = try Subprocess.run(["python3", "-c", reader, path])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test("zh and sv .eml: subject and body decode to the same text as the text letter; the .ics attachment is iCalendar with every slot",
          arguments: ["zh", "sv"])
    func emlRoundTrip(lang: String) throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let common = ["letter", "confirmation", "hebei-commerce-waste-water", "--store", store, "--lang", lang, "--today", "2026-11-25"]
        let text = try VisitDeskCLI.run(common)
        #expect(text.status == 0, "\(text.stderr)")
        let eml = store + "/confirmation.eml"
        let written = try VisitDeskCLI.run(common + ["--format", "eml", "--attach-ics", "--out", eml])
        #expect(written.status == 0, "\(written.stderr)")

        let parsed = try Self.read(eml)
        let lines = text.stdout.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        #expect("Subject: " + (parsed["subject"] as? String ?? "") == String(lines[0]))
        let body = (parsed["text"] as? String ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        #expect(body == String(lines[2]))
        #expect(body.contains(lang == "zh" ? "尊敬的王芳：" : "Hej Wang Fang,"))
        #expect((parsed["html"] as? String ?? "").contains(lang == "zh" ? "河北省商务厅代表团" : "Vänliga hälsningar"))
        #expect((parsed["to"] as? String ?? "").contains("wang.fang@example.cn"))
        #expect((parsed["cc"] as? String ?? "").contains("lina.berg@example.se"))
        let attachments = parsed["attachments"] as? [[String: Any]] ?? []
        #expect(attachments.count == 1)
        #expect(attachments.first?["name"] as? String == "hebei-commerce-waste-water.ics")
        #expect(attachments.first?["events"] as? Int == 4)
    }

    @Test("programme --format eml --attach-pdf --attach-ics: the programme as text and HTML parts, its PDF and its calendar attached")
    func programmeMail() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let eml = store + "/programme.eml"
        let result = try VisitDeskCLI.run(["programme", "shanghai-suzhou-trip", "--store", store, "--lang", "sv+en", "--format", "eml",
                                           "--attach-pdf", "--attach-ics", "--out", eml])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try Self.read(eml)
        #expect(parsed["subject"] as? String == "Program · Programme: Clean-tech companies to Shanghai and Suzhou")
        #expect((parsed["text"] as? String ?? "").contains("Resenärer · Travellers"))
        #expect((parsed["to"] as? String ?? "").contains("linxiao@example.cn"))
        let attachments = parsed["attachments"] as? [[String: Any]] ?? []
        #expect(attachments.first?["name"] as? String == "shanghai-suzhou-trip-programme-sv-en.pdf")
        #expect(attachments.first?["pdf"] as? String == "%PDF")
        #expect(attachments.last?["events"] as? Int == 2)
    }

    @Test("a lead without email: the message names the person, the file and what to add; no file is written")
    func leadWithoutEmail() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let contact = store + "/contacts/wang-fang.toml"
        let lines = try String(contentsOfFile: contact, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try lines.filter { !$0.hasPrefix("emails") }.joined(separator: "\n").write(toFile: contact, atomically: true, encoding: .utf8)
        let eml = store + "/x.eml"
        let result = try VisitDeskCLI.run(["letter", "decline", "hebei-commerce-waste-water", "--store", store, "--format", "eml", "--out", eml])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Wang Fang (wang-fang), the lead of hebei-commerce-waste-water, has no email: add `emails = [\"…\"]` to contacts/wang-fang.toml"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: eml))
    }

    @Test("without a sendmail program the message says what to do in the language", .enabled(if: !FileManager.default.fileExists(atPath: "/usr/sbin/sendmail") && !FileManager.default.fileExists(atPath: "/usr/lib/sendmail")))
    func noSendmailInTheLanguage() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try VisitDeskCLI.run(["letter", "thank-you", "tangshan-recycling-spring", "--store", store, "--send", "--language", "sv"],
                                          environment: ["VISITDESK_SENDMAIL": ""])
        #expect(result.status != 0)
        #expect(result.stderr.contains("inget sendmail-kompatibelt program: sätt VISITDESK_SENDMAIL"), "\(result.stderr)")
        #expect(result.stderr.contains("mailto:"))
    }

    @Test("--send pipes the message to $VISITDESK_SENDMAIL; what it receives is the same parseable mail")
    func send() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let received = store + "/received.eml"
        let result = try VisitDeskCLI.run(["letter", "thank-you", "tangshan-recycling-spring", "--store", store, "--lang", "zh", "--send"],
                                          environment: ["VISITDESK_SENDMAIL": "cat > '\(received)'"])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try Self.read(received)
        #expect(parsed["subject"] as? String == "感谢来访：唐山市再生资源考察团")
        #expect((parsed["text"] as? String ?? "").contains("感谢唐山市再生资源考察团"))
    }

    @Test("a template with an unknown placeholder stops the letter with FILE:LINE")
    func templateError() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(FileManager.default.fileExists(atPath: store + "/templates/decline.sv.mustache"), "init writes the default templates")
        try "Subject: Nej\n\nHej {{lead.name}},\n{{reson}}\n".write(toFile: store + "/templates/decline.sv.mustache", atomically: true, encoding: .utf8)
        let result = try VisitDeskCLI.run(["letter", "decline", "cangzhou-biogas", "--store", store, "--lang", "sv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("templates/decline.sv.mustache:4: unknown placeholder `{{reson}}`"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}

extension MailEndToEndTests {
    @Test("in the dashboard: a letter previewed, s asks, y hands it to the sendmail program; the mail parses")
    func dashboardSend() throws {
        let received = NSTemporaryDirectory() + "visitdesk-sent-\(UUID().uuidString.prefix(8)).eml"
        defer { try? FileManager.default.removeItem(atPath: received) }
        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "VISITDESK_SENDMAIL=\"cat > '\(received)'\"")
        let tmux = dashboard.tmux
        try tmux.send("2", "D")
        try tmux.waitFor("Programme · zh+en")
        try tmux.send("n", "n")
        try tmux.waitFor("Subject: 访问确认")
        try tmux.send("s")
        try tmux.waitFor("y sends")
        #expect(!FileManager.default.fileExists(atPath: received), "nothing is sent before the answer")
        try tmux.send("y")
        try tmux.waitFor("handed the message to")
        let parsed = try Self.read(received)
        #expect((parsed["subject"] as? String ?? "").hasPrefix("访问确认："))
        #expect((parsed["text"] as? String ?? "").contains("尊敬的"))
    }
}
