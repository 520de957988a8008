import VisitDeskDomain

extension DelegationStatus {
    /// Each status has its own role so a theme can tell them apart at a glance.
    var role: StyleRole {
        switch self {
        case .new: return .statusNew
        case .reviewing: return .statusReviewing
        case .onHold: return .statusOnHold
        case .confirmed: return .statusConfirmed
        case .visited: return .statusVisited
        case .declined: return .statusDeclined
        case .cancelled: return .statusCancelled
        }
    }
}

enum Titles {
    /// The Latin title, followed by the Chinese one when both fit in `width` cells.
    static func bilingual(_ title: String, _ titleZh: String?, width: Int) -> String {
        guard let titleZh, !titleZh.isEmpty else { return title }
        let both = title + "  " + titleZh
        return DisplayWidth.of(both) <= width ? both : title
    }
}
