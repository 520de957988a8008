import VisitDeskDomain

/// Routes a key to whatever has it: the help overlay, a filter being typed, the detail view or
/// problems list, then the keys that work everywhere, then the focused pane.
enum KeyHandling {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.message = nil
        if state.triage.conflict != nil { return ConflictKeys.handle(key, &state) }
        if state.triage.form != nil { return FormKeys.handle(key, &state) }
        if state.contactView.chooser != nil { return ContactCopy.handleChooser(key, &state) }
        if state.contactView.lookup != nil { return ContactLookupKeys.handle(key, &state) }
        if state.calendar.jumpInput != nil { JumpPrompt.handle(key, &state); return [] }
        if state.helpFilter != nil { return handleHelp(key, &state) }
        if state.isTypingFilter, state.focus == .contacts, ContactKeys.handleTyping(key, &state) { return [] }
        if state.isTypingFilter, FilterTyping.handle(key, &state) { return [] }
        if let effects = DocumentPreviewKeys.intercept(key, &state) { return effects }
        if state.overlay != nil, let effects = ContactCardKeys.handle(key, &state) { return effects }
        if case .detail? = state.overlay, let effects = TriageKeys.handleInDetail(key, &state) { return effects }
        if state.overlay != nil { return OverlayKeys.handle(key, &state) }
        if let effects = handleGlobal(key, &state) { return effects }
        switch state.focus {
        case .calendar: CalendarKeys.handle(key, &state)
        case .requests, .groups, .contacts:
            if state.focus == .contacts, let effects = ContactKeys.handlePane(key, &state) { return effects }
            if let effects = TriageKeys.handle(key, &state) { return effects }
            ListKeys.handle(key, &state)
        }
        return []
    }

    /// Keys that mean the same in every pane. nil: not one of them.
    static func handleGlobal(_ key: Key, _ state: inout AppState) -> [Effect]? {
        switch key {
        case .character("q"):
            return [.quit]
        case .character("T"):
            return [nextTheme(&state)]
        case .character("?"):
            state.helpFilter = ""
        case .character("!"):
            state.overlay = .problems(top: 0)
        case .tab:
            focus(state.focus.next, &state)
        case .backTab:
            focus(state.focus.previous, &state)
        case .character(let c) where c.isASCII && c.isNumber:
            guard let digit = c.wholeNumberValue, let pane = PaneID(rawValue: digit - 1) else { return nil }
            focus(pane, &state)
        case .character("/"):
            state.isTypingFilter = true
        case .character("@"):
            ContactLookupKeys.open(&state)
        default:
            return nil
        }
        return []
    }

    static func focus(_ pane: PaneID, _ state: inout AppState) {
        state.isTypingFilter = false
        state.focus = pane
        state.keepCursorsVisible()
    }

    static func nextTheme(_ state: inout AppState) -> Effect {
        state.themeIndex = (state.themeIndex + 1) % max(1, state.themeNames.count)
        state.message = "theme: \(state.themeName)"
        return .themeChanged(name: state.themeName)
    }

    /// The help overlay takes every printable key as filter text, so `q` or `?` can be searched for.
    private static func handleHelp(_ key: Key, _ state: inout AppState) -> [Effect] {
        let filter = state.helpFilter ?? ""
        switch key {
        case .escape:
            state.helpFilter = filter.isEmpty ? nil : ""
        case .enter:
            state.helpFilter = nil
        case .backspace:
            state.helpFilter = String(filter.dropLast())
        case .control("u"):
            state.helpFilter = ""
        case .character(let c):
            state.helpFilter = filter + String(c)
        default:
            break
        }
        return []
    }
}

/// Keys while a detail view or the problems list covers the panes.
enum OverlayKeys {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            state.overlay = nil
            return []
        case .character("!") where isProblems(state.overlay):
            state.overlay = nil
            return []
        case .character("q"), .character("T"), .character("?"):
            return KeyHandling.handleGlobal(key, &state) ?? []
        default:
            break
        }
        guard let open = state.overlay, let extent = state.overlayExtent else { return [] }
        let maxTop = max(0, extent.lines - extent.visible)
        if let target = Movement.target(for: key, current: open.top, count: maxTop + 1, page: extent.visible) {
            state.overlay = open.scrolled(to: target)
        }
        return []
    }

    private static func isProblems(_ overlay: Overlay?) -> Bool {
        if case .problems? = overlay { return true }
        return false
    }
}
