import Foundation
import Testing

/// The documents commands as a coordinator uses them: files written where asked and nowhere
/// else, never over an existing file, and a PDF made by a real engine.
@Suite("Documents from the command line")
struct DocumentsEndToEndTests {
    @Test("programme --format pdf: WeasyPrint's PDF holds the Chinese title and both clocks (pdftotext)")
    func programmePDF() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let pdf = store + "/export/hebei.pdf"
        let result = try VisitDeskCLI.run(["programme", "hebei-commerce-waste-water", "--store", store, "--lang", "zh+en", "--format", "pdf", "--out", pdf])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: pdf))
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        let text = try Subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"])
        #expect(text.contains("河北省商务厅代表团"), "\(text)")
        #expect(text.contains("Stockholm 09:00–10:30"), "\(text)")
        #expect(text.contains("Beijing 16:00–17:30"), "\(text)")
    }

    @Test("without a PDF engine on PATH the message names WeasyPrint and Chromium as missing, and nothing is written")
    func noPDFEngine() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let pdf = store + "/export/none.pdf"
        let result = try VisitDeskCLI.run(["programme", "hebei-commerce-waste-water", "--store", store, "--format", "pdf", "--out", pdf],
                                          environment: ["PATH": "/nonexistent"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("WeasyPrint is missing") && result.stderr.contains("Chromium is missing"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test("without a PDF engine the message is in the language: the command line's, and the dashboard's after L switched it")
    func noPDFEngineInTheLanguage() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try VisitDeskCLI.run(["programme", "hebei-commerce-waste-water", "--store", store, "--format", "pdf", "--out", store + "/x.pdf", "--language", "zh"],
                                          environment: ["PATH": "/nonexistent"])
        #expect(result.stderr.contains("未找到 PDF 引擎：缺少 WeasyPrint"), "\(result.stderr)")
        // Started in English, switched to Swedish: the engine's message follows the screen.
        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "env PATH=/nonexistent")
        let tmux = dashboard.tmux
        try tmux.send("L")
        try tmux.waitFor("┌ Förfrågningar")
        try tmux.send("2", "D", "f", "f", "w")
        try tmux.waitFor("ingen PDF-motor hittades")
    }

    @Test("an existing file is kept without --force and replaced with it; the record folders are refused")
    func overwriteRules() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let out = store + "/programme.html"
        try "mine".write(toFile: out, atomically: true, encoding: .utf8)
        let refused = try VisitDeskCLI.run(["programme", "hebei-commerce-waste-water", "--store", store, "--format", "html", "--out", out])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("already exists: add --force"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "mine")
        let forced = try VisitDeskCLI.run(["programme", "hebei-commerce-waste-water", "--store", store, "--format", "html", "--out", out, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<a href=\"hebei-commerce-waste-water.ics\">"))
        let ics = try String(contentsOfFile: store + "/hebei-commerce-waste-water.ics", encoding: .utf8)
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 5, "the linked calendar is written beside the programme")

        for folder in ["delegations", "contacts"] {
            let inside = try VisitDeskCLI.run(["programme", "hebei-commerce-waste-water", "--store", store, "--out", "\(store)/\(folder)/p.txt"])
            #expect(inside.status != 0)
            #expect(inside.stderr.contains("will not write inside the store's \(folder)/ folder"), "\(inside.stderr)")
            #expect(!FileManager.default.fileExists(atPath: "\(store)/\(folder)/p.txt"))
        }
    }

    @Test("programme of an open request without slots says so in Swedish; an unknown language is a usage error")
    func requestAndBadLanguage() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let sv = try VisitDeskCLI.run(["programme", "cangzhou-biogas", "--store", store, "--lang", "sv"])
        #expect(sv.status == 0, "\(sv.stderr)")
        #expect(sv.stdout.contains("Inget program är bestämt ännu."), "\(sv.stdout)")
        let bad = try VisitDeskCLI.run(["programme", "cangzhou-biogas", "--store", store, "--lang", "fr"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown language `fr`"))
    }
}

