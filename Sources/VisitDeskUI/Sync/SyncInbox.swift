/// The conflict inbox (`S`): every file the last sync could not merge, with both values of each
/// key and who wrote them. `m`/`t` choose a side per file; Enter settles the chosen files in one
/// merge commit (the other coordinator never sees the conflict again); `s` syncs now.
public struct SyncInboxState: Sendable, Equatable {
    public internal(set) var cursor = 0
    public internal(set) var top = 0
    /// The side chosen per path; a file without one stays in conflict.
    public internal(set) var choices: [String: SyncChoice] = [:]
    /// Values typed for a file's conflicting keys (`e`), by path then key: they win over the side.
    public internal(set) var values: [String: [String: String]] = [:]
}

enum SyncInbox {
    /// Title, key line and a blank row above the files.
    static let headerRows = 3

    /// Lines a conflict takes: the file, then one per key (or one for a whole-file conflict).
    static func height(_ conflict: SyncConflict) -> Int { 1 + max(1, conflict.keys.count) }

    static func toggle(_ state: inout AppState) {
        if case .syncInbox? = state.modes.last { state.pop() } else { state.push(.syncInbox(SyncInboxState())) }
    }

    static func move(_ step: Step, _ state: inout AppState) {
        modify(&state) { inbox, state in
            let count = state.inboxConflicts.count
            inbox.cursor = Movement.target(step, current: inbox.cursor, count: count, page: 1)
        }
    }

    /// `m` / `t`: the side for the file under the cursor, then the cursor moves to the next one.
    static func choose(_ choice: SyncChoice, _ state: inout AppState) {
        let conflicts = state.inboxConflicts
        if choice == .both, let inbox = state.syncInbox, conflicts.indices.contains(inbox.cursor), !conflicts[inbox.cursor].isAddedOnBothSides {
            state.message = state.l10n.text("keep both is for a record created on both sides with one id: choose m or t here")
            return
        }
        modify(&state) { inbox, _ in
            guard conflicts.indices.contains(inbox.cursor) else { return }
            let path = conflicts[inbox.cursor].path
            inbox.choices[path] = inbox.choices[path] == choice ? nil : choice
            inbox.cursor = min(inbox.cursor + 1, max(0, conflicts.count - 1))
        }
    }

    /// Enter: settle when every file has a side (a merge commit cannot leave some in conflict).
    static func settle(_ state: inout AppState) -> [Effect] {
        guard let inbox = state.syncInbox else { return [] }
        let conflicts = state.inboxConflicts
        guard !conflicts.isEmpty else {
            state.message = state.l10n.text("no conflicts to settle")
            return []
        }
        let open = conflicts.filter { inbox.choices[$0.path] == nil }.count
        guard open == 0 else {
            state.message = state.l10n.format("choose m (mine) or t (theirs) for every file first: %d left", open)
            return []
        }
        state.pop()
        // Refused saves: mine is written over exactly what is on disk (a new undoable step), or
        // nothing is written; the sync's files settle in one merge commit.
        var effects: [Effect] = []
        for refusal in state.writeRefusals {
            if inbox.choices[refusal.path] == .mine {
                let change = FileChange(folder: refusal.folder, id: refusal.id, before: refusal.disk, after: refusal.mine)
                effects.append(.overwrite(change, label: "keep mine: \(refusal.label)", reapplying: refusal.ownChange))
            }
        }
        state.writeRefusals = []
        let choices = Dictionary(uniqueKeysWithValues: state.syncConflicts.map { ($0.path, inbox.choices[$0.path]!) })
        state.message = state.l10n.plural(conflicts.count, "settling %d file in conflict…", "settling %d files in conflict…")
        guard !choices.isEmpty else { return effects }
        let typed = inbox.values.filter { choices[$0.key] != nil }
        return effects + [typed.isEmpty ? .settleSyncConflicts(choices) : .settleSyncConflicts(choices, values: typed)]
    }

    static func syncNow(_ state: inout AppState) -> [Effect] {
        state.message = state.l10n.text("syncing…")
        return [.syncNow]
    }

    /// The last sync's conflicts (an empty list once settled): choices of files still in
    /// conflict are kept, the cursor stays on the list.
    static func receive(_ conflicts: [SyncConflict], _ state: inout AppState) {
        state.syncConflicts = conflicts
        modify(&state) { inbox, state in
            let paths = Set(state.inboxConflicts.map(\.path))
            inbox.choices = inbox.choices.filter { paths.contains($0.key) }
            inbox.values = inbox.values.filter { paths.contains($0.key) }
            inbox.cursor = min(inbox.cursor, max(0, paths.count - 1))
        }
    }

    /// The form of `e` was saved: its values for the file, which then counts as decided (my side
    /// for anything the values do not name, which merged cleanly anyway).
    static func typeValues(_ values: [String: String], for path: String, _ state: inout AppState) {
        modify(&state) { inbox, _ in
            inbox.values[path] = values
            if inbox.choices[path] != .theirs { inbox.choices[path] = .mine }
        }
    }

    private static func modify(_ state: inout AppState, _ change: (inout SyncInboxState, AppState) -> Void) {
        guard let position = state.modes.lastIndex(where: { if case .syncInbox = $0 { true } else { false } }),
              case .syncInbox(var inbox) = state.modes[position] else { return }
        change(&inbox, state)
        state.modes[position] = .syncInbox(inbox)
    }
}

extension AppState {
    /// The conflict inbox while it is open.
    public var syncInbox: SyncInboxState? {
        modes.reversed().lazy.compactMap { if case .syncInbox(let inbox) = $0 { inbox } else { nil } }.first
    }
}
