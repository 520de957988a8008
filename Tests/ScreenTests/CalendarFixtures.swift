import VisitDeskDomain
@testable import VisitDeskUI

/// Catalogs for the calendar tests: the weeks when Sweden changes its clocks, overlapping hosts,
/// a visit running over several days, and titles wide enough to need cutting.
enum CalendarFixtures {
    static func slot(_ date: String, _ from: String, _ to: String, place: String = "", host: String? = nil, until endDate: String? = nil) -> Slot {
        Slot(start: Fixtures.at(date, from), end: Fixtures.at(endDate ?? date, to), place: place, host: host)
    }

    /// A group with a Chinese title in each of the two DST weeks of 2027: Sweden moves to summer
    /// time on Sunday 28 March and back on Sunday 31 October; Beijing never changes.
    static let dstCatalog = Catalog(
        settings: StoreSettings(name: "DST weeks"),
        delegations: [
            Delegation(id: "spring-group", title: "Hebei Bureau of Commerce Group", titleZh: "河北省商务厅代表团", status: .confirmed,
                       slots: [slot("2027-03-26", "09:00", "12:00", place: "Käppala"),
                               slot("2027-03-28", "10:00", "12:00", place: "Gamla stan"),
                               slot("2027-03-29", "09:00", "11:00", place: "Borlänge")]),
            Delegation(id: "autumn-group", title: "山西矿山修复考察团（第二批）", status: .confirmed,
                       slots: [slot("2027-10-29", "09:00", "12:00", place: "Garpenberg"),
                               slot("2027-10-31", "10:00", "11:00", place: "Falun")]),
        ],
        contacts: Fixtures.contacts)

    /// Two groups needing Åsa at once on 2026-12-09, one visit running Mon 14 – Wed 16 Dec.
    static let conflictCatalog = Catalog(
        settings: StoreSettings(name: "Conflicts"),
        delegations: Fixtures.delegations + [
            Delegation(id: "jiangsu-sludge", title: "Jiangsu Sludge Delegation", titleZh: "江苏省污泥处理代表团", status: .confirmed,
                       slots: [slot("2026-12-09", "10:00", "12:00", place: "Borlänge Energi", host: "asa-oberg")]),
            Delegation(id: "shandong-water", title: "Shandong Water Group", status: .confirmed,
                       slots: [slot("2026-12-09", "11:00", "13:00", place: "Borlänge Energi", host: "asa-oberg"),
                               slot("2026-12-14", "13:00", "15:00", place: "Siljan Camping", until: "2026-12-16")]),
        ],
        contacts: Fixtures.contacts)

    static func state(_ catalog: Catalog, _ width: Int = 120, _ height: Int = 40, keys: String = "") -> AppState {
        var state = Fixtures.state(width, height, catalog: catalog)
        if !keys.isEmpty { Fixtures.press(keys, &state) }
        return state
    }
}
