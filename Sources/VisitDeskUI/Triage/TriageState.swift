import VisitDeskDomain

/// Everything triage adds to the dashboard's state.
public struct TriageState: Sendable {
    /// Delegation ids marked with Space, per pane: the next action given in that pane applies to
    /// all of them, and to nothing marked in another pane.
    public internal(set) var marks: [PaneID: Set<String>] = [:]
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
    /// The undo or redo being written: if it meets a file changed on disk since, the step is
    /// taken off the history (said once, the conflict view offered once) so the ones before it
    /// still undo.
    var replaying: UndoStep?
    /// The store cannot be written; see `ReadOnlyStore`.
    public internal(set) var storeIsReadOnly = false

    public init() {}
}
