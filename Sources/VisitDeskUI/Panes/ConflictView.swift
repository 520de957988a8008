/// A refused write: both versions of the file as one list of lines, the disk's own lines marked
/// `disk`, mine marked `mine`, so the coordinator sees exactly what would be lost either way.
enum ConflictView {
    static func lines(_ conflict: WriteConflict, _ l10n: Localization = .of(.en)) -> [LabeledLine] {
        let disk = conflict.disk.map { String(decoding: $0, as: UTF8.self) }
        let mine = conflict.mine.map { String(decoding: $0, as: UTF8.self) }
        let headline = conflict.renamedFrom.map {
            l10n.format("%s was renamed to %s since it was shown. Nothing was written; m writes your change there.",
                        "\(conflict.folder.rawValue)/\($0).toml", conflict.path)
        } ?? l10n.format("%s changed on disk since it was shown. Nothing was written.", conflict.path)
        var lines = [
            LabeledLine(label: "", value: headline, role: .conflict),
            LabeledLine(label: "", value: l10n.text("m keep mine (write over the disk's) · d keep the disk's · E edit the file · Esc = d"), role: .keyHint),
        ]
        if !conflict.notWritten.isEmpty {
            lines.append(LabeledLine(label: "", value: l10n.text("also not written:") + " " + conflict.notWritten.joined(separator: ", "), role: .statusMessage))
        }
        lines.append(LabeledLine(label: "", value: ""))
        if disk == nil { lines.append(LabeledLine(label: "disk", value: l10n.text("(the file was deleted)"), role: .conflict)) }
        if mine == nil { lines.append(LabeledLine(label: "mine", value: l10n.text("(delete the file)"), role: .conflict)) }
        for line in LineDiff.compare(disk: disk ?? "", mine: mine ?? "") {
            switch line.side {
            case .both: lines.append(LabeledLine(label: "", value: line.text, role: .muted))
            case .diskOnly: lines.append(LabeledLine(label: "disk", value: line.text, role: .conflict))
            case .mineOnly: lines.append(LabeledLine(label: "mine", value: line.text, role: .statusMessage))
            }
        }
        return lines
    }

    static func visibleRows(_ body: Rect) -> Int { max(1, body.height - 2) }

    static func draw(_ state: AppState, _ conflict: WriteConflict, in body: Rect, grid: inout Grid) {
        let lines = state.triage.conflictLines
        grid.clear(body, role: .overlay)
        let l10n = state.l10n
        let position = lines.count > visibleRows(body) ? " · " + l10n.format("%d–%d of %d", state.triage.conflictTop + 1, min(lines.count, state.triage.conflictTop + visibleRows(body)), lines.count) : ""
        grid.drawBox(body, title: l10n.text("Conflict") + " · " + FormTitles.translated(conflict.label, l10n), focused: true, note: l10n.text("m mine · d disk's · E edit") + position)
        TextPage.draw(Array(lines.dropFirst(state.triage.conflictTop)), in: body.inner, labelWidth: 6, grid: &grid)
    }
}
