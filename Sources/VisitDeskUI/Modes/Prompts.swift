/// Answers to the yes/no questions a mode asks before it is dropped.
enum Prompts {
    static func answer(_ yes: Bool, _ state: inout AppState) {
        guard case .prompt(let question)? = state.modes.last else { return }
        state.pop()
        guard yes else { return }
        switch question.purpose {
        case .discardForm:
            state.form = nil
            state.message = state.l10n.text("cancelled: nothing was written")
        case .clearFilter:
            FilterTyping.set("", narrowing: false, &state)
            state.isTypingFilter = false
        }
    }

    /// A small box over the mode it asks about.
    static func draw(_ question: Question, _ l10n: Localization, in body: Rect, grid: inout Grid) {
        let text = l10n.text(question.text)
        let box = Overlays.centredBox(in: body, width: max(30, DisplayWidth.of(text) + 6), height: 3)
        grid.clear(box, role: .overlay)
        grid.drawBox(box, title: question.purpose == .discardForm ? l10n.text("Unsaved changes") : l10n.text("Long filter"), focused: true, note: nil)
        grid.draw(text, x: box.inner.x + 1, y: box.inner.y, width: box.inner.width - 1, role: .statusMessage)
    }
}
