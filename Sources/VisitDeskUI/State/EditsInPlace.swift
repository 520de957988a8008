import VisitDeskDomain

/// A reload that added and removed nothing, only edited records where they stand: which fields
/// those edits left as they were. A derived value made only of unchanged fields at unchanged
/// positions (the name order after a role was edited) is the old value, shared rather than rebuilt.
struct EditsInPlace: Sendable {
    private let pairs: [(old: Contact, new: Contact)]

    /// Nil when positions shifted: then nothing positional can be kept as it is.
    init?(_ diff: RecordDiff<Contact>, old: [Contact], new: [Contact]) {
        guard !diff.shiftsPositions else { return nil }
        pairs = diff.changed.map { (old[$0.old], new[$0.new]) }
    }

    /// Whether every edit left `field` as it was.
    func keep<Field: Equatable>(_ field: KeyPath<Contact, Field>) -> Bool {
        pairs.allSatisfy { $0.old[keyPath: field] == $0.new[keyPath: field] }
    }
}
