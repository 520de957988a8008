import TOMLDocument

/// One place where both sides changed the same thing differently. nil values mean "absent on
/// that side" (deleted, or never added).
public struct MergeConflict: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The same key set to different values.
        case value
        /// An entry (a slot, a follow-up) or key changed on one side and removed on the other.
        case modifyDelete
        /// Both sides added it, differently.
        case addAdd
    }

    public var field: FieldPath
    public var kind: Kind
    public var base: TOMLValue?
    public var ours: TOMLValue?
    public var theirs: TOMLValue?

    public var description: String {
        let show: (TOMLValue?) -> String = { $0.map(TOMLLiteral.text) ?? "(removed)" }
        return "\(field): ours \(show(ours)), theirs \(show(theirs))"
    }
}

/// The result of a three-way merge of one file.
public struct MergeOutcome: Sendable {
    /// The merged text: ours with their changes applied. When `conflicts` is not empty this
    /// text still parses and keeps our value at every conflicting key (what VisitDesk's own sync
    /// uses); `markedText` is the version with conflict markers, for plain git.
    public var text: String
    public var conflicts: [MergeConflict]
    public var markedText: String
}
