import VisitDeskDomain

/// The person at the keyboard, as the sharing identity names them (config.toml's `[identity]`
/// or git's `user.name`/`user.email`): what `owner:me` in a filter means.
public struct Coordinator: Sendable, Equatable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    /// Their contact card: the one with their e-mail address, else the staff member (then anyone)
    /// with their name. nil when the store has no card for them.
    func contactID(in contacts: [Contact]) -> String? {
        let email = email.lowercased(), name = name.lowercased()
        if !email.isEmpty, let card = contacts.first(where: { $0.emails.contains { $0.lowercased() == email } }) { return card.id }
        guard !name.isEmpty else { return nil }
        let named = contacts.filter { $0.name.lowercased() == name }
        return (named.first(where: \.staff) ?? named.first)?.id
    }
}
