/// The stack of modes as the rest of the UI core reads it. Each accessor looks for its kind of
/// mode in the one stack, so there is no flag that can disagree with what is on screen; setting
/// one replaces the topmost mode of its kind, pushes it when there is none, and nil removes it.
extension AppState {
    /// What has the keyboard now: the top mode, else the focused pane.
    /// The document preview and the report view cover what is under them, so they have the
    /// keyboard when no mode was pushed over them.
    public var modeKind: ModeKind {
        if documentPreview != nil && modes.count <= documentPreviewDepth { return .documents }
        return modes.last?.kind ?? (reportView != nil && (reportFocused || !reportIsPane) ? .report : ModeKind(pane: focus))
    }

    mutating func push(_ mode: Mode) { modes.append(mode) }

    /// Removes the top mode; the one under it (or the pane) has the keyboard again.
    mutating func pop() { if !modes.isEmpty { modes.removeLast() } }

    private mutating func setTop<T>(_ value: T?, _ extract: (Mode) -> T?, _ make: (T) -> Mode) {
        guard let value else {
            if let index = modes.lastIndex(where: { extract($0) != nil }) { modes.remove(at: index) }
            return
        }
        if let index = modes.lastIndex(where: { extract($0) != nil }) {
            modes[index] = make(value)
        } else {
            modes.append(make(value))
        }
    }

    /// The topmost view (detail, card, problems), even with help or a form over it.
    public internal(set) var overlay: Overlay? {
        get { modes.reversed().lazy.compactMap(\.overlay).first }
        set { setTop(newValue, \.overlay, Mode.view) }
    }

    public internal(set) var form: Form? {
        get { modes.reversed().lazy.compactMap(\.form).first }
        set { setTop(newValue, \.form, Mode.form) }
    }

    public internal(set) var conflict: WriteConflict? {
        get { modes.reversed().lazy.compactMap(\.conflict).first }
        set { setTop(newValue, \.conflict, Mode.conflict) }
    }

    public internal(set) var chooser: CopyChooser? {
        get { modes.reversed().lazy.compactMap(\.chooser).first }
        set { setTop(newValue, \.chooser, Mode.chooser) }
    }

    public internal(set) var lookup: ContactLookup? {
        get { modes.reversed().lazy.compactMap(\.lookup).first }
        set { setTop(newValue, \.lookup, Mode.lookup) }
    }

    public internal(set) var help: HelpState? {
        get { modes.reversed().lazy.compactMap(\.help).first }
        set { setTop(newValue, \.help, Mode.help) }
    }

    public internal(set) var palette: PaletteState? {
        get { modes.reversed().lazy.compactMap(\.palette).first }
        set { setTop(newValue, \.palette, Mode.palette) }
    }

    /// The help box's filter while help is open, else nil.
    public var helpFilter: String? { help?.filter }

    /// True while `/` typing goes into the focused pane's filter.
    public internal(set) var isTypingFilter: Bool {
        get { modes.last == .filter }
        set {
            if newValue, modes.last != .filter { modes.append(.filter) }
            if !newValue { modes.removeAll { $0 == .filter } }
        }
    }
}

extension Mode {
    var overlay: Overlay? { if case .view(let o) = self { o } else { nil } }
    var form: Form? { if case .form(let f) = self { f } else { nil } }
    var conflict: WriteConflict? { if case .conflict(let c) = self { c } else { nil } }
    var chooser: CopyChooser? { if case .chooser(let c) = self { c } else { nil } }
    var lookup: ContactLookup? { if case .lookup(let l) = self { l } else { nil } }
    var help: HelpState? { if case .help(let h) = self { h } else { nil } }
    var palette: PaletteState? { if case .palette(let p) = self { p } else { nil } }
}
