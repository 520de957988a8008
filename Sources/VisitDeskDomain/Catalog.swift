/// Everything the store holds at one moment: what the UI shows and the CLI lists.
/// A value: the store hands out a new one after every change and the UI swaps it in whole.
public struct Catalog: Sendable {
    public var settings: StoreSettings
    /// Sorted by id, so every listing is stable and lookups are binary searches.
    public private(set) var delegations: [Delegation]
    public private(set) var contacts: [Contact]
    /// Files that did not load or validate, and warnings about records that did.
    public var problems: [Problem]

    public init(settings: StoreSettings = StoreSettings(), delegations: [Delegation] = [], contacts: [Contact] = [], problems: [Problem] = []) {
        self.settings = settings
        self.delegations = Catalog.sortedByID(delegations)
        self.contacts = Catalog.sortedByID(contacts)
        self.problems = problems
    }

    /// The store hands over records already in id order (its start-up cache keeps that order), and
    /// a check costs one comparison per record where sorting copies and moves all 30,000 of them.
    static func sortedByID<Record: Identifiable>(_ records: [Record]) -> [Record] where Record.ID == String {
        for index in records.indices.dropFirst() where records[index].id < records[index - 1].id {
            return records.sorted { $0.id < $1.id }
        }
        return records
    }

    public func delegation(id: String) -> Delegation? {
        let index = Catalog.insertionIndex(of: id, in: delegations)
        return index < delegations.count && delegations[index].id == id ? delegations[index] : nil
    }

    public func contact(id: String) -> Contact? {
        let index = Catalog.insertionIndex(of: id, in: contacts)
        return index < contacts.count && contacts[index].id == id ? contacts[index] : nil
    }

    /// Adds or replaces one record in O(log n) search + one array move: a reload of one file must
    /// not re-sort 10,000 records.
    public mutating func upsert(_ delegation: Delegation) {
        Catalog.upsert(delegation, into: &delegations)
    }

    public mutating func upsert(_ contact: Contact) {
        Catalog.upsert(contact, into: &contacts)
    }

    public mutating func removeDelegation(id: String) {
        Catalog.remove(id: id, from: &delegations)
    }

    public mutating func removeContact(id: String) {
        Catalog.remove(id: id, from: &contacts)
    }

    public var requests: [Delegation] { delegations.filter { $0.status.isRequest } }
    public var groups: [Delegation] { delegations.filter { $0.status.isGroup } }
    public var errorCount: Int { problems.filter { $0.severity == .error }.count }
    public var warningCount: Int { problems.filter { $0.severity == .warning }.count }

    /// Where `id` is in `records` (sorted by id), or where it would be inserted.
    public static func insertionIndex<Record: Identifiable>(of id: String, in records: [Record]) -> Int where Record.ID == String {
        records.sortedInsertionIndex { $0.id >= id }
    }

    static func upsert<Record: Identifiable>(_ record: Record, into records: inout [Record]) where Record.ID == String {
        let index = insertionIndex(of: record.id, in: records)
        if index < records.count && records[index].id == record.id {
            records[index] = record
        } else {
            // The screen usually still holds the last catalog, so the array is shared and the
            // insert copies it; Swift's copy for an insert doubles the capacity (3.4 MB more for
            // 10,000 delegations, for each catalog alive). An eighth to spare instead: a unique
            // array keeps its room, a full one still grows geometrically.
            records.reserveCapacity(records.count + 1 + records.count / 8)
            records.insert(record, at: index)
        }
    }

    static func remove<Record: Identifiable>(id: String, from records: inout [Record]) where Record.ID == String {
        let index = insertionIndex(of: id, in: records)
        if index < records.count && records[index].id == id { records.remove(at: index) }
    }
}
