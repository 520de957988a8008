/// Where delegations name a contact, listed for the coordinator (the rewrite itself is
/// `ContactReferences.replacing`). Deleting a person (`D`) lists these and may replace them; renaming a person's id rewrites
/// them, so no record is left pointing at a file that is gone.
public struct ContactReference: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        case lead, owner, member
        /// Host of the slot at this position in the file's `[[slots]]`.
        case host(slot: Int)
    }

    public var delegationID: String
    public var title: String
    public var role: Role

    public init(delegationID: String, title: String, role: Role) {
        self.delegationID = delegationID
        self.title = title
        self.role = role
    }

    /// `hebei-2026 · Hebei Bureau of Commerce: host of slot 2`.
    public var line: String {
        let what: String
        switch role {
        case .lead: what = "lead"
        case .owner: what = "owner"
        case .member: what = "member"
        case .host(let slot): what = "host of slot \(slot + 1)"
        }
        return "\(delegationID) · \(title): \(what)"
    }
}

extension Delegation {
    /// Every place this record names the contact, in file order.
    public func references(to contactID: String) -> [ContactReference] {
        var roles: [ContactReference.Role] = []
        if lead == contactID { roles.append(.lead) }
        if owner == contactID { roles.append(.owner) }
        if members.contains(contactID) { roles.append(.member) }
        for (position, slot) in slots.enumerated() where slot.host == contactID { roles.append(.host(slot: position)) }
        return roles.map { ContactReference(delegationID: id, title: title, role: $0) }
    }
}

extension Catalog {
    /// Every reference to the contact in the store, delegations in id order.
    public func references(to contactID: String) -> [ContactReference] {
        delegations.flatMap { $0.references(to: contactID) }
    }

    /// The delegations that name `old`, each as it is and with `new` in its place.
    public func replacingContact(_ old: String, with new: String) -> [(shown: Delegation, updated: Delegation)] {
        delegations.compactMap { shown in ContactReferences.replacing(old, with: new, in: shown).map { (shown, $0) } }
    }
}
