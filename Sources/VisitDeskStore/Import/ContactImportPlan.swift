import VisitDeskDomain

/// What an import will do with each record read from a file, decided before anything is written
/// (so `--dry-run` shows exactly what a real run does): recognise the person by identity
/// (`ContactIdentity`), merge field by field (`ContactMerge`), or create a new contact — with a
/// note when someone of the same name exists, since a name alone never decides.
public struct ContactImportPlan {
    public enum Outcome: Sendable {
        /// A person not in the store; `sameName` lists contacts with the same name to review.
        case create(Contact, sameName: [String])
        /// A known person whose file gains or changes fields.
        case update(old: Contact, merged: Contact, changes: [ContactMerge.Change], by: ContactIdentity.Match)
        /// A known person the record adds nothing to (kept differences are still listed).
        case unchanged(Contact, changes: [ContactMerge.Change], by: ContactIdentity.Match)
        /// A known person the record would change, left alone because `--update` was not given.
        case skipped(Contact, changes: [ContactMerge.Change], by: ContactIdentity.Match)
    }

    public struct Entry: Sendable {
        /// Where the card or row starts in the file.
        public var line: Int
        public var incoming: Contact
        public var outcome: Outcome

        /// The contact file this entry writes, if it writes one.
        public var writtenID: String? {
            switch outcome {
            case .create(let contact, _): contact.id
            case .update(let old, _, _, _): old.id
            case .unchanged, .skipped: nil
            }
        }
    }

    /// Every entry, when the plan was made for a whole list at once (`init(_:existing:…)`); a
    /// streaming import takes each from `plan(_:)` and keeps only what it reports.
    public private(set) var entries: [Entry] = []
    private var identity: ContactIdentity
    private var current: [String: Contact]
    private var claimed: Set<String> = []
    private let update: Bool
    private let prefer: ContactMerge.Preference
    private let isTaken: (String) -> Bool

    /// - Parameters:
    ///   - existing: the store's contacts.
    ///   - update: whether known people may be changed (`--update`).
    ///   - isTaken: whether an id is in use on disk (a file the store did not load counts).
    public init(existing: [Contact], update: Bool, prefer: ContactMerge.Preference, isTaken: @escaping (String) -> Bool) {
        // Parsing the store's phone numbers is most of the cost of knowing 20,000 people: on every core.
        let parts = 8
        let keys = ConcurrentJobs.run(parts) { part in
            stride(from: part, to: existing.count, by: parts).map { ContactIdentity.Keys(of: existing[$0]) }
        }
        identity = ContactIdentity(existing, keys: existing.indices.map { keys[$0 % parts][$0 / parts] })
        current = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.update = update
        self.prefer = prefer
        self.isTaken = isTaken
    }

    /// The plan for a whole list: `entries` holds one entry per record.
    public init(
        _ imported: [ImportedContact], existing: [Contact], update: Bool, prefer: ContactMerge.Preference,
        isTaken: @escaping (String) -> Bool
    ) {
        self.init(existing: existing, update: update, prefer: prefer, isTaken: isTaken)
        for item in imported { entries.append(plan(item)) }
    }

    /// Decides records in file order, their phone numbers parsed on every core first.
    public mutating func plan(_ items: [ImportedContact]) -> [Entry] {
        let parts = items.count < 64 ? 1 : 4
        let keys = ConcurrentJobs.run(parts) { part in
            stride(from: part, to: items.count, by: parts).map { ContactIdentity.Keys(of: items[$0].contact) }
        }
        return items.indices.map { plan(items[$0], keys: keys[$0 % parts][$0 / parts]) }
    }

    /// Decides one record, in file order: later records see the people earlier ones created or
    /// changed (two rows for one person merge into one contact).
    public mutating func plan(_ item: ImportedContact) -> Entry {
        plan(item, keys: ContactIdentity.Keys(of: item.contact))
    }

    private mutating func plan(_ item: ImportedContact, keys: ContactIdentity.Keys) -> Entry {
        var incoming = item.contact
        if let (id, by) = identity.match(incoming, keys: keys), let ours = current[id] {
            // Our own export's UID is the id, which the file need not repeat.
            if incoming.uid == id { incoming.uid = nil }
            let (merged, changes) = ContactMerge.merge(incoming, into: ours, prefer: prefer)
            let outcome: Outcome
            if !changes.contains(where: { $0.kind != .kept }) {
                outcome = .unchanged(ours, changes: changes, by: by)
            } else if update {
                outcome = .update(old: ours, merged: merged, changes: changes, by: by)
                current[id] = merged
                identity.add(merged)
            } else {
                outcome = .skipped(ours, changes: changes, by: by)
            }
            return Entry(line: item.line, incoming: incoming, outcome: outcome)
        }
        var contact = incoming
        contact.id = Self.unusedID(base: incoming.id) { isTaken($0) || current[$0] != nil || claimed.contains($0) }
        if contact.uid == contact.id { contact.uid = nil }
        claimed.insert(contact.id)
        let sameName = identity.sameName(as: contact)
        // The keys do not depend on the id or UID, the only fields that changed.
        identity.add(contact, keys: keys)
        current[contact.id] = contact
        return Entry(line: item.line, incoming: incoming, outcome: .create(contact, sameName: sameName))
    }

    private static func unusedID(base: String, taken: (String) -> Bool) -> String {
        var base = RecordID.isValid(base) ? base : RecordID.slug(from: base, fallback: "contact")
        // A file name must stay well under the file system's 255 bytes, whatever name a card had.
        if base.count > 60 { base = String(base.prefix(60).drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed()) }
        if base.isEmpty { base = "contact" }
        if !taken(base) { return base }
        var number = 2
        while taken("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
