/// Why a delegation is missing from some figure. The report lists these with their ids instead
/// of dropping records silently.
public enum NotCountedReason: String, CaseIterable, Sendable, Hashable {
    case noReceivedDate = "no_received_date"
    case sizeMissing = "size_missing"
    case sizeNotPositive = "size_not_positive"
    case noVisitDate = "no_visit_date"
    case visitOutsidePeriod = "visit_outside_period"
    case visitBeforeReceived = "visit_before_received"
    case receivedAfterToday = "received_after_today"
    case fileNotLoaded = "file_not_loaded"

    /// One line that says what is missing and from which figures.
    public var explanation: String { phrase.description }

    /// The same as a phrase, the catalogues' key where the report is shown in a language.
    public var phrase: Phrase {
        switch self {
        case .noReceivedDate: return Phrase("no received date: in no period's requests")
        case .sizeMissing: return Phrase("size missing: not in the people figures")
        case .sizeNotPositive: return Phrase("size not positive: not in the people figures")
        case .noVisitDate: return Phrase("confirmed or visited without slots: no visit date, not in visits or hosts")
        case .visitOutsidePeriod: return Phrase("received in the period, visit outside it: hosts counted in the visit's period")
        case .visitBeforeReceived: return Phrase("visit before the received date: not in the lead times")
        case .receivedAfterToday: return Phrase("received date after today: counted, but check the date")
        case .fileNotLoaded: return Phrase("delegation file that did not load (unknown status, bad syntax…): see `visitdesk check`")
        }
    }
}

/// The delegations (or, for files that did not load, file names) behind one reason.
public struct NotCounted: Hashable, Sendable {
    public var reason: NotCountedReason
    public var ids: [String]
    public var count: Int { ids.count }
}
