/// The rules for changing which ids the store's people go by, shared by the dashboard (Contacts
/// `e`'s Id field, `D`) and the command line (`edit contact --set id=`, `delete contact`): a new
/// id is valid and free; a person still named by a record is not deleted unless someone takes
/// their place, so no record is ever left pointing at a file that is gone.
public enum ContactIDChanges {
    /// Why `new` cannot become `contact`'s id, or nil when it can (its own id can always stay).
    public static func renameRefusal(_ new: String, for contact: Contact, in catalog: Catalog) -> String? {
        guard new != contact.id else { return nil }
        guard RecordID.isValid(new) else { return "`\(new)` is not an id: lower-case letters, digits and dashes (like lina-berg)" }
        if let other = catalog.contact(id: new) { return "`\(new)` is \(other.name)'s id already" }
        return nil
    }

    /// What deleting a person takes, or why it cannot be done now.
    public enum Deletion: Sendable {
        /// The records to rewrite first (each as it is and with the replacement), then the file goes.
        case allowed(rewrites: [(shown: Delegation, updated: Delegation)])
        /// Still named and no replacement given: these places name them.
        case named([ContactReference])
        /// The replacement given is not a contact, or is the person being deleted.
        case badReplacement(String)
    }

    public static func deletion(of contact: Contact, replacingWith replacement: String?, in catalog: Catalog) -> Deletion {
        guard let replacement else {
            let references = catalog.references(to: contact.id)
            return references.isEmpty ? .allowed(rewrites: []) : .named(references)
        }
        if replacement == contact.id { return .badReplacement("choose someone else: \(contact.name) is the one being deleted") }
        guard catalog.contact(id: replacement) != nil else { return .badReplacement("no contact `\(replacement)` to put in their place") }
        return .allowed(rewrites: catalog.replacingContact(contact.id, with: replacement))
    }
}
