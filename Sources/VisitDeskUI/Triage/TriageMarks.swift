/// How marked records show in the Requests and Groups panes: their rows in the `marked` style,
/// and a count in the bottom border so marks on rows scrolled away are not forgotten.
enum TriageMarks {
    static func isMarked(_ state: AppState) -> (Int) -> Bool {
        let marked = state.triage.marked
        guard !marked.isEmpty else { return { _ in false } }
        let delegations = state.catalog.delegations
        return { marked.contains(delegations[$0].id) }
    }

    static func note(_ base: String?, _ state: AppState) -> String? {
        let count = state.triage.marked.count
        guard count > 0 else { return base }
        return "\(count) marked" + (base.map { " · " + $0 } ?? "")
    }
}
