/// One step through rows: what the movement commands of lists, views, help and choosers share.
enum Step: Sendable {
    case up, down, pageUp, pageDown, first, last
}

/// Step → new position, for everything that moves through rows: lists, the detail view, the
/// problems list, help, the chooser.
enum Movement {
    static func target(_ step: Step, current: Int, count: Int, page: Int) -> Int {
        guard count > 0 else { return 0 }
        let page = max(1, page)
        let target: Int
        switch step {
        case .up: target = current - 1
        case .down: target = current + 1
        case .pageUp: target = current - page
        case .pageDown: target = current + page
        case .first: target = 0
        case .last: target = count - 1
        }
        return min(max(0, target), count - 1)
    }

    /// The first row shown so that `cursor` is among `visible` rows, scrolling as little as possible.
    static func top(keeping cursor: Int, from top: Int, visible: Int) -> Int {
        let visible = max(1, visible)
        if cursor < top { return cursor }
        if cursor >= top + visible { return cursor - visible + 1 }
        return top
    }
}

/// Scrolling whatever view is on top: a detail view, a card, the problems, a conflict.
enum ViewScrolling {
    static func scroll(_ step: Step, _ state: inout AppState) {
        switch state.modes.last {
        case .view(.problems(let top, let cursor))?:
            // The problems list moves a cursor (the problem Enter opens) rather than the page.
            let visible = Overlays.problemsVisibleRows(in: state.bodyRect)
            let moved = Movement.target(step, current: cursor, count: max(1, state.catalog.problems.count), page: visible)
            state.overlay = .problems(top: Movement.top(keeping: moved, from: top, visible: visible), cursor: moved)
        case .view(let open)?:
            guard let extent = state.overlayExtent else { return }
            let maxTop = max(0, extent.lines - extent.visible)
            state.overlay = open.scrolled(to: Movement.target(step, current: open.top, count: maxTop + 1, page: extent.visible))
        case .conflict?:
            let visible = ConflictView.visibleRows(state.bodyRect)
            let count = max(1, state.triage.conflictLines.count - visible + 1)
            state.triage.conflictTop = Movement.target(step, current: state.triage.conflictTop, count: count, page: visible)
        default:
            break
        }
    }
}
