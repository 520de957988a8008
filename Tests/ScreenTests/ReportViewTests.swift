import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// A season with Chinese names, organisations and origins, counted by hand in the comments.
enum ReportScreenFixture {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    static func slot(_ date: String, _ host: String) -> Slot {
        Slot(start: LocalDateTime(date: day(date), time: LocalTime(hour: 9, minute: 0)),
             end: LocalDateTime(date: day(date), time: LocalTime(hour: 12, minute: 0)), host: host)
    }

    static let catalog = Catalog(
        delegations: [
            Delegation(id: "hebei-water", title: "Hebei water", titleZh: "河北水务代表团", status: .visited, origin: "石家庄, 河北省",
                       received: day("2026-09-02"), size: 14, interests: ["waste-water", "recycling"], owner: "lina-berg",
                       slots: [slot("2026-10-05", "erik-sjoberg"), slot("2026-10-06", "chen-mei")]),
            Delegation(id: "suzhou-park", title: "Suzhou park", status: .confirmed, origin: "苏州, 江苏省", received: day("2026-09-20"),
                       size: 6, interests: ["waste-water"], slots: [slot("2027-03-10", "erik-sjoberg")]),
            Delegation(id: "hebei-tour", title: "Hebei tour", status: .declined, origin: "河北省", received: day("2026-10-15"), size: 25,
                       interests: ["tourism"], reason: "没有技术主题 no technical topic"),
            Delegation(id: "espoo-compost", title: "Espoo compost", status: .new, direction: .outbound, origin: "Finland",
                       received: day("2026-11-01"), size: 8, interests: ["composting"]),
            Delegation(id: "old-bank", title: "Old bank", status: .visited, received: day("2025-10-01"), size: 10,
                       interests: ["banking"], slots: [slot("2026-02-01", "chen-mei")]),
        ],
        contacts: [
            Contact(id: "chen-mei", name: "Chen Mei", nameZh: "陈梅", country: "CN", organisation: "Suzhou Industrial Park", organisationZh: "苏州工业园区"),
            Contact(id: "erik-sjoberg", name: "Erik Sjöberg", nameZh: "埃里克", country: "SE", organisation: "Dalälven Vatten AB",
                    organisationZh: "达拉河水务公司"),
            Contact(id: "lina-berg", name: "Lina Berg", country: "SE"),
        ]
    )

    static func state(_ width: Int, _ height: Int, keys: String = "R") -> AppState {
        var state = Fixtures.state(width, height, catalog: catalog)
        _ = Fixtures.press(keys, &state)
        return state
    }

    static func row(containing text: String, in grid: Grid) -> Int? {
        (0..<grid.height).first { grid.line($0).contains(text) }
    }
}

@Suite("The report view")
struct ReportViewTests {
    typealias F = ReportScreenFixture

    @Test("the funnel's steps read as steps in the language, not as the date column's heading")
    func funnelInTheLanguage() {
        var state = F.state(120, 40)
        state.language = .zh
        let text = render(state).text
        #expect(text.contains("已收到") && !text.contains("收到日期"), "\(text)")
        state.language = .sv
        #expect(render(state).text.contains("besvarade"))
    }

    @Test("120x40 and 80x24 snapshots with Chinese labels")
    func snapshots() {
        assertSnapshot(render(F.state(120, 40)), named: "report-120x40")
        // Scrolled down to the hosts, at the smallest size.
        assertSnapshot(render(F.state(80, 24, keys: "R PgDn PgDn")), named: "report-80x24-hosts")
    }

    @Test("counts, people and bars start in the same column on every row, whatever the label's script", arguments: [(120, 40), (80, 24)])
    func alignment(size: (Int, Int)) throws {
        let (width, height) = size
        var state = F.state(width, height)
        let columns = ReportView.columns(width: width)
        let countEnd = 1 + columns.label + columns.count - 1
        let barStart = 1 + columns.label + columns.count + columns.people + 2
        var checked = 0
        // Walk the whole view a page at a time so every row is drawn once.
        for _ in 0..<6 {
            let grid = render(state)
            expectExactWidths(grid)
            let view = try #require(state.reportView)
            for (offset, index) in (view.top..<min(view.lines.count, view.top + ReportView.visibleRows(in: state.bodyRect))).enumerated()
            where view.lines[index].kind == .row {
                let y = state.bodyRect.y + ReportView.headerRows + offset
                let line = view.lines[index]
                #expect(grid[countEnd, y].character == String(line.count % 10).first, "row \(line.label)")
                #expect(grid[barStart - 1, y].character == " ")
                let bar = (barStart..<(barStart + columns.bar)).compactMap { grid[$0, y].character }
                #expect(String(bar) == BarText.bar(line.count, of: line.maximum, width: columns.bar), "bar of \(line.label)")
                checked += 1
            }
            _ = Fixtures.press("PgDn", &state)
        }
        // Every row of the report was seen at least once.
        #expect(checked >= state.reportView!.rowIndices.count)
    }

