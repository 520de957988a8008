import VisitDeskDomain

/// `n` and `e` in Contacts (and `e` on a card): a person's card in a form, `E` the file in the
/// editor. The form is the triage forms' machinery with the contact it changes in
/// `Form.contactBase`; a submit writes one `ContactEdit` as one undo step.
enum ContactForms {
    static func newContact() -> Form {
        Form(purpose: .newContact, title: "new contact", bases: [], fields: fields(nil))
    }

    static func edit(_ contact: Contact) -> Form {
        // The id is the file's name and what records name the person by: changing it renames the
        // file and rewrites every record that names them, as one step.
        let id = FormField("id", "Id", text: contact.id)
        var form = Form(purpose: .editContact, title: "edit contact \(contact.id)", bases: [], fields: fields(contact) + [id])
        form.contactBase = contact
        return form
    }

    private static func fields(_ c: Contact?) -> [FormField] {
        [
            FormField("name", "Name", text: c?.name ?? ""),
            FormField("name_zh", "中文名", text: c?.nameZh ?? ""),
            FormField("country", "Country", text: c?.country ?? ""),
            FormField("organisation", "Organisation", text: c?.organisation ?? ""),
            FormField("organisation_zh", "单位", text: c?.organisationZh ?? ""),
            FormField("role", "Role", text: c?.role ?? ""),
            FormField("phones", "Phones", text: c?.phones.joined(separator: ", ") ?? ""),
            FormField("emails", "Emails", text: c?.emails.joined(separator: ", ") ?? ""),
            FormField("wechat", "WeChat", text: c?.wechat ?? ""),
            FormField("staff", "Staff", text: c?.staff == true ? "yes" : "no"),
        ]
    }

    /// The contact a command acts on: the card shown, else the selected row.
    static func selected(_ given: Invocation, _ state: AppState) -> Contact? {
        if given.mode == .card, case .contact(let id, _)? = state.overlay { return state.catalog.contact(id: id) }
        return state.selectedContact
    }

    static func openNew(_ state: inout AppState) { state.push(.form(newContact())) }

    static func openEdit(_ given: Invocation, _ state: inout AppState) {
        guard let contact = selected(given, state) else {
            state.message = state.l10n.text("no contact selected")
            return
        }
        state.push(.form(edit(contact)))
    }

    static func editFile(_ given: Invocation, _ state: inout AppState) -> [Effect] {
        guard let contact = selected(given, state) else { return [] }
        return [.openInEditor(.contacts, id: contact.id)]
    }

    /// What the form shows under the Chinese name while it is typed: its pinyin, and for a new
    /// person without a Latin name the name and id they will get.
    static func note(for field: FormField, in form: Form) -> String? {
        guard field.name == "name_zh", let pinyin = HanReadings.syllableLine(field.input.text.trimmingWhitespace) else { return nil }
        guard form.purpose == .newContact, form.text("name").isEmpty else { return "pinyin: \(pinyin)" }
        let latin = Transliteration.latinName(chinese: form.text("name_zh"))
        return "pinyin: \(pinyin) · Latin name and id: \(latin)"
    }
}
