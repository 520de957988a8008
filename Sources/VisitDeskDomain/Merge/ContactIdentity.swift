/// Finds the contact an imported record is about, by what identifies a person: the UID another
/// address book gave them, else an e-mail address, else a phone number (unless both have e-mail
/// addresses and share none: colleagues share office numbers). A name never decides — two
/// people called Li Na are common — it only marks a new contact as a possible duplicate.
public struct ContactIdentity: Sendable {
    /// How an incoming record was recognised.
    public enum Match: Equatable, Sendable {
        case uid(String)
        case email(String)
        case phone(String)

        /// For reports: `uid`, `email a@b.cn`, `phone +86…`.
        public var description: String {
            switch self {
            case .uid(let uid): "UID \(uid)"
            case .email(let email): "email \(email)"
            case .phone(let phone): "phone \(phone)"
            }
        }
    }

    private var byUID: [String: String] = [:]
    private var byEmail: [String: String] = [:]
    private var byPhone: [String: String] = [:]
    private var byName: [String: [String]] = [:]
    /// Each contact's e-mail keys, to tell colleagues who share a switchboard number apart.
    private var emailsByID: [String: Set<String>] = [:]

    public init(_ contacts: some Sequence<Contact>) {
        for contact in contacts { add(contact) }
    }

    /// From keys worked out beforehand (`Keys(of:)`, on several cores for a store of 20,000
    /// contacts, whose phone numbers are most of the cost), one per contact, in the same order.
    public init(_ contacts: [Contact], keys: [Keys]) {
        for (contact, keys) in zip(contacts, keys) { add(contact, keys: keys) }
    }

    /// What identifies one contact: its e-mail and phone keys (one per address and number, in
    /// order; nil for a number not understood to E.164) and its name keys.
    public struct Keys: Sendable {
        var emails: [String]
        var phones: [String?]
        var names: [String]

        public init(of contact: Contact) {
            emails = contact.emails.map(MergeKeys.email)
            phones = contact.phones.map { ContactIdentity.phoneKey($0, country: contact.country) }
            names = ContactIdentity.nameKeys(contact)
        }
    }

    /// Records a contact (one already in the store, or one this import just created) so later
    /// records can be matched against it. Earlier entries win a key.
    public mutating func add(_ contact: Contact) {
        add(contact, keys: Keys(of: contact))
    }

    /// `add` with the contact's keys worked out beforehand (`Keys(of:)`).
    public mutating func add(_ contact: Contact, keys: Keys) {
        // Our own exports write the id as UID, so a card that went out and came back matches it.
        if byUID[contact.id] == nil { byUID[contact.id] = contact.id }
        if let uid = contact.uid, !uid.isEmpty { byUID[uid] = contact.id }
        for email in keys.emails { Self.claim(&byEmail, email, contact.id) }
        emailsByID[contact.id, default: []].formUnion(keys.emails)
        for key in keys.phones { if let key { Self.claim(&byPhone, key, contact.id) } }
        for name in keys.names where !(byName[name]?.contains(contact.id) ?? false) {
            byName[name, default: []].append(contact.id)
        }
    }

    /// Static, so the table is mutated in place: a method on `self` would borrow the whole value
    /// while one of its dictionaries is mutated, and that copies the dictionary on every call.
    private static func claim(_ table: inout [String: String], _ key: String, _ id: String) {
        if !key.isEmpty, table[key] == nil { table[key] = id }
    }

    /// The id of the contact `incoming` is, and what recognised it; nil when no identity matches.
    public func match(_ incoming: Contact) -> (id: String, by: Match)? {
        match(incoming, keys: Keys(of: incoming))
    }

    /// `match` with the incoming record's keys worked out beforehand (`Keys(of:)`).
    public func match(_ incoming: Contact, keys: Keys) -> (id: String, by: Match)? {
        if let uid = incoming.uid, !uid.isEmpty, let id = byUID[uid] { return (id, .uid(uid)) }
        for (email, key) in zip(incoming.emails, keys.emails) {
            if let id = byEmail[key] { return (id, .email(email)) }
        }
        // A phone number is shared by colleagues (a switchboard, an office line): when both
        // records have e-mail addresses and none is shared, they are two people.
        let incomingEmails = Set(keys.emails)
        for (phone, key) in zip(incoming.phones, keys.phones) {
            guard let key, let id = byPhone[key] else { continue }
            let theirs = emailsByID[id] ?? []
            if incomingEmails.isEmpty || theirs.isEmpty { return (id, .phone(phone)) }
        }
        return nil
    }

    /// Contacts with the same name (the Latin one ignoring case and spacing, or the Chinese one),
    /// for a new contact that matched no identity: maybe the same person, for a human to decide.
    public func sameName(as incoming: Contact) -> [String] {
        var ids: [String] = []
        for key in Self.nameKeys(incoming) {
            for id in byName[key] ?? [] where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    static func nameKeys(_ contact: Contact) -> [String] {
        var keys = ["l:" + MergeKeys.text(contact.name)]
        if let zh = contact.nameZh, !zh.isEmpty { keys.append("z:" + zh.filter { !$0.isWhitespace }) }
        return keys
    }

    /// Only numbers understood well enough to have an E.164 form identify a person: bare digits
    /// such as `12345` (a switchboard extension) are shared by many.
    static func phoneKey(_ written: String, country: String?) -> String? {
        PhoneNumber(written, defaultCountry: country).e164
    }
}
