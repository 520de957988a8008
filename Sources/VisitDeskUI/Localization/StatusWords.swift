import VisitDeskDomain

/// A delegation's status as the lists and the detail view say it. The files keep the English
/// words (`status = "on-hold"`); only what is shown is translated.
enum StatusWords {
    /// `hold`, `vilande`, `暂缓`: for the narrow status column.
    static func short(_ status: DelegationStatus, _ l10n: Localization) -> String {
        switch status {
        case .new: return l10n.text("new", context: "status")
        case .reviewing: return l10n.text("review", context: "status")
        case .onHold: return l10n.text("hold", context: "status")
        case .confirmed: return l10n.text("conf", context: "status")
        case .visited: return l10n.text("visited", context: "status")
        case .declined: return l10n.text("declined", context: "status")
        case .cancelled: return l10n.text("cancel", context: "status")
        }
    }

    /// `on-hold`, `vilande`, `暂缓`: the whole word, as the detail view shows it.
    static func full(_ status: DelegationStatus, _ l10n: Localization) -> String {
        switch status {
        case .new: return l10n.text("new", context: "status")
        case .reviewing: return l10n.text("reviewing", context: "status")
        case .onHold: return l10n.text("on-hold", context: "status")
        case .confirmed: return l10n.text("confirmed", context: "status")
        case .visited: return l10n.text("visited", context: "status")
        case .declined: return l10n.text("declined", context: "status")
        case .cancelled: return l10n.text("cancelled", context: "status")
        }
    }
}
