/// Where a delegation stands. The raw values are the words written in the files.
public enum DelegationStatus: String, CaseIterable, Sendable, Hashable {
    case new
    case reviewing
    case onHold = "on-hold"
    case confirmed
    case visited
    case declined
    case cancelled

    /// Still waiting for a decision: shown in the Requests pane.
    public var isRequest: Bool { self == .new || self == .reviewing || self == .onHold }
    /// Accepted: shown in the Groups pane.
    public var isGroup: Bool { self == .confirmed || self == .visited }
    /// Closed without a visit: kept, shown on demand.
    public var isClosed: Bool { self == .declined || self == .cancelled }

    /// Statuses that are only reached with a written reason.
    public var needsReason: Bool { self == .onHold || self == .declined || self == .cancelled }

    /// Statuses whose record must carry at least one slot.
    public var needsSlots: Bool { self == .confirmed || self == .visited }

    /// The lifecycle: new → reviewing → on-hold → confirmed → visited; declined and cancelled from
    /// any open state. Moving back (on-hold → reviewing, a cancelled visit reopened) is allowed where
    /// a coordinator would plausibly need it, so a mistake never needs a text editor to undo.
    public func canMove(to next: DelegationStatus) -> Bool {
        if next == self { return false }
        switch self {
        case .new: return [.reviewing, .onHold, .confirmed, .declined, .cancelled].contains(next)
        case .reviewing: return [.new, .onHold, .confirmed, .declined, .cancelled].contains(next)
        case .onHold: return [.reviewing, .confirmed, .declined, .cancelled].contains(next)
        case .confirmed: return [.visited, .onHold, .cancelled, .reviewing].contains(next)
        case .visited: return [.confirmed].contains(next)
        case .declined, .cancelled: return [.reviewing].contains(next)
        }
    }

    /// A short label for narrow columns.
    public var shortLabel: String {
        switch self {
        case .new: return "new"
        case .reviewing: return "review"
        case .onHold: return "hold"
        case .confirmed: return "conf"
        case .visited: return "visited"
        case .declined: return "declined"
        case .cancelled: return "cancel"
        }
    }
}

/// Inbound: a group visiting us. Outbound: our companies' trip abroad.
public enum Direction: String, CaseIterable, Sendable, Hashable {
    case inbound
    case outbound
}
