import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// A small store with Chinese and Swedish names, wide and combining characters, every status,
/// and two problems: enough for every pane to show something a user would check.
enum Fixtures {
    static let today = LocalDate(year: 2026, month: 11, day: 25)

    static func at(_ date: String, _ time: String) -> LocalDateTime {
        let parts = time.split(separator: ":").map { Int($0)! }
        return LocalDateTime(date: LocalDate(iso: date)!, time: LocalTime(hour: parts[0], minute: parts[1]))
    }

    static let contacts: [Contact] = [
        Contact(id: "wang-fang", name: "Wang Fang", nameZh: "王芳", country: "CN", organisation: "Hebei Bureau of Commerce",
                organisationZh: "河北省商务厅", role: "Deputy director", phones: ["+86 138 0013 8000"],
                emails: ["wang.fang@example.cn"], wechat: "wangfang_hb", languages: ["zh", "en"], tags: ["delegation-lead"]),
        Contact(id: "zhang-wei", name: "Zhang Wei", nameZh: "张伟", country: "CN", organisation: "Hebei Bureau of Commerce",
                role: "Interpreter", phones: ["+86 139 1111 2222"], languages: ["zh", "sv"]),
        Contact(id: "asa-oberg", name: "Åsa Öberg", country: "SE", organisation: "Borlänge Energi", role: "Process engineer",
                phones: ["072-039 01 71", "+46 243 730 00"], emails: ["asa.oberg@example.se"], languages: ["sv", "en"],
                topics: ["waste-water", "sludge"]),
        Contact(id: "erik-sjoberg", name: "Erik Sjöberg", country: "SE", organisation: "Dalarna Science Park",
                role: "Host coordinator", phones: ["+46 72 039 01 71"], languages: ["sv", "en", "zh"]),
        Contact(id: "zoe-lind", name: "Zoe\u{308} Lind", country: "SE", organisation: "Falu Camping", role: "Owner",
                phones: ["070-123 45 67"], topics: ["camping", "motorhomes"]),
        Contact(id: "lina-berg", name: "Lina Berg", country: "SE", organisation: "Dalarna Science Park", role: "Coordinator",
                phones: ["+46 70 555 12 34"], emails: ["lina.berg@example.se"]),
        Contact(id: "anders-ahl", name: "Anders Ährlund", country: "SE", organisation: "Garpenberg Mine", topics: ["mine-remediation"]),
    ]

    static let delegations: [Delegation] = [
        Delegation(
            id: "hebei-commerce-2026", title: "Hebei Bureau of Commerce Group", titleZh: "河北省商务厅代表团", status: .confirmed,
            organisation: "Hebei Bureau of Commerce", organisationZh: "河北省商务厅", origin: "Shijiazhuang, Hebei",
            received: LocalDate(year: 2026, month: 9, day: 2), size: 14, interests: ["waste-water", "recycling"],
            earliest: LocalDate(year: 2026, month: 11, day: 1), latest: LocalDate(year: 2026, month: 11, day: 30),
            lead: "wang-fang", owner: "lina-berg", members: ["wang-fang", "zhang-wei"], tags: ["hebei-partnership"],
            notes: "Interested in sludge handling.\nInterpreter needed.",
            slots: [
                Slot(start: at("2026-11-26", "13:30"), end: at("2026-11-26", "16:00"), place: "Dalarna Science Park, Borlänge",
                     host: "erik-sjoberg", topic: "Welcome and overview of the region"),
                Slot(start: at("2026-11-26", "09:00"), end: at("2026-11-26", "12:00"), place: "Borlänge Energi",
                     host: "asa-oberg", topic: "Sludge handling"),
            ],
            followUps: [FollowUp(due: LocalDate(year: 2026, month: 12, day: 15), what: "Send host company profiles")]
        ),
        Delegation(id: "shanxi-mining-2026", title: "Shanxi Mine Remediation Delegation", titleZh: "山西矿山修复考察团（第二批）",
                   status: .new, origin: "Taiyuan, Shanxi", received: LocalDate(year: 2026, month: 11, day: 10), size: 8,
                   interests: ["mine-remediation"]),
        Delegation(id: "jiangsu-camping", title: "Jiangsu Motorhome & Camping Study Tour", status: .reviewing,
                   received: LocalDate(year: 2026, month: 10, day: 1), size: 20, interests: ["camping", "motorhomes"],
                   lead: "zhang-wei"),
        Delegation(id: "beijing-bank", title: "Bank of Beijing Green Finance", titleZh: "北京银行绿色金融", status: .onHold,
                   received: LocalDate(year: 2026, month: 11, day: 20), size: 5, interests: ["banking"], reason: "waiting for dates"),
        Delegation(id: "guangzhou-compost", title: "Guangzhou Composting Visit", status: .visited,
                   received: LocalDate(year: 2026, month: 8, day: 1), size: 11, interests: ["composting"],
                   slots: [Slot(start: at("2026-10-14", "10:00"), end: at("2026-10-14", "12:00"), place: "Borlänge", host: "asa-oberg")]),
        Delegation(id: "chengdu-trip", title: "Dalarna companies to Chengdu 🐼", status: .confirmed, direction: .outbound, size: 6,
                   slots: [Slot(start: at("2026-12-03", "08:00"), end: at("2026-12-03", "17:00"), place: "Chengdu")]),
        Delegation(id: "declined-one", title: "Declined Trade Fair", status: .declined, received: LocalDate(year: 2026, month: 6, day: 1)),
    ]

    static let problems: [Problem] = [
        Problem(file: "delegations/broken.toml", line: 3, message: "expected a value after `=`"),
        Problem(file: "contacts/anders-ahl.toml", line: 1, severity: .warning, message: "no phone number"),
    ]

    static let catalog = Catalog(settings: StoreSettings(name: "Dalarna technical visits"), delegations: delegations,
                                 contacts: contacts, problems: problems)

    static let clock = ClockReading(home: at("2026-11-25", "09:14"), partner: at("2026-11-25", "16:14"))

    static func state(_ width: Int = 120, _ height: Int = 40, catalog: Catalog = catalog) -> AppState {
        var state = AppState(catalog: catalog, size: TerminalSize(width: width, height: height), today: today,
                             themeNames: ["default-dark", "light", "high-contrast", "colour-blind-safe"])
        state.clock = clock
        return state
    }

    /// The screen after pressing `keys` on the fixture store, checked to be exactly `width` cells
    /// on every row (the property every screen must have).
    static func screen(_ keys: String, _ width: Int = 120, _ height: Int = 40, sourceLocation: SourceLocation = #_sourceLocation) -> Grid {
        var state = state(width, height)
        press(keys, &state)
        let grid = render(state)
        expectExactWidths(grid, sourceLocation: sourceLocation)
        return grid
    }

    /// The whole screen of `state` as text, checked to be exactly its width on every row.
    static func text(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let grid = render(state)
        expectExactWidths(grid, sourceLocation: sourceLocation)
        return (0..<state.size.height).map { grid.line($0) }.joined(separator: "\n")
    }

    /// Feeds tmux key names, as `visitdesk snapshot --keys` does.
    @discardableResult
    static func press(_ keys: String, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for key in try! parseKeyNames(keys) { effects += update(&state, .key(key)) }
        return effects
    }
}
