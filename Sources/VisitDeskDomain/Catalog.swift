/// Everything the store holds at one moment: what the UI shows and the CLI lists.
/// A value: the store builds a new one on every change and the UI swaps it in whole.
public struct Catalog: Sendable {
    public var settings: StoreSettings
    /// Sorted by id, so every listing is stable.
    public var delegations: [Delegation]
    public var contacts: [Contact]
    /// Files that did not load or validate, and warnings about records that did.
    public var problems: [Problem]

    public init(settings: StoreSettings = StoreSettings(), delegations: [Delegation] = [], contacts: [Contact] = [], problems: [Problem] = []) {
        self.settings = settings
        self.delegations = delegations.sorted { $0.id < $1.id }
        self.contacts = contacts.sorted { $0.id < $1.id }
        self.problems = problems
    }

    public func delegation(id: String) -> Delegation? {
        delegations.first { $0.id == id }
    }

    public func contact(id: String) -> Contact? {
        contacts.first { $0.id == id }
    }

    public var requests: [Delegation] { delegations.filter { $0.status.isRequest } }
    public var groups: [Delegation] { delegations.filter { $0.status.isGroup } }
    public var errorCount: Int { problems.filter { $0.severity == .error }.count }
    public var warningCount: Int { problems.filter { $0.severity == .warning }.count }
}
