import VisitDeskDomain

/// How a delegation names a person. A contact card lists these so the coordinator sees at once
/// which groups to ring this person about.
public enum ContactRole: String, Sendable, CaseIterable, Comparable {
    case lead, owner, host, member

    public static func < (a: ContactRole, b: ContactRole) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One delegation on a person's card.
struct ContactLink: Sendable, Equatable {
    /// Index into the catalog's delegations.
    var delegation: Int
    var roles: [ContactRole]
}

/// For every contact id, the delegations that name it, built once per catalog: the card is drawn
/// on every frame it is open and must not scan 10,000 delegations each time.
struct ContactLinks: Sendable {
    private(set) var byContact: [String: [ContactLink]] = [:]

    init() {}

    init(_ delegations: [Delegation]) {
        var found: [String: [ContactLink]] = [:]
        for (index, d) in delegations.enumerated() {
            var roles: [String: Set<ContactRole>] = [:]
            if let lead = d.lead { roles[lead, default: []].insert(.lead) }
            if let owner = d.owner { roles[owner, default: []].insert(.owner) }
            for member in d.members { roles[member, default: []].insert(.member) }
            for host in d.slots.compactMap(\.host) { roles[host, default: []].insert(.host) }
            for (id, set) in roles { found[id, default: []].append(ContactLink(delegation: index, roles: set.sorted())) }
        }
        // Newest first: the visit being planned matters more than one from three years ago.
        let when = delegations.map(ContactLinks.when)
        byContact = found.mapValues { links in
            links.sorted { a, b in
                switch (when[a.delegation], when[b.delegation]) {
                case let (x?, y?) where x != y: return x > y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.delegation < b.delegation
                }
            }
        }
    }

    func links(of contactID: String) -> [ContactLink] { byContact[contactID] ?? [] }

    /// The date a delegation is about: its first slot, else the wanted window, else when it came in.
    static func when(_ d: Delegation) -> LocalDate? {
        d.slots.map(\.start.date).min() ?? d.earliest ?? d.received
    }
}
