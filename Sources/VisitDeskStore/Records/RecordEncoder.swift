import TOMLDocument
import VisitDeskDomain

/// Domain values -> edits of a person's TOML file. Only fields whose value changed are touched,
/// so comments, unknown keys, key order and the person's formatting survive every change.
public enum RecordEncoder {
    /// The text of a new delegation file, keys in the order the format documents them.
    public static func newFile(for delegation: Delegation) throws -> String {
        var document = try TOMLDocument(parsing: "")
        try apply(delegation, over: Delegation(id: delegation.id, title: "", status: delegation.status), to: &document, creating: true)
        return document.text
    }

    /// The text of a new contact file.
    public static func newFile(for contact: Contact) throws -> String {
        var document = try TOMLDocument(parsing: "")
        try apply(contact, over: Contact(id: contact.id, name: ""), to: &document, creating: true)
        return document.text
    }

    /// Writes into `document` every field where `new` differs from `old`.
    public static func apply(_ new: Delegation, over old: Delegation, to document: inout TOMLDocument, creating: Bool = false) throws {
        var fields = FieldWriter(document: document)
        fields.text("title", new.title, old: creating ? nil : old.title, required: true)
        fields.optional("title_zh", new.titleZh, old: old.titleZh)
        fields.text("status", new.status.rawValue, old: creating ? nil : old.status.rawValue, required: true)
        if new.direction != old.direction || (creating && new.direction == .outbound) {
            fields.text("direction", new.direction.rawValue, old: nil, required: true)
        }
        fields.optional("organisation", new.organisation, old: old.organisation)
        fields.optional("organisation_zh", new.organisationZh, old: old.organisationZh)
        fields.optional("origin", new.origin, old: old.origin)
        fields.date("received", new.received, old: old.received)
        fields.integer("size", new.size, old: old.size)
        fields.list("interests", new.interests, old: old.interests)
        fields.date("earliest", new.earliest, old: old.earliest)
        fields.date("latest", new.latest, old: old.latest)
        fields.optional("lead", new.lead, old: old.lead)
        fields.optional("owner", new.owner, old: old.owner)
        fields.list("members", new.members, old: old.members)
        fields.list("tags", new.tags, old: old.tags)
        fields.blankable("reason", new.reason, old: old.reason)
        fields.list("history", new.history, old: old.history)
        fields.blankable("notes", new.notes, old: old.notes)
        fields.blankable("outcome", new.outcome, old: old.outcome)
        try fields.finish()
        document = fields.document
        try applySlots(new.slots, old: old.slots, to: &document)
        try applyFollowUps(new.followUps, old: old.followUps, to: &document)
    }

    public static func apply(_ new: Contact, over old: Contact, to document: inout TOMLDocument, creating: Bool = false) throws {
        var fields = FieldWriter(document: document)
        fields.text("name", new.name, old: creating ? nil : old.name, required: true)
        fields.optional("name_zh", new.nameZh, old: old.nameZh)
        fields.optional("country", new.country, old: old.country)
        fields.optional("organisation", new.organisation, old: old.organisation)
        fields.optional("organisation_zh", new.organisationZh, old: old.organisationZh)
        fields.optional("role", new.role, old: old.role)
        fields.list("phones", new.phones, old: old.phones)
        fields.list("emails", new.emails, old: old.emails)
        fields.optional("wechat", new.wechat, old: old.wechat)
        fields.list("languages", new.languages, old: old.languages)
        fields.list("topics", new.topics, old: old.topics)
        fields.list("tags", new.tags, old: old.tags)
        fields.blankable("notes", new.notes, old: old.notes)
        fields.optional("pinyin", new.pinyin, old: old.pinyin)
        fields.optional("uid", new.uid, old: old.uid)
        // Written only when it changes, and `true` only: most people are not staff.
        if new.staff != old.staff || (creating && new.staff) { fields.set("staff", new.staff ? .boolean(true) : nil) }
        try fields.finish()
        document = fields.document
    }

    private static func slotTable(_ slot: Slot) -> TOMLTable {
        var entries: [(String, TOMLValue)] = [
            ("start", .localDateTime(TOMLLocalDateTime(slot.start))),
            ("end", .localDateTime(TOMLLocalDateTime(slot.end))),
        ]
        if !slot.place.isEmpty { entries.append(("place", .string(slot.place))) }
        if let host = slot.host { entries.append(("host", .string(host))) }
        if !slot.topic.isEmpty { entries.append(("topic", .string(slot.topic))) }
        if !slot.warnings.isEmpty { entries.append(("warnings", .array(slot.warnings.map(TOMLValue.string)))) }
        return TOMLTable(entries)
    }

