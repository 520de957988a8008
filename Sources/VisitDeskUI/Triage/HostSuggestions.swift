import VisitDeskDomain

/// Who could host a request: contacts whose hosting topics match its interests, most shared
/// topics first, each with a phone so the coordinator can call from the detail view.
enum HostSuggestions {
    static let limit = 6

    /// Contact positions by topic; built once per set of contacts, so the detail view never
    /// scans every contact per frame.
    static func topicIndex(_ contacts: [Contact]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, contact) in contacts.enumerated() {
            for topic in Set(contact.topics) { index[topic, default: []].append(position) }
        }
        return index
    }

    /// Best first: people on the hosting side (a guest is never offered before a host), then more
    /// shared topics, then the name. People the request already names (its
    /// own lead and members) are not suggested as hosts.
    static func ranked(for d: Delegation, contacts: [Contact], byTopic: [String: [Int]]) -> [(contact: Int, shared: [String])] {
        var shared: [Int: [String]] = [:]
        for interest in d.interests {
            for position in byTopic[interest] ?? [] { shared[position, default: []].append(interest) }
        }
        let own = Set(d.referencedContactIDs)
        let hostSide = ContactPreference.hostSide(for: d.direction)
        return shared.filter { !own.contains(contacts[$0.key].id) }
            .sorted { a, b in
                let (sideA, sideB) = (contacts[a.key].side == hostSide, contacts[b.key].side == hostSide)
                if sideA != sideB { return sideA }
                if a.value.count != b.value.count { return a.value.count > b.value.count }
                return contacts[a.key].name < contacts[b.key].name
            }
            .prefix(limit)
            .map { ($0.key, $0.value) }
    }

    /// The "Suggested hosts" section of a request's detail view; nothing for groups or closed records.
    static func lines(for d: Delegation, state: AppState) -> [LabeledLine] {
        guard d.status.isRequest, !d.interests.isEmpty else { return [] }
        let contacts = state.catalog.contacts
        let hosts = ranked(for: d, contacts: contacts, byTopic: state.index.people.byTopic)
        var lines = [LabeledLine(label: "", value: ""), LabeledLine(label: Localization.key("Suggested hosts"), value: "", role: .header)]
        if hosts.isEmpty {
            lines.append(LabeledLine(label: "", value: state.l10n.format("no contact hosts %s", d.interests.joined(separator: ", ")), role: .muted))
        }
        for host in hosts {
            let c = contacts[host.contact]
            let name = c.name + (c.organisation.map { " (\($0))" } ?? "")
            let parts = [name, host.shared.joined(separator: ", "), c.phones.first ?? state.l10n.text("no phone")]
            lines.append(LabeledLine(label: "", value: parts.joined(separator: " · ")))
        }
        return lines
    }
}
