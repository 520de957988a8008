import Testing
import VisitDeskDocuments
import VisitDeskDomain

/// What a reader of a programme relies on: the right weekday in their language, the partner's
/// clock across a daylight-saving change, and a plain statement when something is unknown.
@Suite("Programme content")
struct ProgrammeContentTests {
    let settings = StoreSettings()
    let host = Contact(id: "asa-oberg", name: "Åsa Öberg", country: "SE", phones: ["023-77 85 00"])
    let lead = Contact(id: "wang-fang", name: "Wang Fang", nameZh: "王芳", country: "CN", organisation: "Hebei Bureau of Commerce", organisationZh: "河北省商务厅")

    func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int) -> LocalDateTime {
        LocalDateTime(date: LocalDate(year: y, month: m, day: d), time: LocalTime(hour: h, minute: 0))
    }

    func text(_ delegation: Delegation, _ lang: String) throws -> String {
        let contacts = [host, lead]
        let layout = ProgrammeLayout(delegation: delegation, settings: settings, readers: try ReaderLanguages(parsing: lang)) { id in
            contacts.first { $0.id == id }
        }
        return layout.text()
    }

    @Test("a day reads `torsdag 13 juli 2017` in Swedish and `2017年7月13日 星期四` in Chinese")
    func weekdays() throws {
        let visit = Delegation(id: "v", title: "Visit", lead: "wang-fang", slots: [Slot(start: at(2017, 7, 13, 9), end: at(2017, 7, 13, 11), host: "asa-oberg")])
        #expect(try text(visit, "sv").contains("\ntorsdag 13 juli 2017\n"))
        #expect(try text(visit, "zh").contains("\n2017年7月13日 星期四\n"))
        #expect(try text(visit, "en").contains("\nThursday 13 July 2017\n"))
        #expect(try text(visit, "zh+en").contains("\n2017年7月13日 星期四 · Thursday 13 July 2017\n"))
    }

    @Test("Beijing is 7 hours ahead before Europe's summer time starts and 6 hours after (28 March 2027)")
    func daylightSaving() throws {
        let visit = Delegation(id: "v", title: "Visit", slots: [
            Slot(start: at(2027, 3, 26, 9), end: at(2027, 3, 26, 10)),
            Slot(start: at(2027, 3, 29, 9), end: at(2027, 3, 29, 10)),
        ])
        let output = try text(visit, "en")
        #expect(output.contains("Stockholm 09:00–10:00 · Beijing 16:00–17:00"))
        #expect(output.contains("Stockholm 09:00–10:00 · Beijing 15:00–16:00"))
    }

    @Test("an evening slot lands on the next day in Beijing and says which day")
    func partnerNextDay() throws {
        let visit = Delegation(id: "v", title: "Visit", slots: [Slot(start: at(2027, 1, 14, 19), end: at(2027, 1, 14, 21))])
        #expect(try text(visit, "en").contains("Stockholm 19:00–21:00 · Beijing 15 January 02:00–04:00"))
    }

    @Test("a delegation without slots says so and still gives the requested period and the lead")
    func noSlots() throws {
        let request = Delegation(id: "r", title: "Cangzhou Biogas Delegation", titleZh: "沧州市沼气考察团", earliest: LocalDate(year: 2027, month: 5, day: 3),
                                 latest: LocalDate(year: 2027, month: 5, day: 14), lead: "wang-fang")
        let sv = try text(request, "sv")
        #expect(sv.contains("Inget program är bestämt ännu."))
        #expect(sv.contains("Önskad period: 3–14 maj 2027"))
        #expect(sv.contains("Wang Fang (王芳 Wáng Fāng)"))
        let zh = try text(request, "zh")
        #expect(zh.hasPrefix("沧州市沼气考察团\n"))
        #expect(zh.contains("日程尚未确定。"))
        #expect(zh.contains("团长：王芳, 河北省商务厅"))
    }

    @Test("a host missing from contacts is named by id with a note, not dropped")
    func missingHost() throws {
        let visit = Delegation(id: "v", title: "Visit", slots: [Slot(start: at(2027, 1, 14, 9), end: at(2027, 1, 14, 10), host: "nobody-here")])
        #expect(try text(visit, "en").contains("Host: nobody-here (not in contacts)"))
    }

    @Test("an unknown language is refused with the languages that exist")
    func unknownLanguage() {
        #expect(throws: DocumentError.self) { try ReaderLanguages(parsing: "fr") }
        #expect(throws: DocumentError.self) { try ReaderLanguages(parsing: "zh+zh") }
        #expect((try? ReaderLanguages(parsing: "ZH+en"))?.description == "zh+en")
    }
}
