import VisitDeskDomain

/// A holiday's name in the language on screen: each country's own name in its own language
/// (Midsommarafton in Swedish, 国庆节 in Chinese), the other country's translated (Vårfesten in
/// Swedish, 圣诞节 in Chinese), English in English. The English name stays the data (`holidays`'
/// JSON, the calendar's identity); the catalogues translate it under a context per country, since
/// both countries have a `National Day` and a `New Year's Day`.
public enum HolidayNames {
    public static func name(_ holiday: Holiday, _ l10n: Localization) -> String {
        let own = (l10n.language == .sv && holiday.country == .sweden) || (l10n.language == .zh && holiday.country == .china)
        if own && !holiday.localName.isEmpty { return holiday.localName }
        if l10n.language == .en { return holiday.name }
        // A Chinese break's days are named after the break: its name is a phrase the catalogues have.
        if let phrase = PhrasePattern.read(holiday.name, as: breakDayShapes) { return l10n.text(phrase) }
        return l10n.text(holiday.name, context: holiday.country == .china ? "CN holiday" : "SE holiday")
    }

    /// `Make-up working day (National Day holiday)`, `Spring Festival holiday (expected)`,
    /// `National Day holiday`, as `ChinaYear` names the days of a break.
    static let breakDayShapes: [PhrasePattern] = {
        let name = PhrasePattern.Part.phrase(ChinaFestival.breakShapes)
        return [PhrasePattern("Make-up working day (%s)", name), PhrasePattern("%s (expected)", name)] + ChinaFestival.breakShapes
    }()

    /// The English names `ChinaYear`'s phrases are made of, for the extraction test to find.
    static let keys = [Localization.key("Make-up working day (%s)"), Localization.key("%s (expected)")]
}
