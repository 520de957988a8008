import VisitDeskDomain

/// What kind of value a form field takes; decides how its text is read and what Enter does.
public enum FieldKind: Sendable, Hashable {
    case text
    case number
    case date
    case time
    /// A comma-separated list of tags (`waste-water, recycling`).
    case tags
    /// A contact id, picked by fuzzy search over the contacts.
    case contact
    /// Text over several lines (notes, reasons, outcome): Enter starts a new line, C-s saves.
    case lines
}

/// One labelled input of a form.
public struct FormField: Sendable, Hashable {
    public var name: String
    public var label: String
    public var kind: FieldKind
    public var required: Bool
    public var input: TextField
    /// For contact fields: the id picked from the matches; typing again drops it.
    public var contactID: String?
    /// Shown beside the field after a submit that failed, until the field is edited.
    public var error: String?

    public init(_ name: String, _ label: String, _ kind: FieldKind = .text, required: Bool = false, text: String = "", contactID: String? = nil) {
        self.name = name
        self.label = label
        self.kind = kind
        self.required = required
        self.input = TextField(text)
        self.contactID = contactID
    }
}

/// A form over the panes: its purpose decides what a successful submit writes.
public struct Form: Sendable, Hashable {
    public var purpose: FormPurpose
    public var title: String
    /// The records as they were shown when the form opened: what the changes are measured
    /// against, so a field someone else changed on disk meanwhile is not written back.
    public var bases: [Delegation]
    public internal(set) var fields: [FormField]
    public internal(set) var focus = 0
    /// Contact matches for the focused contact field, best first, as catalog positions.
    public internal(set) var matches: [Int] = []
    public internal(set) var matchCursor = 0
    /// A problem that belongs to no single field (the store's validation).
    public internal(set) var error: String?
    /// The person a contact form edits (nil: a new one, or not a contact form).
    public internal(set) var contactBase: Contact?
    /// The pane whose marks chose `bases`; a save clears those marks and no others.
    var marksPane: PaneID?
    /// The fields' texts when the form opened: Esc asks before dropping anything typed since.
    let original: [String]
    /// Slots already entered in an accept form (`C-n`, AcceptSlots), written with the one in the fields.
    public internal(set) var pendingSlots: [Slot] = []

    public init(purpose: FormPurpose, title: String, bases: [Delegation], fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.bases = bases
        self.fields = fields
        self.original = fields.map(\.input.text)
    }

    /// True when a field holds something other than what the form opened with.
    public var isChanged: Bool { fields.map(\.input.text) != original || !pendingSlots.isEmpty }

    /// What the form acts on, by title: "Hebei Bureau of Commerce Group", or "3 requests: Wuxi…,
    /// Foshan…, Qingdao…" for marked records, so a form never hides which records it will change.
    public var subject: String? { subject(.of(.en)) }

    public func subject(_ l10n: Localization) -> String? {
        switch bases.count {
        case 0: return nil
        case 1: return bases[0].title
        default:
            let count = bases.allSatisfy { $0.status.isRequest } ? l10n.format("%d requests", bases.count) : l10n.format("%d records", bases.count)
            return count + ": " + bases.map(\.title).joined(separator: ", ")
        }
    }

    public var focusedField: FormField { fields[focus] }

    func index(of name: String) -> Int? { fields.firstIndex { $0.name == name } }

    func text(_ name: String) -> String {
        index(of: name).map { fields[$0].input.text.trimmingWhitespace } ?? ""
    }

    mutating func setError(_ name: String, _ message: String) {
        if let index = index(of: name), fields[index].error == nil { fields[index].error = message }
    }

    var hasErrors: Bool { error != nil || fields.contains { $0.error != nil } }
}

/// Why a form is open: what a successful submit does to each record in `bases`.
public enum FormPurpose: Sendable, Hashable {
    case accept
    case setStatus(DelegationStatus)
    case visited
    case owner
    case interests
    case newRequest
    case edit
    /// A follow-up appended to the one record (`f`, FollowUps/).
    case followUp
    /// A person's card (`n`, `e` in Contacts; ContactForms/).
    case newContact
    case editContact
    /// A slot of the programme: the one at this position in `slots`, or nil for a new one.
    case slot(Int?)
    /// Values typed for a file's conflicting keys in the sync inbox (`e`; Sync/SyncValueForm).
    case syncValues(path: String)

    var isContact: Bool { self == .newContact || self == .editContact }

    var isSlot: Bool {
        if case .slot = self { return true }
        return false
    }
}
