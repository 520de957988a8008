import VisitDeskDomain

/// The follow-ups list (`F`): every open follow-up of the store, overdue first, as the domain's
/// `FollowUpAgenda` orders them. Only the cursor is kept; the entries are read from the catalog
/// each time, so a tick, an undo or a colleague's save shows at once without a second copy.
public struct FollowUpListState: Sendable, Equatable {
    public internal(set) var cursor = 0
    public internal(set) var top = 0
}

enum FollowUpList {
    /// Title, key line and column header above the rows.
    static let headerRows = 3

    static func entries(_ state: AppState) -> [FollowUpAgenda.Entry] {
        FollowUpAgenda(state.catalog.delegations, today: state.today).entries
    }

    static func visibleRows(in body: Rect) -> Int { max(1, body.height - headerRows - 1) }

    /// `F` opens the list; `F` in it (or Esc) closes it.
    static func toggle(_ state: inout AppState) {
        if case .followUps? = state.modes.last { state.pop() } else { state.push(.followUps(FollowUpListState())) }
    }

    static func move(_ step: Step, _ state: inout AppState) {
        guard case .followUps(var list)? = state.modes.last else { return }
        let count = entries(state).count
        let visible = visibleRows(in: state.bodyRect)
        list.cursor = Movement.target(step, current: list.cursor, count: count, page: visible)
        list.top = Movement.top(keeping: list.cursor, from: list.top, visible: visible)
        state.modes[state.modes.count - 1] = .followUps(list)
    }

    /// The entry under the cursor (clamped: a tick shortens the list under it).
    static func selected(_ state: AppState) -> FollowUpAgenda.Entry? {
        guard let list = state.followUpList else { return nil }
        let all = entries(state)
        guard !all.isEmpty else { return nil }
        return all[min(list.cursor, all.count - 1)]
    }

    /// `Space`/`x`: the selected follow-up done, written as one changed line and one undo step.
    static func tick(_ state: inout AppState) -> [Effect] {
        guard let entry = selected(state), let record = state.catalog.delegation(id: entry.delegationID),
              record.followUps.indices.contains(entry.number - 1) else {
            state.message = state.l10n.text("no follow-up to tick")
            return []
        }
        var updated = record
        updated.followUps[entry.number - 1].done = true
        return [.save(SaveRequest(label: "follow-up done \(record.id) \(entry.number)", edits: [DelegationEdit(shown: record, updated: updated)]))]
    }

    /// Enter: the delegation's detail over the list; Esc there comes back here.
    static func open(_ state: inout AppState) {
        guard let entry = selected(state) else { return }
        state.push(.view(.detail(id: entry.delegationID, top: 0)))
    }
}

extension AppState {
    /// The follow-ups list while it is open.
    public var followUpList: FollowUpListState? {
        modes.reversed().lazy.compactMap { if case .followUps(let list) = $0 { list } else { nil } }.first
    }
}
