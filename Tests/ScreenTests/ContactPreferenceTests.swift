import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The owner field offers staff first and the home side next; the host field offers the side
/// that receives the group; the detail view's host suggestions never put a guest first.
@Suite struct ContactPreferenceTests {
    /// The fixture store with a Chinese guest called Li Na and Lina Berg marked staff.
    static let catalog: Catalog = {
        var contacts = Fixtures.contacts
        contacts.append(Contact(id: "li-na", name: "Li Na", nameZh: "李娜", country: "CN", topics: ["camping"]))
        contacts.append(Contact(id: "chen-lin", name: "Chen Lin", nameZh: "陈林", country: "CN", role: "Programme assistant", staff: true))
        let lina = contacts.firstIndex { $0.id == "lina-berg" }!
        contacts[lina].staff = true
        return Catalog(settings: Fixtures.catalog.settings, delegations: Fixtures.delegations, contacts: contacts)
    }()

    func matches(_ state: AppState) -> [String] { (state.form?.matches ?? []).map { state.catalog.contacts[$0].id } }

    @discardableResult
    func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { update(&state, .key(.character($0))) }
    }

    @Test func typingLinaInOwnerOffersTheCoordinatorBeforeTheGuest() {
        var state = Fixtures.state(120, 40, catalog: Self.catalog)
        Fixtures.press("o", &state)  // owner of jiangsu-camping
        Fixtures.press("C-u", &state)
        type("lina", &state)
        let found = matches(state)
        #expect(found.first == "lina-berg", "\(found)")
        #expect(found.contains("li-na"), "a guest is still offered, after staff: \(found)")
        // Staff on any side before a non-staff match: Chen Lin (staff) before Li Na (a guest).
        Fixtures.press("C-u", &state)
        type("lin", &state)
        let both = matches(state)
        let (chen, guest) = (both.firstIndex(of: "chen-lin"), both.firstIndex(of: "li-na"))
        #expect(chen != nil && guest != nil && chen! < guest!, "\(both)")
    }

    @Test func theHostOfATripAbroadIsOfferedFromThePartnerSide() {
        var state = Fixtures.state(120, 40, catalog: Self.catalog)
        // An outbound request: accept it and type a name both sides share.
        var outbound = Fixtures.delegations.first { $0.id == "jiangsu-camping" }!
        outbound.direction = .outbound
        var delegations = Fixtures.delegations.filter { $0.id != outbound.id }
        delegations.append(outbound)
        state.catalog = Catalog(settings: Self.catalog.settings, delegations: delegations, contacts: Self.catalog.contacts)
        Fixtures.press("a", &state)
        Fixtures.press("Tab Tab Tab Tab", &state)  // host
        type("lin", &state)
        #expect(state.form?.focusedField.name == "host")
        let found = matches(state)
        #expect(found.prefix(2).allSatisfy { ["li-na", "chen-lin"].contains($0) }, "\(found)")
    }

    @Test func hostSuggestionsOfAnInboundRequestPutTheHomeSideFirst() {
        let camping = Fixtures.delegations.first { $0.id == "jiangsu-camping" }!
        let contacts = Self.catalog.contacts
        let ranked = HostSuggestions.ranked(for: camping, contacts: contacts, byTopic: HostSuggestions.topicIndex(contacts))
        #expect(ranked.map { contacts[$0.contact].id } == ["zoe-lind", "li-na"])
    }
}
