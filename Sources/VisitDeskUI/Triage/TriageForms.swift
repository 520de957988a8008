import VisitDeskDomain

/// The forms each triage key opens, with their fields filled from the record where one record
/// is being changed.
enum TriageForms {
    /// "decline beijing-bank" or "decline 3 records", for the form title and the undo history.
    static func label(_ verb: String, _ records: [Delegation]) -> String {
        records.count == 1 ? "\(verb) \(records[0].id)" : "\(verb) \(records.count) records"
    }

    static func form(_ purpose: FormPurpose, for records: [Delegation], today: LocalDate, catalog: Catalog) -> Form {
        let single = records.count == 1 ? records.first : nil
        switch purpose {
        case .accept:
            let date = single?.earliest.map { max($0, today) } ?? today
            return Form(purpose: purpose, title: label("accept", records), bases: records, fields: [
                FormField("date", "Date", .date, required: true, text: date.description),
                FormField("start", "Start", .time, required: true, text: "09:00"),
                FormField("end", "End", .time, required: true, text: "12:00"),
                FormField("place", "Place"),
                FormField("host", "Host", .contact),
                FormField("topic", "Topic"),
            ])
        case .setStatus(let next):
            let verb = next == .onHold ? "put on hold" : next == .declined ? "decline" : "cancel"
            return Form(purpose: purpose, title: label(verb, records), bases: records, fields: [
                // Empty: a decision is a new reason; the last one stays in `history`.
                FormField("reason", "Reason", .lines, required: true, text: ""),
            ])
        case .visited:
            return Form(purpose: purpose, title: label("mark visited", records), bases: records, fields: [
                FormField("outcome", "Outcome", .lines, required: true, text: single?.outcome ?? ""),
            ])
        case .owner:
            let owner = single?.owner
            return Form(purpose: purpose, title: label("set owner of", records), bases: records, fields: [
                FormField("owner", "Owner", .contact, required: true, text: contactName(owner, catalog), contactID: owner),
            ])
        case .interests:
            return Form(purpose: purpose, title: label("interests of", records), bases: records, fields: [
                FormField("interests", "Interests", .tags, text: single?.interests.joined(separator: ", ") ?? ""),
            ])
        case .newRequest:
            return newRequest()
        case .edit:
            return records.first.map { edit($0, catalog: catalog) } ?? newRequest()
        case .newContact, .editContact:
            return ContactForms.newContact()
        case .syncValues:
            return newRequest()
        case .slot(let index):
            guard let record = single else { return newRequest() }
            return ProgrammeForms.form(record, editing: index, from: index.map { record.slots[$0] }, today: today, catalog: catalog)
        case .followUp:
            return records.first.map { FollowUpForms.form(for: $0, today: today) } ?? newRequest()
        }
    }

    static func newRequest() -> Form {
        Form(purpose: .newRequest, title: "new request", bases: [], fields: requestFields(nil, catalog: Catalog()))
    }

    static func edit(_ record: Delegation, catalog: Catalog) -> Form {
        Form(purpose: .edit, title: "edit \(record.id)", bases: [record], fields: requestFields(record, catalog: catalog))
    }

    private static func requestFields(_ d: Delegation?, catalog: Catalog) -> [FormField] {
        [
            FormField("title", "Title", required: true, text: d?.title ?? ""),
            FormField("title_zh", "中文标题", text: d?.titleZh ?? ""),
            FormField("organisation", "Organisation", text: d?.organisation ?? ""),
            FormField("origin", "Origin", text: d?.origin ?? ""),
            FormField("size", "Size", .number, text: d?.size.map(String.init) ?? ""),
            FormField("interests", "Interests", .tags, text: d?.interests.joined(separator: ", ") ?? ""),
            FormField("earliest", "Earliest", .date, text: d?.earliest?.description ?? ""),
            FormField("latest", "Latest", .date, text: d?.latest?.description ?? ""),
            FormField("lead", "Lead", .contact, text: contactName(d?.lead, catalog), contactID: d?.lead),
            FormField("owner", "Owner", .contact, text: contactName(d?.owner, catalog), contactID: d?.owner),
            FormField("direction", "Direction", text: (d?.direction ?? .inbound).rawValue),
            FormField("notes", "Notes", .lines, text: d?.notes ?? ""),
        ]
    }

    /// What a picked contact field shows: the name, or the id when the contact is unknown.
    static func contactName(_ id: String?, _ catalog: Catalog) -> String {
        guard let id else { return "" }
        return catalog.contact(id: id)?.name ?? id
    }
}
