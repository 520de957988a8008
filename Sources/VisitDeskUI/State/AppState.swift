import VisitDeskDomain

/// What covers the panes, if anything. Esc closes it.
public enum Overlay: Sendable, Equatable {
    /// Every field of one delegation, scrolled to line `top`.
    case detail(id: String, top: Int)
    /// Every field of one contact and the delegations that name them, scrolled to line `top`.
    case contact(id: String, top: Int)
    /// The store's problems, `file:line: message`, scrolled to line `top`; `cursor` is the one
    /// Enter opens in the editor.
    case problems(top: Int, cursor: Int)
}

extension Overlay {
    /// The first line shown: every overlay scrolls.
    public var top: Int {
        switch self {
        case .detail(_, let top), .contact(_, let top), .problems(let top, _): return top
        }
    }

    func scrolled(to top: Int) -> Overlay {
        switch self {
        case .detail(let id, _): return .detail(id: id, top: top)
        case .contact(let id, _): return .contact(id: id, top: top)
        case .problems(_, let cursor): return .problems(top: top, cursor: cursor)
        }
    }
}

/// The whole dashboard as a value: `render` draws it, `update` changes it.
public struct AppState: Sendable {
    /// Replacing the catalog re-derives the sorted lists and puts each selection back on its record.
    public var catalog: Catalog {
        didSet {
            reindex(from: (oldValue, today))
            startPatchedText()
        }
    }
    public var size: TerminalSize {
        didSet { keepCursorsVisible() }
    }
    /// The date the ages, the month's counts and the calendar's "today" are computed from.
    public var today: LocalDate {
        didSet {
            if !today.isValid { today = LocalDate(dayNumber: today.dayNumber) }
            if today != oldValue {
                reindex(from: (catalog, oldValue))
                startPatchedText()
            }
        }
    }
    public var clock: ClockReading?
    /// Whether a clock reading on a new day moves `today`; off when `--today` pins the date.
    public var todayFollowsClock = true
    /// Who is at the keyboard, when known: `owner:me` in a filter.
    public var me: Coordinator?
    /// A git-shared store: the detail view and card show who changed what.
    public var storeIsShared = false
    /// Histories read so far, by record path (nil: the file has no commit yet); read again after a reload.
    public internal(set) var histories: [String: RecordHistorySummary?] = [:]
    var historyRequested: Set<String> = []
    /// Files the last background sync could not merge (the conflict inbox, `S`).
    public internal(set) var syncConflicts: [SyncConflict] = []
    /// Saves refused because their file changed on disk, not decided yet: in the inbox too.
    public internal(set) var writeRefusals: [WriteConflict] = []
    /// The last sync's outcome ("up to date", "offline · 3 to send"); nil before the first.
    public internal(set) var syncStatus: Phrase?
    /// The status bar's sync part for a store with a shared repository; nil before the first sync.
    public internal(set) var syncIndicator: SyncIndicator?
    public var themeNames: [String]
    public var themeIndex: Int
    /// The language of every label, hint and message (`:language sv`, `L` switches it live).
    public var language: Language = .en
    /// Where the shown text is looked up: `l10n.text("Requests")`.
    public var l10n: Localization { Localization.of(language) }
    /// Weekday and month names in the language.
    public var words: CalendarWords { CalendarWords.of(language) }

