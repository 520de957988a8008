import VisitDeskDomain

/// A delegation as the coordinator saw it and as they changed it. The runner writes only the
/// difference, and refuses when the store no longer holds `shown`.
public struct DelegationEdit: Sendable, Hashable {
    /// nil for a new record.
    public var shown: Delegation?
    public var updated: Delegation

    public init(shown: Delegation?, updated: Delegation) {
        self.shown = shown
        self.updated = updated
    }
}

/// A contact as shown and as changed in the contact form; nil `shown` for a new person.
public struct ContactEdit: Sendable, Hashable {
    public var shown: Contact?
    public var updated: Contact

    public init(shown: Contact?, updated: Contact) {
        self.shown = shown
        self.updated = updated
    }
}

/// Several edits written as one undo step.
public struct SaveRequest: Sendable, Hashable {
    public var label: String
    public var edits: [DelegationEdit]
    /// People written in the same step (the contact form, ContactForms/). An edit whose id
    /// differs from the shown one is a rename: the new file is written, the old one removed last.
    public var contactEdits: [ContactEdit]
    /// People whose files are removed, last in the step, as they were shown (`D` in Contacts).
    public var contactRemovals: [Contact]

    public init(label: String, edits: [DelegationEdit], contactEdits: [ContactEdit] = [], contactRemovals: [Contact] = []) {
        self.label = label
        self.edits = edits
        self.contactEdits = contactEdits
        self.contactRemovals = contactRemovals
    }
}

/// A write the store refused because the file changed on disk since it was shown. Both versions
/// are kept here until the coordinator decides; nothing is written meanwhile.
public struct WriteConflict: Sendable, Hashable {
    public var label: String
    public var folder: RecordFolder
    public var id: String
    /// What keeping mine would write (the disk's version with my changes applied; nil: delete).
    public var mine: [UInt8]?
    /// What is on disk now (nil: the file was deleted).
    public var disk: [UInt8]?
    /// Records of the same step after this one, not written because the step stopped here.
    public var notWritten: [String]
    /// The coordinator's own change (the fields they edited), when the conflict came from an
    /// edit: every retry applies it to the newest disk version, so a second colleague's save
    /// during the conflict is merged too, never overwritten by an older merge. nil for undo,
    /// redo and editor steps, which are whole-file bytes.
    public var ownChange: DelegationEdit?
    /// The id the record had when it was shown, when its file was renamed meanwhile (`git mv`, a
    /// colleague's hand edit): `id` is then the new name, and keeping mine writes there rather
    /// than bringing the old file back beside it.
    public var renamedFrom: String?

    public init(label: String, folder: RecordFolder, id: String, mine: [UInt8]?, disk: [UInt8]?, notWritten: [String] = [], ownChange: DelegationEdit? = nil,
                renamedFrom: String? = nil) {
        self.renamedFrom = renamedFrom
        self.label = label
        self.folder = folder
        self.id = id
        self.mine = mine
        self.disk = disk
        self.notWritten = notWritten
        self.ownChange = ownChange
    }

    public var path: String { "\(folder.rawValue)/\(id).toml" }
}
