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
        switch key {
        case .escape, .character("D"):
            state.documentPreview = nil
            return []
        case .character("q"):
            return [.quit]
        case .character("l"):
            let index = DocumentPreview.languages.firstIndex(of: preview.language) ?? 0
            preview.language = DocumentPreview.languages[(index + 1) % DocumentPreview.languages.count]
            preview.top = 0
        case .character("n"):
            preview.kind = preview.kind == .programme ? .nameList : .programme
            preview.top = 0
        case .character("w"), .character("W"):
            guard let body = preview.body(state) else { return [] }
            return [.writeDocument(fileName: preview.fileName, contents: HTMLWriter.write(body), replace: key == .character("W"))]
        case .character("y"):
            guard let body = preview.body(state) else { return [] }
            return [.copyToClipboard(text: TextWriter.write(body), what: preview.kind == .programme ? "the programme" : "the name list")]
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

    /// The help overlay's line for `D` (Requests, Groups, Calendar).
    static let help = [KeyHelp.Entry(keys: "D", action: "documents: programme / name list in en, sv, zh, zh+en, sv+en")]

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