    public internal(set) var focus: PaneID = .requests
    public internal(set) var requests = ListState()
    public internal(set) var groups = ListState()
    public internal(set) var contacts = ListState()
    public internal(set) var calendar: CalendarState
    /// What has the keyboard above the panes, bottom first (see `ModeStack`): a view, a form, a
    /// conflict, a chooser, the lookup, filter typing, a question, help, the palette.
    public internal(set) var modes: [Mode] = []
    /// Which key runs which command in which mode: the defaults of `CommandTable`, or those with
    /// the user's `[keys]` applied (`useKeymap`).
    public internal(set) var keymap = Keymap.defaults
    /// `D`: the programme, name list or a letter shown before it goes out (Documents/).
    public internal(set) var documentPreview: DocumentPreview?
    /// The store's letter templates by file name (`confirmation.sv.mustache`), read at start by the app.
    public var letterTemplates: [String: String] = [:]
    /// How many modes were on the stack when the preview opened: it has the keyboard until a
    /// mode is pushed over it (help, the palette), and is drawn between those layers.
    var documentPreviewDepth = 0
    /// The last thing an edge or the store reported; shown instead of key hints until the next key.
    public internal(set) var message: String?
    /// The morning's counts for the attention line, redone with the catalog and the day.
    var attention = Attention()
    /// Side, sort order, the `@` lookup and the copy chooser of the contact features.
    public internal(set) var contactView = ContactsViewState()
    /// Marks, the open form or conflict, and the session's undo history (issue 5).
    public internal(set) var triage = TriageState()
    /// Draw first, verify after: whether the catalog is still being checked, and what waits for it.
    public internal(set) var startupCheck = StartupCheckState()
    /// The season report (key `R`) while it is open: a view over the panes, or on a large screen
    /// (`TerminalSize.reportPane`) a fifth pane beside them.
    public internal(set) var reportView: ReportViewState?
    /// The report pane has the keyboard (Tab moves between it and the four); a report shown
    /// over the panes always has it.
    var reportFocused = true

    var index = CatalogIndex()

    public init(catalog: Catalog, size: TerminalSize, today: LocalDate, themeNames: [String] = ["default-dark"], themeIndex: Int = 0) {
        self.catalog = catalog
        self.size = size
        // Through the day number, so an impossible date from an edge (month 13) becomes a real one.
        self.today = LocalDate(dayNumber: today.dayNumber)
        self.themeNames = themeNames.isEmpty ? ["default-dark"] : themeNames
        self.themeIndex = min(max(0, themeIndex), max(0, themeNames.count - 1))
        self.calendar = CalendarState(selected: self.today)
        reindex()
    }

    /// The theme in use; the default when the runtime left the list empty.
    public var themeName: String {
        themeNames.isEmpty ? "default-dark" : themeNames[min(max(0, themeIndex), themeNames.count - 1)]
    }

    public func list(_ pane: PaneID) -> ListState? {
        switch pane {
        case .requests: return requests
        case .groups: return groups
        case .contacts: return contacts
        case .calendar: return nil
        }
    }

    public var selectedRequest: Delegation? { requests.selectedRow.map { catalog.delegations[$0] } }
    public var selectedGroup: Delegation? { groups.selectedRow.map { catalog.delegations[$0] } }
    public var selectedContact: Contact? { contacts.selectedRow.map { catalog.contacts[$0] } }

    /// The filter text of the focused pane.
    public var focusedFilter: String {
        focus == .calendar ? calendar.filter : list(focus)?.filter ?? ""
    }

    // MARK: - Derived lists

    /// - Parameter previous: the catalog and day the index is of, which it is patched from in
    ///   place; nil builds it afresh.
    mutating func reindex(from previous: (catalog: Catalog, today: LocalDate)? = nil) {
        if let previous {
            index.update(to: catalog, today: today, from: previous)
        } else {
            index = CatalogIndex(catalog: catalog, today: today)
        }
        attention = Attention(catalog: catalog, index: index, today: today)
        // A person's keys may have changed while the list kept its order.
        contactView.typedRankings.forget()
        // Positions may have shifted: find each remembered record again by its id.
        requests.selectedRecord = requests.selectedID.flatMap { index.delegationByID[$0] }
        groups.selectedRecord = groups.selectedID.flatMap { index.delegationByID[$0] }
        contacts.selectedRecord = contacts.selectedID.flatMap { index.contactByID[$0] }
        for pane in [PaneID.requests, .groups, .contacts] {
            refilter(pane, narrowing: false)
        }
        refilterCalendar(narrowing: false)
        reportView?.refresh(catalog: catalog, today: today)
        // A view of a record that is gone closes; what was stacked on it stays (a form keeps its
        // typing, and its save reports the missing file as a conflict rather than losing it).
        let vanished = modes.map(vanishedRecord)
        if let id = vanished.compactMap({ $0 }).first {
            modes = zip(modes, vanished).filter { $0.1 == nil }.map(\.0)
            // After an undo that took the record away, what was undone stays first.
            message = [message, l10n.format("the record %s is gone from the store", id)].compactMap { $0 }.joined(separator: " · ")
        }
    }

