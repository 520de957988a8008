/// How marked records show in the Requests and Groups panes: a `●` in the row itself (so marks
/// survive `NO_COLOR` and 8 colours), the `marked` style, and a count in the bottom border so
/// marks on rows scrolled away or hidden by the filter are not forgotten.
enum TriageMarks {
    static let glyph = "●"

    static func isMarked(_ state: AppState, pane: PaneID) -> (Int) -> Bool {
        guard let marked = state.triage.marks[pane], !marked.isEmpty else { return { _ in false } }
        let delegations = state.catalog.delegations
        return { marked.contains(delegations[$0].id) }
    }

    /// `3 marked`, or `2 marked, 1 hidden` when the filter hides some of them.
    static func note(_ base: String?, _ state: AppState, pane: PaneID) -> String? {
        guard let marked = state.triage.marks[pane], !marked.isEmpty, let list = state.list(pane) else { return base }
        let hidden: Int
        if list.filter.isEmpty {
            hidden = 0
        } else {
            let shown = Set(list.rows)
            hidden = marked.filter { id in state.index.delegationByID[id].map { !shown.contains($0) } ?? false }.count
        }
        let count = hidden > 0 ? "\(marked.count) marked, \(hidden) hidden" : "\(marked.count) marked"
        return count + (base.map { " · " + $0 } ?? "")
    }
}
