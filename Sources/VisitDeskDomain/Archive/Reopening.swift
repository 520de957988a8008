/// Taking a declined or cancelled delegation back into review. The reason it was closed for is
/// not lost: it moves into the notes as one dated line, so the notes read as the record's history
/// (`2026-12-03 reopened; was declined: no dates in 2026`), and the reason field is free for the
/// next decision.
extension Delegation {
    /// Whether `reopened(on:)` applies: only closed records are reopened.
    public var isReopenable: Bool { status.isClosed && status.canMove(to: .reviewing) }

    /// The record back in review, its old status and reason kept as a dated line at the end of the
    /// notes. A record that is not closed comes back unchanged.
    public func reopened(on day: LocalDate) -> Delegation {
        guard isReopenable else { return self }
        var copy = self
        let reason = self.reason.split(whereSeparator: \.isNewline).joined(separator: " ")
        let line = "\(day) reopened; was \(status.rawValue)" + (reason.isEmpty ? "" : ": \(reason)")
        copy.notes = notes.isEmpty ? line : notes + (notes.hasSuffix("\n") ? "" : "\n") + line
        copy.reason = ""
        copy.status = .reviewing
        return copy
    }
}

extension Delegation {
    /// The dated line a decision leaves in `history`: `2026-11-25 declined: no dates in 2026`
    /// (a reason over several lines reads as one).
    public static func historyLine(on day: LocalDate, _ status: DelegationStatus, _ reason: String) -> String {
        let oneLine = reason.split(whereSeparator: \.isNewline).map { String($0.drop(while: \.isWhitespace)) }.filter { !$0.isEmpty }.joined(separator: " / ")
        return "\(day) \(status.rawValue)" + (oneLine.isEmpty ? "" : ": \(oneLine)")
    }
}
