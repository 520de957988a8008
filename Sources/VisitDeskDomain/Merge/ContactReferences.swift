/// Where delegations name a contact (lead, owner, members, a slot's host), and the same
/// delegation naming another contact instead: what merging two contacts does to the programme.
public enum ContactReferences {
    /// The delegation with every reference to `old` pointing at `new`, or nil when it names
    /// `old` nowhere. A member list that already has `new` keeps one entry.
    public static func replacing(_ old: String, with new: String, in delegation: Delegation) -> Delegation? {
        var changed = delegation
        if changed.lead == old { changed.lead = new }
        if changed.owner == old { changed.owner = new }
        if changed.members.contains(old) {
            var seen: Set<String> = []
            changed.members = changed.members.map { $0 == old ? new : $0 }.filter { seen.insert($0).inserted }
        }
        for index in changed.slots.indices where changed.slots[index].host == old {
            changed.slots[index].host = new
        }
        return changed == delegation ? nil : changed
    }
}
