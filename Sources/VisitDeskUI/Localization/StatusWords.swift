import VisitDeskDomain

/// A delegation's status as the lists and the detail view say it. The files keep the English
/// words (`status = "on-hold"`); only what is shown is translated, under the `status` context
/// (`new` as a status is `ny`, not the `new` of a button). LocalizationTests check every status.
enum StatusWords {
    /// `hold`, `vilar`, `暂缓`: for the narrow status column.
    static func short(_ status: DelegationStatus, _ l10n: Localization) -> String {
        l10n.text(status.shortLabel, context: "status")
    }

    /// `on-hold`, `vilande`, `暂缓`: the whole word.
    static func full(_ status: DelegationStatus, _ l10n: Localization) -> String {
        l10n.text(status.rawValue, context: "status")
    }
}
