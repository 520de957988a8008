/// Answers to the yes/no questions a mode asks before it is dropped.
enum Prompts {
    static func answer(_ yes: Bool, _ state: inout AppState) -> [Effect] {
        guard case .prompt(let question)? = state.modes.last else { return [] }
        state.pop()
        guard yes else {
            if question.purpose.deletes { state.message = "nothing deleted" }
            return []
        }
        switch question.purpose {
        case .discardForm:
            state.form = nil
            state.message = state.l10n.text("cancelled: nothing was written")
        case .clearFilter:
            FilterTyping.set("", narrowing: false, &state)
            state.isTypingFilter = false
        case .deleteContact(let contact):
            return ContactRemoval.delete(contact, replacingBy: nil, &state)
        case .replaceContact(let contact):
            ContactRemoval.chooseReplacement(for: contact, &state)
        case .replaceAndDelete(let contact, let replacement):
            return ContactRemoval.delete(contact, replacingBy: replacement, &state)
        }
        return []
    }

    /// A small box over the mode it asks about: the details (as many as fit), then the question.
    static func draw(_ question: Question, _ l10n: Localization, in body: Rect, grid: inout Grid) {
        let text = l10n.text(question.text)
        let widest = ([text] + question.details).map(DisplayWidth.of).max() ?? 0
        let shown = min(question.details.count, max(0, body.height - 4))
        let box = Overlays.centredBox(in: body, width: max(30, widest + 6), height: 3 + shown + (shown > 0 ? 1 : 0))
        grid.clear(box, role: .overlay)
        grid.drawBox(box, title: l10n.text(question.title), focused: true, note: nil)
        var y = box.inner.y
        for line in question.details.prefix(shown) {
            grid.draw(line, x: box.inner.x + 1, y: y, width: box.inner.width - 1, role: .normal)
            y += 1
        }
        if shown > 0 { y += 1 }
        grid.draw(text, x: box.inner.x + 1, y: y, width: box.inner.width - 1, role: .statusMessage)
    }
}
