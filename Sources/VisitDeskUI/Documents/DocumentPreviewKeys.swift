import VisitDeskDocuments
import VisitDeskDomain

/// What the document preview's commands do (`document.*` in the command table): `D` opens it on
/// the delegation in view (the selected request or group, the visit under the calendar's cursor,
/// the delegation in the detail view); in it, language, kind, format, attachments, write, open,
/// copy, send, scroll, close.
enum DocumentPreviewKeys {
    static func open(_ state: inout AppState) {
        guard let delegation = delegationInView(state) else {
            state.message = state.l10n.text("D shows a delegation's documents: select a request, a group or a visit")
            return
        }
        state.documentPreview = DocumentPreview(delegation: delegation)
        state.documentPreviewDepth = state.modes.count
    }

    static func close(_ state: inout AppState) {
        if cancelledSend(&state) { return }
        state.documentPreview = nil
    }

    static func nextLanguage(_ state: inout AppState) {
        change(&state) { preview in
            preview.language = next(after: preview.language, in: DocumentPreview.languages)
            preview.top = 0
        }
    }

    static func nextKind(_ state: inout AppState) {
        change(&state) { preview in
            preview.kind = next(after: preview.kind, in: DocumentPreview.kinds)
            preview.top = 0
            // A letter has no PDF and a programme no .eml: a format the new kind lacks falls back to text.
            if !DocumentOutput.formats(for: preview.kind).contains(preview.format) { preview.format = .text }
        }
    }

    /// `f`: the next written format of this kind of document (the header shows it).
    static func nextFormat(_ state: inout AppState) {
        change(&state) { preview in
            preview.format = next(after: preview.format, in: DocumentOutput.formats(for: preview.kind))
        }
    }

    /// `a`: a letter's attachments; they go with its `.eml`, so `a` also switches the format to it.
    static func nextAttachments(_ state: inout AppState) {
        guard let kind = state.documentPreview?.kind else { return }
        guard case .letter = kind else {
            _ = cancelledSend(&state)
            state.message = "a chooses a letter's attachments: n to choose a letter"
            return
        }
        change(&state) { preview in
            preview.attachments = next(after: preview.attachments, in: LetterAttachments.allCases)
            preview.format = .eml
        }
    }

    /// `w`, `W` and `o`: the file in the chosen format, written (and opened) by the runner off the
    /// main loop; a PDF takes seconds, so the status bar says it is on its way.
    static func write(replacing: Bool, open: Bool = false, _ state: inout AppState) -> [Effect] {
        if cancelledSend(&state) { return [] }
        guard let preview = state.documentPreview else { return [] }
        // A letter that cannot go out says why: its template's mistake, or who lacks an email.
        if case .failure(let error)? = preview.letter(state) {
            state.message = error.description
            return []
        }
        if preview.format == .eml {
            do { _ = try preview.mail(state) } catch {
                state.message = error.description
                return []
            }
        }
        guard let request = preview.write(state, replace: replacing, open: open) else { return [] }
        if case .text = request.content {} else { state.message = "writing export/\(request.fileName)…" }
        return [.writeDocument(request)]
    }

    /// `y`: after `s`, sends the letter shown in the question; otherwise copies the text.
    static func copyOrConfirm(_ state: inout AppState) -> [Effect] {
        guard var preview = state.documentPreview else { return [] }
        if let message = preview.pendingSend {
            preview.pendingSend = nil
            state.documentPreview = preview
            return [.sendMail(message, preview.attachmentRequest(state))]
        }
        return [.copyToClipboard(text: preview.text(state), what: state.l10n.format("the %s", preview.kindTitle(state.l10n).lowercased()))]
    }

    static func send(_ state: inout AppState) {
        if cancelledSend(&state) { return }
        guard var preview = state.documentPreview else { return }
        preview.pendingSend = askToSend(preview, &state)
        state.documentPreview = preview
    }

    static func scroll(_ step: Step, _ state: inout AppState) {
        guard let shown = state.documentPreview else { return }
        let body = state.bodyRect
        let count = DocumentPreviewView.lines(shown, state: state, width: body.inner.width).count
        let visible = DocumentPreviewView.visibleRows(in: body)
        change(&state) { preview in
            preview.top = Movement.target(step, current: preview.top, count: max(1, count - visible + 1), page: visible)
        }
    }

    /// Any key but `y` after `s` cancels the send, and does nothing else.
    @discardableResult
    static func cancelledSend(_ state: inout AppState) -> Bool {
        guard var preview = state.documentPreview, preview.pendingSend != nil else { return false }
        preview.pendingSend = nil
        state.documentPreview = preview
        state.message = state.l10n.text("not sent")
        return true
    }

    private static func change(_ state: inout AppState, _ body: (inout DocumentPreview) -> Void) {
        if cancelledSend(&state) { return }
        guard var preview = state.documentPreview else { return }
        body(&preview)
        state.documentPreview = preview
    }

    /// The letter as a mail, with the question in the status bar; nil (and the reason there)
    /// when it is not a letter, the template fails, or someone lacks an email.
    private static func askToSend(_ preview: DocumentPreview, _ state: inout AppState) -> MailMessage? {
        do {
            guard let message = try preview.mail(state) else {
                state.message = state.l10n.text("s sends a letter: n to choose one")
                return nil
            }
            let to = message.to.map { "\($0.name) <\($0.email)>" }.joined(separator: ", ")
            let cc = message.cc.isEmpty ? "" : ", CC " + message.cc.map(\.email).joined(separator: ", ")
            let with = preview.attachments == .none ? "" : " · " + preview.attachments.label
            state.message = state.l10n.format("y sends, any other key cancels: to %s", to) + cc + with
            return message
        } catch {
            state.message = error.description
            return nil
        }
    }

    private static func next<T: Equatable>(after value: T, in values: [T]) -> T {
        values[((values.firstIndex(of: value) ?? -1) + 1) % values.count]
    }

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
