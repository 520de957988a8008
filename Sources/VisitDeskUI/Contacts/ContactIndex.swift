import VisitDeskDomain

/// Contacts sorted the Swedish way, with what lookup and the other sort order need.
struct ContactIndex: Sendable {
    var order: [Int] = []
    var byID: [String: Int] = [:]
    var finding = ContactFinding()
    /// Contacts by hosting topic, for host suggestions.
    var byTopic: [String: [Int]] = [:]

    init() {}

    init(_ contacts: [Contact], previous: (contacts: [Contact], index: ContactIndex)? = nil) {
        byTopic = HostSuggestions.topicIndex(contacts)
        byID = Dictionary(contacts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let keys = contacts.map { SwedishCollation.key($0.name) }
        order = Array(contacts.indices)
        order.sort { a, b in SwedishCollation.precedes((keys[a], contacts[a].name), (keys[b], contacts[b].name)) }
        finding = ContactFinding(contacts, nameKeys: keys, previous: previous.map { ($0.contacts, $0.index.finding) })
    }
}
