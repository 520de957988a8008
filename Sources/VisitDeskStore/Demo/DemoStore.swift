import VisitDeskDomain

/// The store a first start and `visitdesk init --demo` create: a season of a technical-visits
/// programme, dated relative to `today` so the dashboard is alive whenever it is opened.
public enum DemoStore {
    /// The files of the demo store, paths relative to the store root, in store format v1.
    public static func files(today: LocalDate) -> [(path: String, contents: String)] {
        var files: [(path: String, contents: String)] = [("store.toml", DemoRecordText.settings(settings))]
        for record in delegationRecords(today: today) {
            if let text = DemoRecordText.delegation(record) { files.append(("delegations/\(record.value.id).toml", text)) }
        }
        for record in DemoContacts.all {
            if let text = DemoRecordText.contact(record) { files.append(("contacts/\(record.value.id).toml", text)) }
        }
        return files
    }

    /// The same data as domain values, for tests and for exports that want a realistic sample.
    public static func catalog(today: LocalDate) -> Catalog {
        Catalog(
            settings: settings,
            delegations: delegationRecords(today: today).map(\.value),
            contacts: DemoContacts.all.map(\.value))
    }

    static let settings = StoreSettings(name: "Dalarna technical visits")

    static func delegationRecords(today: LocalDate) -> [DemoRecord<Delegation>] {
        let calendar = DemoCalendar(today: today)
        return DemoGroups.confirmed(calendar) + DemoGroups.visited(calendar)
            + DemoRequests.open(calendar) + DemoRequests.closed(calendar)
    }
}
