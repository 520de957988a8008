/// Taking a declined or cancelled delegation back into review. The reason it was closed for is
/// not lost: `history` gets a dated `reopened` line, naming the old status and reason when no
/// earlier line has them (a record closed before `history` existed), so the history reads
/// `2026-11-20 declined: no dates in 2026`, `2026-11-25 reopened`; the notes stay the
/// coordinator's own and the reason field is free for the next decision.
extension Delegation {
    /// Whether `reopened(on:)` applies: only closed records are reopened.
    public var isReopenable: Bool { status.isClosed && status.canMove(to: .reviewing) }

    /// The record back in review with a dated `reopened` line at the end of its history. A record
    /// that is not closed comes back unchanged.
    public func reopened(on day: LocalDate) -> Delegation {
        guard isReopenable else { return self }
        var copy = self
        // `declined: no dates in 2026`: what the closing decision's own history line says after its date.
        let closing = String(Delegation.historyLine(on: day, status, reason).dropFirst(day.description.count + 1))
        let recorded = history.contains { $0.hasSuffix(" " + closing) }
        copy.history.append("\(day) reopened" + (recorded ? "" : "; was \(closing)"))
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
