import ArgumentParser
import VisitDeskDomain
import VisitDeskStore

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List delegations or contacts.",
        discussion: "JSON output has one object per record with `id` and every key of its file, unknown keys included."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case delegations, contacts
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, tsv, json
    }

    @Argument(help: "delegations or contacts") var kind: Kind
    @OptionGroup var options: StoreOptions
    @Option(help: "Only delegations with this status (new, reviewing, on-hold, confirmed, visited, declined, cancelled).")
    var status: String?
    @Option(help: "Only records matching this text (names in either script, pinyin, organisation, phone digits, email).")
    var search: String?
    @Option(help: "table, tsv or json.") var format: Format = .table

    func validate() throws {
        if let status, DelegationStatus(rawValue: status) == nil {
            throw ValidationError("--status \(status): use one of \(DelegationStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if status != nil && kind == .contacts { throw ValidationError("--status applies to delegations only") }
    }

    func run() throws {
        let store = try options.openStore()
        switch kind {
        case .delegations: try listDelegations(store)
        case .contacts: try listContacts(store)
        }
    }

    private func listDelegations(_ store: RecordStore) throws {
        var records = store.catalog.delegations
        if let status { records = records.filter { $0.status.rawValue == status } }
        if let search { records = RecordSearch.delegations(records, matching: search) }
        switch format {
        case .json:
            print("[" + records.compactMap { store.json(of: .delegation, id: $0.id) }.joined(separator: ",\n") + "]")
        case .tsv, .table:
            let header = ["id", "status", "direction", "received", "size", "title", "title_zh", "organisation", "interests"]
            let rows = records.map { d in
                [d.id, d.status.rawValue, d.direction.rawValue, d.received?.description ?? "", d.size.map(String.init) ?? "",
                 d.title, d.titleZh ?? "", d.organisation ?? "", d.interests.joined(separator: ",")]
            }
            print(format == .tsv ? TextTable.tsv([header] + rows) : TextTable.render(header: header, rows: rows))
        }
    }

    private func listContacts(_ store: RecordStore) throws {
        var records = store.catalog.contacts
        if let search { records = RecordSearch.contacts(records, matching: search) }
        switch format {
        case .json:
            print("[" + records.compactMap { contact -> String? in
                guard let json = store.json(of: .contact, id: contact.id) else { return nil }
                return ContactJSON.addingE164(to: json, contact: contact)
            }.joined(separator: ",\n") + "]")
        case .tsv, .table:
            let header = ["id", "name", "name_zh", "country", "organisation", "phones", "emails"]
            let rows = records.map { c in
                [c.id, c.name, c.nameZh ?? "", c.country ?? "", c.organisation ?? "",
                 c.phones.joined(separator: ", "), c.emails.joined(separator: ", ")]
            }
            print(format == .tsv ? TextTable.tsv([header] + rows) : TextTable.render(header: header, rows: rows))
        }
    }
}

/// `phones_e164` beside the file's own keys, so scripts can dial without parsing Swedish formats.
enum ContactJSON {
    static func addingE164(to json: String, contact: Contact) -> String {
        let numbers = contact.phones.map { PhoneNumber($0, defaultCountry: contact.country).e164.map(JSONExport.quote) ?? "null" }
        return String(json.dropLast()) + ",\"phones_e164\":[" + numbers.joined(separator: ",") + "]}"
    }
}
