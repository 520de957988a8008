import VisitDeskDomain

/// The `:` prompt of the calendar: a date typed the ways `FieldParsing.date` reads them
/// (`DateInput`: 2027-1-14, 14.1, 1月14日, 明天, fre, +1m, w12, …). It takes every key while open, so `/` and digits are text
/// here rather than the filter and pane switches they are elsewhere.
enum JumpPrompt {
    static func handle(_ key: Key, _ state: inout AppState) {
        let text = state.calendar.jumpInput ?? ""
        switch key {
        case .escape:
            state.calendar.jumpInput = nil
        case .enter:
            switch FieldParsing.date(text, today: state.today) {
            case .success(let date):
                state.calendar.jumpInput = nil
                SlotNavigation.selectDay(date, &state)
            case .failure(let error):
                // Left open so the typo can be fixed rather than typed again.
                state.message = error.message
            }
        case .backspace:
            state.calendar.jumpInput = String(text.dropLast())
        case .control("u"):
            state.calendar.jumpInput = ""
        case .character(let c) where text.count < 40:
            state.calendar.jumpInput = text + String(c)
        default:
            break
        }
    }

    /// `go to: 14/1▏`, for the calendar's bottom border.
    static func note(_ state: AppState) -> String? {
        state.calendar.jumpInput.map { "go to: \($0)▏" }
    }
}
