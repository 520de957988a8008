import VisitDeskDomain

/// The one way text shown to a person is looked up: `state.l10n.text("Requests")` gives
/// `Förfrågningar` in Swedish. The English text is the key (as with gettext's msgid), so the
/// source reads as the English interface and an untranslated string shows in English — never
/// as an empty label. The catalogues are `po/<language>.po`, compiled in by
/// `scripts/embed-translations` (`ShippedCatalogues`), so an installed binary needs no files.
///
/// Tests extract every literal given to `text`, `format`, `plural` and `Localization.key` from
/// the sources and fail when a catalogue lacks one.
public struct Localization: Sendable {
    public let language: Language
    let translations: [String: String]

    /// The catalogue of `language`, read the first time that language is asked for: an English
    /// run reads none, a Swedish one only Swedish (each is about a millisecond; reading both at
    /// every start once cost every command, `--version` included, ~18 ms).
    public static func of(_ language: Language) -> Localization {
        switch language {
        case .en: english
        case .sv: swedish
        case .zh: chinese
        }
    }

    private static let english = Localization(language: .en, translations: [:])
    private static let swedish = shipped(.sv)
    private static let chinese = shipped(.zh)

    private static func shipped(_ language: Language) -> Localization {
        let text = ShippedCatalogues.texts[language.rawValue] ?? ""
        return Localization(language: language, translations: POCatalogue(parsing: text).translations)
    }

    /// Marks English text that is kept in a table and translated where it is shown (gettext's
    /// `N_`): the extraction test finds it here, the caller passes it to `text` later.
    public static func key(_ english: String) -> String { english }

    /// The translation of `english`, else `english` itself.
    public func text(_ english: String) -> String {
        translations[english] ?? english
    }

    /// The translation of `english` in `context` (gettext's msgctxt), for a word that is
    /// translated differently in two places.
    public func text(_ english: String, context: String) -> String {
        translations[POCatalogue.key(english, context: context)] ?? english
    }

    /// The translation with its `%s` / `%d` (or positional `%2$s`, for a language that puts the
    /// parts in another order) replaced by `arguments` in turn. The `.po` entries are marked
    /// `c-format`, so `msgfmt --check-format` checks a translation keeps the same placeholders.
    public func format(_ english: String, _ arguments: any CustomStringConvertible...) -> String {
        Self.fill(text(english), arguments.map(\.description))
    }

    /// `singular` for exactly one, else `plural`, with the count filled in: the rule English and
    /// Swedish share; Chinese translates both the same. Two plain entries rather than gettext's
    /// `msgid_plural`, so the reader stays small.
    public func plural(_ count: Int, _ singular: String, _ plural: String) -> String {
        Self.fill(text(count == 1 ? singular : plural), [String(count)])
    }

    /// A sentence made outside the UI core (the store, sharing, the runtime) in the language.
    public func text(_ phrase: Phrase) -> String {
        phrase.rendered { text($0) }
    }

    /// `FILE:LINE: message` with the message in the language; the place and the `warning:` that
    /// editors and scripts look for stay as `Problem.description` writes them.
    public func problemLine(_ problem: Problem) -> String {
        let place = problem.line.map { "\(problem.file):\($0)" } ?? problem.file
        return "\(place): " + (problem.severity == .warning ? "warning: " : "") + text(problem.phrase)
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        Phrase.fill(template, arguments)
    }
}
