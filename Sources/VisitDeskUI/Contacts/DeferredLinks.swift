import VisitDeskDomain

/// Who each delegation names (`ContactLinks`), built after the first frame in a large store: it is
/// part of the delegation half of the index that the first frame waits for (7 ms of CPU at 10,000
/// delegations), and that frame shows one person's card at most. Until the table is ready, a card
/// finds its person's links by a scan of the delegations (a millisecond), so nothing waits for it;
/// after a change on disk the table is patched off the frame that shows the change, as before.
struct DeferredLinks: Sendable, Equatable {
    private let deferred: Deferred<ContactLinks>
    /// The delegations the table is of: what a card reads before it is ready.
    private let delegations: [Delegation]

    init() {
        deferred = Deferred(ContactLinks())
        delegations = []
    }

    init(_ delegations: [Delegation]) {
        self.delegations = delegations
        deferred = Deferred(inBackground: DelegationIndex.defersCorpus(delegations)) { ContactLinks(delegations) }
    }

    /// The table of `previous` patched for the records that changed (see `ContactLinks.patch`).
    /// In a large store the work waits for `start()`, which the state calls once it has let go of
    /// the old index: the table (5 MB at 50,000 delegations) is then patched in place, not copied.
    init(patching previous: DeferredLinks, stale: [Int], in old: [Delegation], fresh: [Int], in new: [Delegation]) {
        delegations = new
        guard DelegationIndex.defersCorpus(new) else {
            var links = previous.value
            links.patch(stale: stale, in: old, fresh: fresh, in: new)
            deferred = Deferred(links)
            return
        }
        let handoff = DeferredHandoff(previous.deferred)
        deferred = Deferred(startedLater: {
            // Straight from the handoff: `links` is the table's only holder when the state is.
            var links = handoff.takeValue()?.value ?? ContactLinks()
            links.patch(stale: stale, in: old, fresh: fresh, in: new)
            return links
        })
    }

    /// Sends patching work to the background queue; a card that reads the table sooner does it itself.
    func start() { deferred.start() }

    /// The whole table; waits for it if it is still building.
    var value: ContactLinks { deferred.value }

    /// One person's links, without waiting for the table.
    func links(of contactID: String) -> [ContactLink] {
        deferred.ifReady?.links(of: contactID, in: delegations) ?? ContactLinks.scan(for: contactID, in: delegations)
    }

    static func == (lhs: DeferredLinks, rhs: DeferredLinks) -> Bool { lhs.deferred === rhs.deferred || lhs.value == rhs.value }
}
