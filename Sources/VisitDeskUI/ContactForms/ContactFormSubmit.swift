import VisitDeskDomain

/// Reads the contact form: a name in either script, a two-letter country, addresses that look
/// like addresses. Each refusal is written next to its field and the form stays open with its
/// typing; phones are kept exactly as written (the card flags ones that do not dial).
enum ContactFormSubmit {
    static func submit(_ state: inout AppState) -> [Effect] {
        guard var form = state.form else { return [] }
        form.error = nil
        var reader = FieldReader(form: form, today: state.today, catalog: state.catalog, l10n: state.l10n)
        let contact = read(&reader, base: form.contactBase, state: state)
        form = reader.form
        if let contact, !form.hasErrors, let problem = Validation.problems(of: contact, file: "contacts/\(contact.id).toml").first {
            form.error = state.l10n.text(problem.phrase)
        }
        guard let contact, !form.hasErrors else {
            state.form = form
            return []
        }
        state.form = nil
        guard contact != form.contactBase else {
            state.message = state.l10n.text("nothing changed: nothing was written")
            return []
        }
        state.triage.submitted = form
        let edit = ContactEdit(shown: form.contactBase, updated: contact)
        if let base = form.contactBase, base.id != contact.id {
            // The card and the row follow the person to the new id, so the reload shows them.
            state.modes = state.modes.map { mode in
                guard case .view(.contact(base.id, let top)) = mode else { return mode }
                return .view(.contact(id: contact.id, top: top))
            }
            if state.contacts.selectedID == base.id { state.contacts.selectedID = contact.id }
            let rewrites = state.catalog.replacingContact(base.id, with: contact.id).map { DelegationEdit(shown: $0.shown, updated: $0.updated) }
            return [.save(SaveRequest(label: "rename contact \(base.id) → \(contact.id)", edits: rewrites, contactEdits: [edit]))]
        }
        let label = form.contactBase == nil ? "new contact \(contact.id)" : "edit contact \(contact.id)"
        return [.save(SaveRequest(label: label, edits: [], contactEdits: [edit]))]
    }

    /// A new id typed in the edit form: a valid id nobody has (the person's own is kept as is).
    private static func renamedID(_ reader: inout FieldReader, base: Contact, state: AppState) -> String {
        let typed = reader.text("id")
        if let refusal = ContactIDChanges.renameRefusal(typed, for: base, in: state.catalog) {
            reader.fail("id", refusal)
            return base.id
        }
        return typed
    }

    private static func read(_ reader: inout FieldReader, base: Contact?, state: AppState) -> Contact? {
        let latin = reader.text("name"), chinese = reader.optional("name_zh")
        if latin.isEmpty && chinese == nil { reader.fail("name", reader.l10n.text("a name in Latin script, or a Chinese name in 中文名")) }
        let country = reader.optional("country")?.uppercased()
        if let country, country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isLetter }) {
            reader.fail("country", reader.l10n.format("`%s` is not a two-letter country code (SE, CN, FI)", country))
        }
        let emails = list(reader.text("emails"))
        if let bad = emails.first(where: { !looksLikeEmail($0) }) {
            reader.fail("emails", reader.l10n.format("`%s` is not an email address (like name@example.se)", bad))
        }
        let name = latin.isEmpty ? chinese.map { Transliteration.latinName(chinese: $0) } ?? "" : latin
        var contact = base ?? Contact(id: newID(name, state), name: name)
        if let base { contact.id = renamedID(&reader, base: base, state: state) }
        contact.name = name
        contact.nameZh = chinese
        contact.country = country
        contact.organisation = reader.optional("organisation")
        contact.organisationZh = reader.optional("organisation_zh")
        contact.role = reader.optional("role")
        contact.phones = SmallList(list(reader.text("phones")))
        contact.emails = SmallList(emails)
        contact.wechat = reader.optional("wechat")
        contact.staff = staff(&reader)
        return contact
    }

    /// Works for the programme: yes / no (ja / nej); empty is no.
    private static func staff(_ reader: inout FieldReader) -> Bool {
        let raw = reader.text("staff").lowercased()
        if ["", "n", "no", "nej", "false"].contains(raw) { return false }
        if ["y", "yes", "ja", "j", "true"].contains(raw) { return true }
        reader.fail("staff", reader.l10n.text("yes (works for the programme: offered first as owner) or no"))
        return false
    }

    /// `a, b；c` → ["a", "b", "c"]: several phones or emails in one field.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "；" || $0 == ";" || $0 == "、" })
            .map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }

    /// The name as an id (`zhang-wei`), numbered when a contact has it already.
    private static func newID(_ name: String, _ state: AppState) -> String {
        let base = RecordID.slug(from: name, fallback: "contact")
        var candidate = base
        var number = 2
        while state.catalog.contact(id: candidate) != nil {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }
}