    @Test("the hosts' Chinese names and the Chinese origins are on screen, counted by hand")
    func chineseLabels() throws {
        let grid = render(F.state(120, 80))
        let text = grid.text
        // Erik hosts hebei-water and suzhou-park (20 people); Chen hebei-water only in 2026/27 (14).
        let erik = try #require(F.row(containing: "Erik Sjöberg 埃里克", in: grid))
        #expect(grid.line(erik).split(separator: " ").contains("20"))
        #expect(text.contains("Chen Mei 陈梅"))
        #expect(text.contains("Suzhou Industrial Park 苏州工业园区"))
        // Origins by region: 河北省 twice (hebei-water, hebei-tour), 江苏省 once.
        let hebei = try #require(F.row(containing: " 河北省 ", in: grid))
        #expect(grid.line(hebei).split(separator: " ").prefix(3).contains("2"))
        #expect(text.contains("declined: 没有技术主题 no technical topic"))
    }

    @Test("[ and ] step through seasons and recount")
    func periods() throws {
        var state = F.state(120, 40)
        #expect(state.reportView?.period.label == "2026/27")
        #expect(state.reportView?.report.received.count == 4)
        _ = Fixtures.press("[", &state)
        #expect(state.reportView?.period.label == "2025/26")
        #expect(render(state).line(state.bodyRect.y).hasPrefix("Report 2025/26 · 2025-09-01 – 2026-08-31"))
        #expect(state.reportView?.report.received.ids == ["old-bank"])
        _ = Fixtures.press("] ]", &state)
        #expect(state.reportView?.period.label == "2027/28")
        #expect(render(state).text.contains("This period is empty"))
    }

    @Test("Enter on a figure lists the delegations behind it; Enter on one shows it; Esc walks back")
    func drillDown() throws {
        var state = F.state(120, 40)
        let view = try #require(state.reportView)
        let rows = view.rowIndices
        let wasteWater = try #require(rows.firstIndex { view.lines[$0].label == "waste-water" })
        _ = Fixtures.press(Array(repeating: "j", count: wasteWater).joined(separator: " ") + " Enter", &state)
        #expect(state.reportView?.drill?.ids == ["hebei-water", "suzhou-park"])
        var grid = render(state)
        #expect(grid.line(state.bodyRect.y).hasPrefix("waste-water: 2 delegation(s)"))
        #expect(grid.text.contains("河北水务代表团"))
        _ = Fixtures.press("Enter", &state)
        #expect(state.overlay == .detail(id: "hebei-water", top: 0))
        _ = Fixtures.press("Escape", &state)
        #expect(state.overlay == nil && state.reportView?.drill != nil)
        _ = Fixtures.press("Escape", &state)
        #expect(state.reportView?.drill == nil && state.reportView != nil)
        grid = render(state)
        #expect(grid.text.contains("By interest"))
        _ = Fixtures.press("Escape", &state)
        #expect(state.reportView == nil)
    }

    @Test("a store change while the report is open recounts it; keys under it do not reach the panes")
    func reloadAndIsolation() throws {
        var state = F.state(120, 40)
        var catalog = F.catalog
        catalog.upsert(Delegation(id: "zz-new", title: "New", received: F.day("2026-11-20"), size: 3))
        _ = update(&state, .catalogReplaced(catalog, summary: nil))
        #expect(state.reportView?.report.received.count == 5)
        let focus = state.focus
        _ = Fixtures.press("Tab 3 /", &state)
        #expect(state.focus == focus && !state.isTypingFilter && state.reportView != nil)
    }

    @Test("? over the report lists the report's own keys; the global list names R")
    func help() {
        var state = F.state(120, 40, keys: "R ?")
        #expect(state.helpFilter != nil && state.reportView != nil)
        let text = render(state).text
        #expect(text.contains("Keys · Report"))
        #expect(text.contains("the previous season") && text.contains("the next season"))
        #expect(text.contains("the delegations behind the figure"))
        state = F.state(120, 40, keys: "? R E P O R T")
        #expect(render(state).text.contains("season report: funnel"), "the panes' help, filtered, names R")
    }
}
