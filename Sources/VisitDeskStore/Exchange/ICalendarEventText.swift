import VisitDeskDomain

/// One VEVENT: what a colleague needs in their own calendar to turn up at the right place and
/// call the right person — the group, where, who leads it, who hosts, and their phones.
enum ICalendarEventText {
    static func vevent(
        uid: String, stamp: String, delegation: Delegation, slot: Slot,
        people: NamedPeople, times: SlotTimes, status: String = "CONFIRMED"
    ) -> String {
        var out = ContentLine.line("BEGIN", "VEVENT")
        out += ContentLine.line("UID", uid)
        out += ContentLine.line("DTSTAMP", stamp)
        out += times.line("DTSTART", slot.start)
        out += times.line("DTEND", slot.end)
        out += ContentLine.line("SUMMARY", ContentLine.escapeText(summary(delegation)))
        if !slot.place.isEmpty {
            out += ContentLine.line("LOCATION", ContentLine.escapeText(slot.place))
        }
        out += ContentLine.line("DESCRIPTION", ContentLine.escapeText(description(delegation, slot, people)))
        if !delegation.interests.isEmpty {
            out += ContentLine.line("CATEGORIES", ContentLine.textList(delegation.interests))
        }
        out += ContentLine.line("STATUS", status)
        out += ContentLine.line("TRANSP", "OPAQUE")
        return out + ContentLine.line("END", "VEVENT")
    }

    /// `Hebei Bureau of Commerce Group (河北省商务厅代表团)`.
    static func summary(_ delegation: Delegation) -> String {
        guard let zh = delegation.titleZh, !zh.isEmpty else { return delegation.title }
        return "\(delegation.title) (\(zh))"
    }

    static func description(_ delegation: Delegation, _ slot: Slot, _ people: NamedPeople) -> String {
        var lines: [String] = []
        if !slot.topic.isEmpty { lines.append("Topic: \(slot.topic)") }
        var group = delegation.size.map { "\($0) people" } ?? ""
        if let origin = delegation.origin, !origin.isEmpty {
            group += group.isEmpty ? origin : (delegation.direction == .outbound ? " to " : " from ") + origin
        }
        if !group.isEmpty { lines.append("Group: \(group)") }
        if let line = person("Lead", delegation.lead, people) { lines.append(line) }
        if let line = person("Host", slot.host, people) { lines.append(line) }
        if let line = person("Coordinator", delegation.owner, people) { lines.append(line) }
        lines.append("VisitDesk: \(delegation.id)")
        return lines.joined(separator: "\n")
    }

    /// `Lead: Wang Fang 王芳, +86 138 0013 8000, 0311-8765 4321`; an id that names nobody is
    /// still shown, so a dangling reference is visible rather than silently dropped.
    static func person(_ label: String, _ id: String?, _ people: NamedPeople) -> String? {
        guard let id else { return nil }
        guard let contact = people[id] else { return "\(label): \(id)" }
        var parts = [contact.name + (contact.nameZh.map { " \($0)" } ?? "")]
        parts.append(contentsOf: contact.phones)
        return "\(label): " + parts.joined(separator: ", ")
    }
}

/// The contacts an export names (leads, hosts, coordinators), found by id in the catalog's array
/// rather than copied out of it, since a dictionary of 20,000 contacts was 6 MB of the dashboard's
/// memory each time it wrote the feed. The first of two records with one id wins.
struct NamedPeople {
    private let contacts: [Contact]
    /// Only for contacts not in id order: a catalog's are, and a binary search finds a person
    /// there without a table of every named person — at 100,000 contacts the table and the set
    /// of names it was made from were 2.6 MB, made again for every write of the feed.
    private let positions: [String: Int]?

    /// - Parameter named: the ids the visits name; asked for only when `contacts` are not in id order.
    init(_ contacts: [Contact], named: () -> Set<String>) {
        self.contacts = contacts
        guard !NamedPeople.inIDOrder(contacts) else {
            positions = nil
            return
        }
        let named = named()
        var positions: [String: Int] = [:]
        for (position, contact) in contacts.enumerated() where named.contains(contact.id) && positions[contact.id] == nil {
            positions[contact.id] = position
        }
        self.positions = positions
    }

    subscript(id: String) -> Contact? {
        if let positions { return positions[id].map { contacts[$0] } }
        // The first of equal ids, as the table keeps the first.
        let position = Catalog.insertionIndex(of: id, in: contacts)
        return position < contacts.count && contacts[position].id == id ? contacts[position] : nil
    }

    private static func inIDOrder(_ contacts: [Contact]) -> Bool {
        contacts.indices.dropFirst().allSatisfy { contacts[$0 - 1].id <= contacts[$0].id }
    }
}