extension DocumentsEndToEndTests {
    @Test("a PDF engine that fails: its own message is shown and no file is written")
    func failingEngine() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let bin = store + "/fake-bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\necho 'Fontconfig error: no fonts for zh-CN' >&2\nexit 3\n".write(toFile: bin + "/weasyprint", atomically: true, encoding: .utf8)
        chmod(bin + "/weasyprint", 0o755)
        let pdf = store + "/p.pdf"
        let result = try VisitDeskCLI.run(["programme", "hebei-commerce-waste-water", "--store", store, "--format", "pdf", "--out", pdf],
                                          environment: ["PATH": bin + ":/usr/bin:/bin"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("weasyprint failed (exit 3): Fontconfig error: no fonts for zh-CN"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test("in the dashboard: D on a group previews its programme, f then w writes the HTML to export/ (html5lib parses it), a second w keeps it")
    func dashboardPreviewWrites() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "env -u DISPLAY -u WAYLAND_DISPLAY")
        let tmux = dashboard.tmux
        try tmux.send("2", "D")
        let screen = try tmux.waitFor("Programme · zh+en")
        #expect(screen.contains("斯德哥尔摩 Stockholm") && screen.contains("北京 Beijing"), "\(screen)")
        #expect(screen.contains("· writes text"), "\(screen)")
        try tmux.send("f")
        try tmux.waitFor("· writes HTML")
        try tmux.send("w")
        try tmux.waitFor("wrote export/")
        let written = try FileManager.default.contentsOfDirectory(atPath: dashboard.store + "/export").filter { $0.hasSuffix("-programme-zh-en.html") }
        #expect(written.count == 1, "\(written)")
        let name = try #require(written.first)
        let path = "\(dashboard.store)/export/\(name)"
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<meta charset=\"utf-8\">") && html.contains("lang=\"zh-CN\""))
        let script = "import sys, html5lib; doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(open(sys.argv[1], 'rb')); print(doc.find('.//h1').text)"
        #expect(try Subprocess.run(["python3", "-c", script, path]).contains("河北省商务厅代表团"))
        try tmux.send("w")
        try tmux.waitFor("exists: W replaces it")
        try tmux.send("o")
        try tmux.waitFor("export/\(name) is there (no desktop to open it)")
    }

    @Test("in the dashboard: f f o makes the PDF off the key path and opens it with xdg-open on a desktop")
    func dashboardPDFOpens() throws {
        let bin = NSTemporaryDirectory() + "visitdesk-xdg-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: bin) }
        // A stand-in for the desktop's opener: notes what it was asked to open.
        try "#!/bin/sh\necho \"$1\" > \(bin)/opened\n".write(toFile: bin + "/xdg-open", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/xdg-open")
        // The test's own PATH: the tmux shell's is bare, and the PDF engine may live elsewhere (pyenv, ~/.local).
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "env DISPLAY=:99 PATH='\(bin):\(path)'")
        let tmux = dashboard.tmux
        try tmux.send("2", "D", "f", "f")
        try tmux.waitFor("· writes PDF")
        try tmux.send("o")
        // The key path stays free while the engine works: the preview scrolls at once.
        try tmux.send("j")
        // (WeasyPrint takes seconds; the scroll shows before its file does.)
        try tmux.waitUntil("the preview scrolled before the PDF was written") { $0.contains("└ 2–") && !$0.contains("opened with") }
        let opened = try tmux.waitUntil(timeout: 120, "the PDF written and opened") { $0.contains("opened with xdg-open") }
        let written = try FileManager.default.contentsOfDirectory(atPath: dashboard.store + "/export").filter { $0.hasSuffix("-programme-zh-en.pdf") }
        let name = try #require(written.first)
        #expect(opened.contains("wrote export/\(name), opened with xdg-open"), "\(opened)")
        let pdf = dashboard.store + "/export/" + name
        #expect(FileManager.default.contents(atPath: pdf)?.starts(with: Array("%PDF".utf8)) == true)
        let noted = try String(contentsOfFile: bin + "/opened", encoding: .utf8)
        #expect(noted.trimmingCharacters(in: .whitespacesAndNewlines) == pdf)
    }

    @Test("in the dashboard: a template edited while the preview is open is used without a restart; a mistake shows its file and line")
    func templateEditedWhileRunning() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        try tmux.send("2", "D", "l", "l", "n", "n")  // zh+en → sv+en → en: the English confirmation
        try tmux.waitFor("Confirmation · en")
        let template = dashboard.store + "/templates/confirmation.en.mustache"
        try "Subject: Welcome to Dalarna, {{title}}\n\nDear {{lead.display}}, see you soon.\n".write(toFile: template, atomically: true, encoding: .utf8)
        let edited = try tmux.waitFor("see you soon.")
        #expect(edited.contains("Subject: Welcome to Dalarna, Hebei Bureau of Commerce"), "\(edited)")
        #expect(edited.contains("reloaded templates/confirmation.en.mustache"), "\(edited)")
        try "Subject: Hello\n\nDear {{lead.nmae}},\n".write(toFile: template, atomically: true, encoding: .utf8)
        try tmux.waitFor("templates/confirmation.en.mustache:3: unknown placeholder `{{lead.nmae}}`")
    }
}
