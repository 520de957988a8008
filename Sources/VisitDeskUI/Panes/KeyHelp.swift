/// The keys of each pane, as the help overlay lists them. Kept next to the key handling's
/// vocabulary so a new key shows up in help by adding one line here.
enum KeyHelp {
    struct Entry: Equatable {
        var keys: String
        var action: String
    }

    static let global: [Entry] = [
        Entry(keys: "Tab / BTab", action: "next / previous pane"),
        Entry(keys: "1 2 3 4", action: "Requests, Groups, Calendar, Contacts"),
        Entry(keys: "/", action: "filter this pane as you type (Enter keeps, Esc clears)"),
        Entry(keys: "@", action: "find a contact by name, 中文, pinyin, initials, org, email or phone"),
        Entry(keys: "?", action: "this help; type to filter it, Esc closes"),
        Entry(keys: "!", action: "problems in the store (file:line: message)"),
        Entry(keys: "R", action: "season report: funnel, interests, hosts, months"),
        Entry(keys: "T", action: "next colour theme"),
        Entry(keys: "q", action: "quit"),
    ]

    static let list: [Entry] = [
        Entry(keys: "Up / Down, k / j", action: "previous / next row"),
        Entry(keys: "PgUp / PgDn", action: "a page up / down"),
        Entry(keys: "g / G, Home / End", action: "first / last row"),
        Entry(keys: "Esc", action: "clear the filter"),
    ]

    static let delegationList: [Entry] = list + [Entry(keys: "Enter", action: "every detail of the selected delegation")]

    static let calendar: [Entry] = [
        Entry(keys: "m / w / A", action: "month, week or agenda view"),
        Entry(keys: "[ / ], PgUp / PgDn", action: "previous / next month (week: in week, agenda)"),
        Entry(keys: "Left / Right, h / l", action: "previous / next day"),
        Entry(keys: "Up / Down, k / j", action: "previous / next week (visit: in week, agenda)"),
        Entry(keys: "g / G", action: "first / last day of the month"),
        Entry(keys: "t", action: "today"),
        Entry(keys: ":", action: "go to a date: 14.1, 1月14日, fri, +1m, w12, 明天"),
        Entry(keys: "z", action: "zoom the calendar to the full screen and back"),
        Entry(keys: "Enter", action: "details of the selected visit"),
        Entry(keys: "Esc", action: "clear the filter"),
    ]

    static let detail: [Entry] = [
        Entry(keys: "Up / Down, k / j", action: "scroll a line"),
        Entry(keys: "PgUp / PgDn", action: "scroll a page"),
        Entry(keys: "g / G", action: "top / bottom"),
        Entry(keys: "Esc", action: "back to the panes"),
        Entry(keys: "q", action: "quit"),
    ]

    static func entries(for state: AppState) -> [Entry] {
        if case .contact? = state.overlay { return ContactKeyHelp.card + detail }
        if state.overlay != nil { return detail }
        if state.reportView != nil { return ReportKeys.help + global }
        switch state.focus {
        case .requests, .groups: return delegationList + triage + global
        case .contacts: return list + ContactKeyHelp.pane + global
        case .calendar: return calendar + global
        }
    }

    /// Entries whose keys or description contain `filter`, ignoring case.
    static func filtered(_ entries: [Entry], by filter: String) -> [Entry] {
        let needle = filter.lowercased()
        guard !needle.isEmpty else { return entries }
        return entries.filter { $0.keys.lowercased().contains(needle) || $0.action.lowercased().contains(needle) }
    }
}