    /// Slots are matched by position: changed ones are edited field by field (keeping each block's
    /// own comments and unknown keys), new ones appended as `[[slots]]` blocks, removed ones deleted.
    private static func applySlots(_ new: [Slot], old: [Slot], to document: inout TOMLDocument) throws {
        // One slot taken out of the middle (the programme editor's delete): its own table goes,
        // so the slots after it keep their comments and unknown keys instead of shifting fields.
        if new.count == old.count - 1, let gone = removedPosition(old: old, new: new) {
            try document.removeTable(at: ["slots", .index(gone)])
            return
        }
        for index in 0..<min(new.count, old.count) where new[index] != old[index] {
            var fields = FieldWriter(document: document, base: ["slots", .index(index)])
            let a = new[index], b = old[index]
            fields.dateTime("start", a.start, old: b.start)
            fields.dateTime("end", a.end, old: b.end)
            fields.blankable("place", a.place, old: b.place)
            fields.optional("host", a.host, old: b.host)
            fields.blankable("topic", a.topic, old: b.topic)
            // Warnings that no longer hold go with their key, not as `warnings = []`.
            if a.warnings != b.warnings { fields.set("warnings", a.warnings.isEmpty ? nil : .array(a.warnings.map(TOMLValue.string))) }
            try fields.finish()
            document = fields.document
        }
        for slot in new.dropFirst(old.count) {
            try document.appendTable(slotTable(slot), toArrayOfTables: ["slots"])
        }
        if old.count > new.count {
            for index in (new.count..<old.count).reversed() {
                try document.removeTable(at: ["slots", .index(index)])
            }
        }
    }

    /// Where one element was removed from `old` to give `new`, if that is all that changed.
    private static func removedPosition<T: Equatable>(old: [T], new: [T]) -> Int? {
        let position = new.indices.first { old[$0] != new[$0] } ?? new.count
        return old[(position + 1)...].elementsEqual(new[position...]) ? position : nil
    }

    private static func applyFollowUps(_ new: [FollowUp], old: [FollowUp], to document: inout TOMLDocument) throws {
        for index in 0..<min(new.count, old.count) where new[index] != old[index] {
            var fields = FieldWriter(document: document, base: ["follow_ups", .index(index)])
            fields.date("due", new[index].due, old: old[index].due)
            fields.text("what", new[index].what, old: old[index].what, required: true)
            if new[index].done != old[index].done { fields.set("done", .boolean(new[index].done)) }
            try fields.finish()
            document = fields.document
        }
        for followUp in new.dropFirst(old.count) {
            var entries: [(String, TOMLValue)] = []
            if let due = followUp.due { entries.append(("due", .localDate(TOMLLocalDate(due)))) }
            entries.append(("what", .string(followUp.what)))
            entries.append(("done", .boolean(followUp.done)))
            try document.appendTable(TOMLTable(entries), toArrayOfTables: ["follow_ups"])
        }
        if old.count > new.count {
            for index in (new.count..<old.count).reversed() {
                try document.removeTable(at: ["follow_ups", .index(index)])
            }
        }
    }
}

/// Collects field edits and applies them, remembering the first error.
private struct FieldWriter {
    var document: TOMLDocument
    let base: TOMLPath
    private var error: Error?

    init(document: TOMLDocument, base: TOMLPath = []) {
        self.document = document
        self.base = base
    }

    mutating func set(_ key: String, _ value: TOMLValue?) {
        guard error == nil else { return }
        let path = base.appending(.key(key))
        do {
            if let value {
                try document.setValue(value, at: path)
            } else if document.value(at: path) != nil {
                try document.removeValue(at: path)
            }
        } catch let failure {
            error = failure
        }
    }

    mutating func text(_ key: String, _ value: String, old: String?, required: Bool) {
        if value != old { set(key, .string(value)) }
    }

    /// Optional text: nil removes the key.
    mutating func optional(_ key: String, _ value: String?, old: String?) {
        if value != old { set(key, value.map(TOMLValue.string)) }
    }

    /// Text whose "empty" is written as no key (notes, reason, outcome) unless the file has the key.
    mutating func blankable(_ key: String, _ value: String, old: String) {
        guard value != old else { return }
        if value.isEmpty && document.value(at: base.appending(.key(key))) == nil { return }
        set(key, value.isEmpty ? nil : .string(value))
    }

    mutating func list<List: RandomAccessCollection<String> & Equatable>(_ key: String, _ value: List, old: List) {
        guard value != old else { return }
        set(key, value.isEmpty && document.value(at: base.appending(.key(key))) == nil ? nil : .array(value.map(TOMLValue.string)))
    }

    mutating func integer(_ key: String, _ value: Int?, old: Int?) {
        if value != old { set(key, value.map { .integer(Int64($0)) }) }
    }

    mutating func date(_ key: String, _ value: LocalDate?, old: LocalDate?) {
        if value != old { set(key, value.map { .localDate(TOMLLocalDate($0)) }) }
    }

    mutating func dateTime(_ key: String, _ value: LocalDateTime, old: LocalDateTime) {
        if value != old { set(key, .localDateTime(TOMLLocalDateTime(value))) }
    }

    func finish() throws {
        if let error { throw error }
    }
}
