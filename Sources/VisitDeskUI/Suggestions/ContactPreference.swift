import VisitDeskDomain

/// Who a contact field offers first. An owner is someone who works for the programme: people
/// marked `staff = true`, then the home side, then everyone else (typing `lina` finds the
/// coordinator Lina Berg before the guest Li Na). A host is on the receiving side: the home side
/// for a group visiting us, the partner side for our trip abroad. Within each rank the matcher's
/// score still orders.
enum ContactPreference {
    /// Lower comes first; nil when the field has no preference.
    static func rank(field: String, form: Form) -> ((Contact) -> Int)? {
        switch field {
        case "owner":
            return { contact in contact.staff ? 0 : contact.side == .swedish ? 1 : 2 }
        case "host":
            let hostSide = hostSide(for: form.bases.first?.direction ?? .inbound)
            return { contact in contact.side == hostSide ? 0 : 1 }
        default:
            return nil
        }
    }

    /// A group visiting us is hosted by our side; a trip abroad by theirs.
    static func hostSide(for direction: Direction) -> Contact.Side {
        direction == .inbound ? .swedish : .chinese
    }
}