    /// The filter text and contact links of a patched index go to another core only now, when the
    /// old index is gone: nothing else then holds the old text and table, and the patches change
    /// them in place instead of copying them.
    private func startPatchedText() {
        index.visits.filterText.start()
        index.visits.contactLinks.start()
    }

    private func vanishedRecord(_ mode: Mode) -> String? {
        switch mode {
        case .view(.detail(let id, _)): return index.delegationByID[id] == nil ? id : nil
        case .view(.contact(let id, _)): return index.contactByID[id] == nil ? id : nil
        case .programme(let programme): return index.delegationByID[programme.id] == nil ? programme.id : nil
        default: return nil
        }
    }

    /// Re-applies a list pane's filter. `narrowing` (the filter only grew) re-checks just the
    /// rows already shown, which keeps typing cheap on a 20,000-record list.
    mutating func refilter(_ pane: PaneID, narrowing: Bool) {
        if pane == .contacts { return refilterContacts(narrowing: narrowing) }
        let ids = recordID(for: pane)
        let (delegations, contacts) = (catalog.delegations, catalog.contacts)
        let me = self.me
        modifyList(pane) { list, index in
            let visits = index.visits
            let base = pane == .requests
                ? ArchiveSearch.requestBase(filter: list.filter, visits: visits, delegations: delegations) : visits.groupOrder
            list.rows = RequestQuery.rows(filter: list.filter, base: base, narrowed: narrowing ? list.rows : nil, corpus: visits.corpus,
                                          delegations: delegations, contacts: contacts, contactByID: index.contactByID,
                                          me: { me?.contactID(in: contacts) })
            list.reselect(id: ids)
        }
        keepCursorsVisible()
    }

    mutating func refilterCalendar(narrowing: Bool) {
        let needle = FilterCorpus.needle(calendar.filter)
        guard !needle.isEmpty else {
            calendar.matches = nil
            return
        }
        // Only now: the corpus may still be building after the first frame.
        let corpus = index.visits.corpus
        if narrowing, let previous = calendar.matches {
            calendar.matches = previous.filter { corpus.matches(record: $0, needle) }
        } else {
            calendar.matches = Set(corpus.filter(Array(catalog.delegations.indices), containing: needle))
        }
    }

    func recordID(for pane: PaneID) -> (Int) -> String {
        let catalog = self.catalog
        return pane == .contacts ? { catalog.contacts[$0].id } : { catalog.delegations[$0].id }
    }

    mutating func modifyList(_ pane: PaneID, _ change: (inout ListState, CatalogIndex) -> Void) {
        switch pane {
        case .requests: change(&requests, index)
        case .groups: change(&groups, index)
        case .contacts: change(&contacts, index)
        case .calendar: break
        }
    }

    mutating func keepCursorsVisible() {
        let layout = self.layout
        requests.scrollIntoView(visible: RequestsPane.visibleRows(in: layout.rect(for: .requests)))
        groups.scrollIntoView(visible: GroupsPane.visibleRows(in: layout.rect(for: .groups)))
        contacts.scrollIntoView(visible: ContactsPane.visibleRows(in: layout.rect(for: .contacts)))
    }
}

extension AppState {
    /// Where everything goes now: the size, the focused pane, and whether the report takes a pane.
    public var layout: ScreenLayout { ScreenLayout(size: size, focus: focus, report: reportView != nil) }

    /// The report is open as a fifth pane (not over the panes).
    var reportIsPane: Bool { layout.reportPane != nil }

    /// Where the report's lines go: inside its pane's box, or the whole body.
    var reportArea: Rect { layout.reportPane?.inner ?? layout.body }
}
