import VisitDeskDomain

/// The CLI's `--search`: the same matcher the dashboard uses, best match first.
enum RecordSearch {
    static func contacts(_ contacts: [Contact], matching query: String) -> [Contact] {
        ranked(contacts, query: query) { SearchKeys(contact: $0) }
    }

    static func delegations(_ delegations: [Delegation], matching query: String) -> [Delegation] {
        ranked(delegations, query: query) { SearchKeys(delegation: $0) }
    }

    private static func ranked<Record>(_ records: [Record], query: String, keys: (Record) -> SearchKeys) -> [Record] {
        records.enumerated()
            .compactMap { index, record in Matcher.score(query: query, keys: keys(record)).map { (index, record, $0) } }
            .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }
            .map(\.1)
    }
}
