/// The line above the panes on a tall terminal (30 rows or more): each count of `Attention`
/// with the key that opens its list. Counts that call for action are drawn as errors; when the
/// row is narrow the parts with nothing to report go first, then the calm ones, then it is cut.
enum AttentionLine {
    /// Rows from which the line is drawn (below it the status bar carries the essentials).
    static let minimumHeight = 30

    struct Part: Equatable {
        var text: String
        var key: String
        var urgent: Bool
        var empty: Bool
    }

    static func parts(_ a: Attention, _ l10n: Localization = .of(.en)) -> [Part] {
        [
            Part(text: a.newRequests == 1 ? l10n.text("1 new") : l10n.format("%d new", a.newRequests), key: "N", urgent: false, empty: a.newRequests == 0),
            Part(text: l10n.format("%d waiting >%dd", a.waiting, a.ageingDays), key: "O", urgent: a.waiting > 0, empty: a.waiting == 0),
            Part(text: l10n.format("follow-ups %d overdue, %d this week", a.followUpsOverdue, a.followUpsThisWeek), key: "F",
                 urgent: a.followUpsOverdue > 0, empty: a.followUpsOverdue + a.followUpsThisWeek == 0),
            Part(text: l10n.format("visits %d today, %d this week", a.visitsToday, a.visitsThisWeek), key: "W", urgent: false,
                 empty: a.visitsThisWeek == 0),
            Part(text: l10n.plural(a.doubleBookings, "%d double-booking", "%d double-bookings"), key: "C",
                 urgent: a.doubleBookings > 0, empty: a.doubleBookings == 0),
            Part(text: l10n.plural(a.problems, "%d problem", "%d problems"), key: "!", urgent: a.problems > 0, empty: a.problems == 0),
        ]
    }

    static let separator = " · "

    static func width(_ parts: [Part]) -> Int {
        parts.reduce(0) { $0 + DisplayWidth.of($1.text) + 1 + DisplayWidth.of($1.key) } + max(0, parts.count - 1) * separator.count
    }

    /// The parts that fit `room`: the last one with nothing to report goes first, then the last
    /// one that is not urgent; urgent ones stay (the row cuts them rather than hide them).
    static func fitting(_ all: [Part], width room: Int) -> [Part] {
        var parts = all
        while width(parts) > room {
            guard let drop = parts.lastIndex(where: \.empty) ?? parts.lastIndex(where: { !$0.urgent }) else { break }
            parts.remove(at: drop)
        }
        return parts
    }

    static func draw(_ state: AppState, in rect: Rect, grid: inout Grid) {
        guard rect.height > 0, rect.width > 2 else { return }
        grid.fill(x: rect.x, y: rect.y, width: rect.width, role: .normal)
        var x = rect.x + 1
        let limit = rect.x + rect.width - 1
        let shown = fitting(parts(state.attention, state.l10n), width: rect.width - 2)
        if shown.isEmpty {
            grid.draw(state.l10n.text("nothing needs attention today"), x: x, y: rect.y, width: limit - x, role: .muted)
            return
        }
        for (offset, part) in shown.enumerated() where x < limit {
            if offset > 0 { x += grid.draw(separator, x: x, y: rect.y, width: limit - x, role: .muted) }
            x += grid.draw(part.text, x: x, y: rect.y, width: limit - x, role: part.urgent ? .error : part.empty ? .muted : .normal)
            x += grid.draw(" ", x: x, y: rect.y, width: limit - x, role: .normal)
            x += grid.draw(part.key, x: x, y: rect.y, width: limit - x, role: .keyHint)
        }
    }
}
