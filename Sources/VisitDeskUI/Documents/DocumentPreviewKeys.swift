import VisitDeskDocuments
import VisitDeskDomain

/// Keys of the document preview, and `D` that opens it on the delegation in view (the selected
/// request or group, the visit under the calendar's cursor, the delegation in the detail view).
///
/// One hook in `KeyHandling.handle` calls `intercept` before the overlays' keys; when the key
/// table of issue 14 lands, `D` becomes a command and the open preview a mode on its stack.
enum DocumentPreviewKeys {
    /// nil: the key is not the preview's (no preview open, and not `D` on a delegation).
    static func intercept(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var preview = state.documentPreview else {
            guard key == .character("D"), let delegation = delegationInView(state) else { return nil }
            state.documentPreview = DocumentPreview(delegation: delegation)
            return []
        }
        if let message = preview.pendingSend {
            preview.pendingSend = nil
            state.documentPreview = preview
            guard key == .character("y") else {
                state.message = "not sent"
                return []
            }
            return [.sendMail(message)]
        }
        switch key {
        case .escape, .character("D"):
            state.documentPreview = nil
            return []
        case .character("q"):
            return [.quit]
        case .character("l"):
            preview.language = next(after: preview.language, in: DocumentPreview.languages)
            preview.top = 0
        case .character("n"):
            preview.kind = next(after: preview.kind, in: DocumentPreview.kinds)
            preview.top = 0
        case .character("w"), .character("W"):
            guard let file = preview.file(state) else { return [] }
            return [.writeDocument(fileName: file.name, contents: file.contents, replace: key == .character("W"))]
        case .character("y"):
            return [.copyToClipboard(text: preview.text(state), what: "the \(preview.kindName)")]
        case .character("s"):
            preview.pendingSend = askToSend(preview, &state)
        default:
            let body = state.bodyRect
            let count = DocumentPreviewView.lines(preview, state: state, width: body.inner.width).count
            let visible = DocumentPreviewView.visibleRows(in: body)
            guard let target = Movement.target(for: key, current: preview.top, count: max(1, count - visible + 1), page: visible) else { return [] }
            preview.top = target
        }
        state.documentPreview = preview
        return []
    }

    /// The letter as a mail, with the question in the status bar; nil (and the reason there)
    /// when it is not a letter, the template fails, or someone lacks an email.
    private static func askToSend(_ preview: DocumentPreview, _ state: inout AppState) -> MailMessage? {
        guard let delegation = preview.delegation(state), case .success(let letter)? = preview.letter(state) else {
            state.message = "s sends a letter: n to choose one"
            return nil
        }
        do {
            let message = try LetterMail.message(letter, delegation: delegation, language: preview.readers.primary,
                                                 contact: state.catalog.contact(id:), date: "", messageID: "")
            let to = message.to.map { "\($0.name) <\($0.email)>" }.joined(separator: ", ")
            let cc = message.cc.isEmpty ? "" : ", CC " + message.cc.map(\.email).joined(separator: ", ")
            state.message = "y sends, any other key cancels: to \(to)\(cc)"
            return message
        } catch {
            state.message = error.description
            return nil
        }
    }

    private static func next<T: Equatable>(after value: T, in values: [T]) -> T {
        values[((values.firstIndex(of: value) ?? -1) + 1) % values.count]
    }

    /// The help overlay's line for `D` (Requests, Groups, Calendar).
    static let help = [KeyHelp.Entry(keys: "D", action: "documents: programme, name list, letters in en, sv, zh, zh+en, sv+en")]

    private static func delegationInView(_ state: AppState) -> Delegation? {
        if case .detail(let id, _)? = state.overlay {
            return state.index.delegationByID[id].map { state.catalog.delegations[$0] }
        }
        guard state.overlay == nil else { return nil }
        switch state.focus {
        case .requests: return state.selectedRequest
        case .groups: return state.selectedGroup
        case .calendar:
            return state.calendar.cursor.flatMap { state.index.delegationByID[$0.delegationID] }.map { state.catalog.delegations[$0] }
        case .contacts: return nil
        }
    }
}
