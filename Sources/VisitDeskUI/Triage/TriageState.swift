import VisitDeskDomain

/// Everything triage adds to the dashboard's state.
public struct TriageState: Sendable {
    /// Delegation ids marked with Space; the next action applies to all of them.
    public internal(set) var marked: Set<String> = []
    public internal(set) var form: Form?
    /// A refused write waiting for the coordinator's choice; covers the panes.
    public internal(set) var conflict: WriteConflict?
    /// The conflict's lines (both versions compared), computed once when it arrives; and the
    /// first line shown, for files longer than the screen.
    var conflictLines: [LabeledLine] = []
    public internal(set) var conflictTop = 0
    public internal(set) var history = UndoHistory()
    /// The form whose save is being written, so a refused write gives the typing back.
    var submitted: Form?
    /// The conflict whose "keep mine" is being written: a write that fails (disk full, no
    /// permission) brings the conflict view back, so mine is not lost and `m` retries.
    var overwriting: WriteConflict?
    /// The form whose save ran into the conflict: `Esc` in the conflict view goes back to it,
    /// typed text and all, instead of throwing it away.
    var formBehindConflict: Form?
    /// The store cannot be written; see `ReadOnlyStore`.
    public internal(set) var storeIsReadOnly = false

    public init() {}
}
