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
struct ContactLinks: Sendable, Equatable {
    private(set) var byContact: [String: [ContactLink]] = [:]

    init() {}

    init(_ delegations: [Delegation]) {
        byContact.reserveCapacity(delegations.count)
        var named: [(id: String, roles: RoleSet)] = []
        // Fields, not records, through the buffer: a record passed whole is copied, twenty retains.
        let when = delegations.withUnsafeBufferPointer { records in
            for index in records.indices {
                ContactLinks.collect(lead: records[index].lead, owner: records[index].owner, members: records[index].members,
                                     slots: records[index].slots, into: &named)
                for (id, roles) in named { byContact[id, default: []].append(ContactLink(delegation: index, roles: roles.sorted)) }
            }
            return records.map(ContactLinks.when)
        }
        // Newest first: the visit being planned matters more than one from three years ago.
        for i in byContact.values.indices where byContact.values[i].count > 1 {
            byContact.values[i].sort { ContactLinks.precedes($0.delegation, $1.delegation, when[$0.delegation], when[$1.delegation]) }
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

    /// After a few delegations changed: drops the links of `stale` old positions, moves the rest
    /// to their new positions (`carried`, old → new) and links the `fresh` new positions.
    mutating func patch(stale: [Int], in old: [Delegation], carried: [Int?], shifted: Bool, fresh: [Int], in new: [Delegation]) {
        var named: [(id: String, roles: RoleSet)] = []
        for position in stale {
            ContactLinks.collect(old[position], into: &named)
            for (id, _) in named {
                byContact[id]?.removeAll { $0.delegation == position }
                if byContact[id]?.isEmpty == true { byContact[id] = nil }
            }
        }
        if shifted {
            for i in byContact.values.indices {
                for j in byContact.values[i].indices {
                    byContact.values[i][j].delegation = carried[byContact.values[i][j].delegation] ?? -1
                }
            }
        }
        for position in fresh {
            ContactLinks.collect(new[position], into: &named)
            let when = ContactLinks.when(new[position])
            for (id, roles) in named {
                let link = ContactLink(delegation: position, roles: roles.sorted)
                let at = byContact[id]?.sortedInsertionIndex { other in
                    ContactLinks.precedes(position, other.delegation, when, ContactLinks.when(new[other.delegation]))
                }
                byContact[id, default: []].insert(link, at: at ?? 0)
            }
        }
    }

    func links(of contactID: String) -> [ContactLink] { byContact[contactID] ?? [] }

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
