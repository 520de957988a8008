import ArgumentParser
import VisitDeskDomain
import VisitDeskStore

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: l10n.text("List delegations or contacts."),
        discussion: l10n.text("JSON output has one object per record with `id` and every key of its file, unknown keys included.")
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case delegations, contacts
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, tsv, json
    }

    @Argument(help: ArgumentHelp(l10n.text("delegations or contacts"))) var kind: Kind
    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(l10n.text("Only delegations with this status (new, reviewing, on-hold, confirmed, visited, declined, cancelled).")))
    var status: String?
    @Option(help: ArgumentHelp(l10n.text("Only records matching this text (names in either script, pinyin, organisation, phone digits, email).")))
    var search: String?
    @Option(help: ArgumentHelp(l10n.text("table, tsv or json."))) var format: Format = .table

    func validate() throws {
        if let status, DelegationStatus(rawValue: status) == nil {
            throw ValidationError(l10n.format("--status %s: use one of %s", status, DelegationStatus.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if status != nil && kind == .contacts { throw ValidationError(l10n.text("--status applies to delegations only")) }
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
        case .tsv:
            // For scripts: the files' own keys and words, in English whatever the language.
            let header = ["id", "status", "direction", "received", "size", "title", "title_zh", "organisation", "interests"]
            print(TextTable.tsv([header] + records.map { d in
                [d.id, d.status.rawValue, d.direction.rawValue, d.received?.description ?? "", d.size.map(String.init) ?? "",
                 d.title, d.titleZh ?? "", d.organisation ?? "", d.interests.joined(separator: ",")]
            }))
        case .table:
            // For a person: headings and status words in the language; ids, dates and titles as written.
            let header = [l10n.text("id"), l10n.text("status"), l10n.text("direction"), l10n.text("received"), l10n.text("size"),
                          l10n.text("title"), l10n.text("Chinese title"), l10n.text("organisation"), l10n.text("interests")]
            print(TextTable.render(header: header, rows: records.map { d in
                [d.id, l10n.text(d.status.rawValue, context: "status"), l10n.text(d.direction.rawValue, context: "direction"),
                 d.received?.description ?? "", d.size.map(String.init) ?? "", d.title, d.titleZh ?? "", d.organisation ?? "",
                 d.interests.joined(separator: ",")]
            }))
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
            let header = format == .tsv ? ["id", "name", "name_zh", "country", "organisation", "phones", "emails"]
                : [l10n.text("id"), l10n.text("name"), l10n.text("Chinese name"), l10n.text("country"), l10n.text("organisation"),
                   l10n.text("phones"), l10n.text("e-mail")]
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
