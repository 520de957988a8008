/// The letters a coordinator sends in a visit's life, each a template per language in the
/// store's `templates/` folder (`confirmation.sv.mustache`).
public enum LetterKind: String, CaseIterable, Sendable {
    case confirmation
    case decline
    case onHold = "on-hold"
    case visitorsList = "visitors-list"
    case thankYou = "thank-you"

    /// The template's file name inside `templates/`.
    public func fileName(_ language: DocumentLanguage) -> String { "\(rawValue).\(language.rawValue).mustache" }

    public static let folder = "templates"
}
