/// Routes a key: the mode on top (or the focused pane) looks it up in the keymap and runs the
/// command; a key no command has goes to the mode's own input (text in a form, the lookup, the
/// filter, help's filter, the palette; a digit in the copy chooser), or nowhere.
enum CommandDispatch {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        // Behind a command held for the start-up check, keys wait in order (StartupCheck).
        if !state.startupCheck.held.isEmpty {
            state.startupCheck.held.append(.key(key))
            return []
        }
        state.message = nil
        let mode = state.modeKind
        if let command = state.keymap.command(for: key, in: mode) {
            return run(command, in: mode, argument: nil, &state)
        }
        return unbound(key, in: mode, &state)
    }

    /// Runs a command as if given in `mode` (the palette runs them for the mode under it).
    static func run(_ command: Command, in mode: ModeKind, argument: String?, _ state: inout AppState) -> [Effect] {
        if command.writes, state.triage.storeIsReadOnly {
            state.message = state.l10n.text(ReadOnlyStore.refusal)
            return []
        }
        if let effects = StartupCheck.holds(command, in: mode, argument: argument, &state) { return effects }
        return command.run(&state, Invocation(mode: mode, argument: argument))
    }

    private static func unbound(_ key: Key, in mode: ModeKind, _ state: inout AppState) -> [Effect] {
        switch mode {
        case .form: FormKeys.type(key, &state)
        case .lookup: ContactLookupKeys.type(key, &state)
        case .help: HelpKeys.type(key, &state)
        case .palette: Palette.type(key, &state)
        case .chooser: return ContactCopy.pickDigit(key, &state)
        case .filter:
            // Keys typing does not use (arrows, Tab) work as in the pane under it.
            if !FilterTyping.type(key, &state) {
                let pane = ModeKind(pane: state.focus)
                if let command = state.keymap.command(for: key, in: pane) { return run(command, in: pane, argument: nil, &state) }
            }
        case .conflict:
            if case .character = key { state.message = state.l10n.text("m keep mine · d keep the disk's · E edit the file") }
        case .documents:
            DocumentPreviewKeys.cancelledSend(&state)
        default:
            // Said rather than ignored, so a key the terminal sends oddly is noticed.
            if case .alt = key { state.message = state.l10n.format("%s does nothing here (? lists the keys)", key.name) }
            if case .unknownSequence = key { state.message = state.l10n.text("the terminal sent a key VisitDesk does not know; nothing was done") }
        }
        return []
    }
}

/// The commands of the `app` and `pane` areas that are more than one line.
enum AppCommands {
    static func focus(_ pane: PaneID, _ state: inout AppState) {
        state.isTypingFilter = false
        state.reportFocused = false
        state.focus = pane
        state.keepCursorsVisible()
    }

    /// `T` cycles; `:theme light` picks by name (or the first name that starts so).
    static func theme(_ name: String?, _ state: inout AppState) -> [Effect] {
        if let name, !name.isEmpty {
            let wanted = name.lowercased()
            guard let found = state.themeNames.firstIndex(where: { $0.lowercased() == wanted })
                ?? state.themeNames.firstIndex(where: { $0.lowercased().hasPrefix(wanted) }) else {
                state.message = state.l10n.format("no theme `%s`: %s", name, state.themeNames.joined(separator: ", "))
                return []
            }
            state.themeIndex = found
        } else {
            state.themeIndex = (state.themeIndex + 1) % max(1, state.themeNames.count)
        }
        state.message = state.l10n.format("theme: %s", state.themeName)
        return [.themeChanged(name: state.themeName)]
    }

    /// `L` cycles English → svenska → 中文; `:language sv` (or `zh_CN`, `svenska`) picks one.
    /// The next frame draws every label in it: nothing else changes.
    static func language(_ code: String?, _ state: inout AppState) -> [Effect] {
        if let code, !code.isEmpty {
            let wanted = code.lowercased()
            guard let found = Language(code: code) ?? Language.allCases.first(where: { $0.nativeName.lowercased() == wanted }) else {
                state.message = state.l10n.format("no language `%s`: en, sv, zh", code)
                return []
            }
            state.language = found
        } else {
            let all = Language.allCases
            state.language = all[((all.firstIndex(of: state.language) ?? 0) + 1) % all.count]
        }
        state.message = state.l10n.format("language: %s", state.language.nativeName)
        return []
    }

    static func toggleProblems(_ state: inout AppState) {
        if case .view(.problems)? = state.modes.last { state.pop() } else { state.push(.view(.problems(top: 0, cursor: 0))) }
    }

    /// `/` starts typing; `:filter status:new` sets the filter at once.
    static func filter(_ text: String?, _ state: inout AppState) {
        guard let text else {
            state.isTypingFilter = true
            return
        }
        FilterTyping.set(text, narrowing: false, &state)
    }
}
