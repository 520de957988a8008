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
///
/// Kept by delegation id, not position. A delegation added before others shifts every later
/// position; the screen still holds the last catalog's table, so shifting them copied every
/// person's list beside the old one (3.4 MB at 10,000 + 20,000, with every outside change). By id,
/// a patch touches only the people the changed delegations name, and positions are found by
/// binary search when a card asks (the delegations are in id order).
struct ContactLinks: Sendable, Equatable {
    private struct Link: Sendable, Equatable {
        var delegationID: String
        var roles: [ContactRole]
    }

    /// Most people are named by one delegation: their one link is held in the table's entry, not
    /// in an array of its own (`SmallList`; 6.4 MB of heap blocks at 100,000 contacts).
    private var byContact = CompactTable<String, SmallList<Link>>()

    init() {}

    init(_ delegations: [Delegation]) {
        byContact.reserveCapacity(delegations.count)
        var named: [(id: String, roles: RoleSet)] = []
        // Fields, not records, through the buffer: a record passed whole is copied, twenty retains.
        let when = delegations.withUnsafeBufferPointer { records in
            for index in records.indices {
                ContactLinks.collect(lead: records[index].lead, owner: records[index].owner, members: records[index].members,
                                     slots: records[index].slots, into: &named)
                for (id, roles) in named { byContact[id, default: []].append(Link(delegationID: records[index].id, roles: roles.sorted)) }
            }
            return records.map(ContactLinks.when)
        }
        // Newest first: the visit being planned matters more than one from three years ago.
        let position = PositionByID(delegations)
        byContact.updateEachValue { links in
            guard links.count > 1 else { return }
            var positioned = links.map { (link: $0, at: position[$0.delegationID] ?? 0) }
            positioned.sort { ContactLinks.precedes($0.at, $1.at, when[$0.at], when[$1.at]) }
            links = SmallList(positioned.map(\.link))
        }
    }

    /// One person's links by a scan of every delegation: what a card drawn before the whole
    /// table is built shows (the same links, in the same order, as `links(of:)` on a full build).
    static func scan(for contactID: String, in delegations: [Delegation]) -> [ContactLink] {
        var found: [ContactLink] = []
        var named: [(id: String, roles: RoleSet)] = []
        delegations.withUnsafeBufferPointer { records in
            for index in records.indices {
                ContactLinks.collect(lead: records[index].lead, owner: records[index].owner, members: records[index].members,
                                     slots: records[index].slots, into: &named)
                if let roles = named.first(where: { $0.id == contactID })?.roles {
                    found.append(ContactLink(delegation: index, roles: roles.sorted))
                }
            }
        }
        found.sort { ContactLinks.precedes($0.delegation, $1.delegation, ContactLinks.when(delegations[$0.delegation]), ContactLinks.when(delegations[$1.delegation])) }
        return found
    }

    /// After a few delegations changed: drops the links of the `stale` old positions and links
    /// the `fresh` new positions. The rest are kept by id, so moved positions need nothing.
    mutating func patch(stale: [Int], in old: [Delegation], fresh: [Int], in new: [Delegation]) {
        var named: [(id: String, roles: RoleSet)] = []
        for position in stale {
            ContactLinks.collect(old[position], into: &named)
            let gone = old[position].id
            for (id, roles) in named {
                // One link, the one with these roles: a second record with the same id (the
                // store's ids are file names, so only in arrays built by hand) keeps its own.
                let stale = Link(delegationID: gone, roles: roles.sorted)
                guard let at = byContact[id]?.firstIndex(of: stale) ?? byContact[id]?.firstIndex(where: { $0.delegationID == gone }) else { continue }
                byContact[id]?.remove(at: at)
                if byContact[id]?.isEmpty == true { byContact[id] = nil }
            }
        }
        let positionOf = PositionByID(new)
        for position in fresh {
            ContactLinks.collect(new[position], into: &named)
            let when = ContactLinks.when(new[position])
            for (id, roles) in named {
                let link = Link(delegationID: new[position].id, roles: roles.sorted)
                let at = byContact[id]?.sortedInsertionIndex { other in
                    let otherPosition = positionOf[other.delegationID] ?? 0
                    return ContactLinks.precedes(position, otherPosition, when, ContactLinks.when(new[otherPosition]))
                }
                byContact[id, default: []].insert(link, at: at ?? 0)
            }
        }
    }

    /// A person's links, with positions in `delegations` (the catalog the table is of).
    func links(of contactID: String, in delegations: [Delegation]) -> [ContactLink] {
        guard let links = byContact[contactID] else { return [] }
        let position = PositionByID(delegations)
        return links.compactMap { link in position[link.delegationID].map { ContactLink(delegation: $0, roles: link.roles) } }
    }

    /// The date a delegation is about: its first slot, else the wanted window, else when it came in.
    static func when(_ d: Delegation) -> LocalDate? {
        d.slots.map(\.start.date).min() ?? d.earliest ?? d.received
    }

    /// Later dates first, undated last, then catalog order.
    private static func precedes(_ a: Int, _ b: Int, _ whenA: LocalDate?, _ whenB: LocalDate?) -> Bool {
        switch (whenA, whenB) {
        case let (x?, y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a < b
        }
    }

    private static func collect(_ d: Delegation, into named: inout [(id: String, roles: RoleSet)]) {
        collect(lead: d.lead, owner: d.owner, members: d.members, slots: d.slots, into: &named)
    }

    /// The contacts a delegation names and how, each contact once, in `named` (emptied first):
    /// a handful of names, so a linear search beats building a dictionary of sets per record.
    /// Given the fields, not the record, which would be copied whole for the call.
    private static func collect(lead: String?, owner: String?, members: [String], slots: [Slot],
                                into named: inout [(id: String, roles: RoleSet)]) {
        named.removeAll(keepingCapacity: true)
        func add(_ id: String, _ role: ContactRole) {
            if let i = named.firstIndex(where: { $0.id == id }) {
                named[i].roles.insert(role)
            } else {
                named.append((id, RoleSet(role)))
            }
        }
        if let lead { add(lead, .lead) }
        if let owner { add(owner, .owner) }
        for member in members { add(member, .member) }
        for slot in slots { if let host = slot.host { add(host, .host) } }
    }
}

/// A few roles as bits, listed in `ContactRole` order.
private struct RoleSet {
    private var bits: UInt8 = 0

    init(_ role: ContactRole) { insert(role) }

    mutating func insert(_ role: ContactRole) { bits |= 1 << role.rank }

    /// Shared arrays, one per combination: 20,000 links need not allocate 20,000 role lists.
    var sorted: [ContactRole] { RoleSet.lists[Int(bits)] }

    private static let lists: [[ContactRole]] = (0..<16).map { bits in
        ContactRole.allCases.filter { bits & (1 << Int($0.rank)) != 0 }
    }
}

extension ContactRole {
    fileprivate var rank: UInt8 {
        switch self {
        case .lead: return 0
        case .owner: return 1
        case .host: return 2
        case .member: return 3
        }
    }
}
