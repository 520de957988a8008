/// The festivals around which the State Council arranges China's breaks, with the key a
/// `holidays.toml` names them by.
public enum ChinaFestival: String, CaseIterable, Sendable, Hashable {
    case newYear = "new-year"
    case springFestival = "spring-festival"
    case qingming
    case labourDay = "labour-day"
    case dragonBoat = "dragon-boat"
    case midAutumn = "mid-autumn"
    case nationalDay = "national-day"
    /// One break for both when Mid-Autumn falls next to 1 October (2020, 2023, 2025).
    case midAutumnAndNationalDay = "mid-autumn-national-day"

    /// `National Day holiday`: how a warning names the break.
    public var breakName: String { breakPhrase.description }

    /// The break's name as a phrase, for a warning shown in the language on screen.
    public var breakPhrase: Phrase {
        switch self {
        case .newYear: return Phrase("New Year holiday")
        case .springFestival: return Phrase("Spring Festival holiday")
        case .qingming: return Phrase("Qingming holiday")
        case .labourDay: return Phrase("Labour Day holiday")
        case .dragonBoat: return Phrase("Dragon Boat Festival holiday")
        case .midAutumn: return Phrase("Mid-Autumn Festival holiday")
        case .nationalDay: return Phrase("National Day holiday")
        case .midAutumnAndNationalDay: return Phrase("Mid-Autumn and National Day holiday")
        }
    }

    /// The shapes of `breakPhrase`, to read an English break name back into its phrase.
    public static let breakShapes = allCases.map { PhrasePattern($0.breakPhrase.key) }

    /// `国庆节假期`
    public var localBreakName: String {
        switch self {
        case .newYear: return "元旦假期"
        case .springFestival: return "春节假期"
        case .qingming: return "清明节假期"
        case .labourDay: return "劳动节假期"
        case .dragonBoat: return "端午节假期"
        case .midAutumn: return "中秋节假期"
        case .nationalDay: return "国庆节假期"
        case .midAutumnAndNationalDay: return "中秋节、国庆节假期"
        }
    }

    /// The statutory holidays (by their English names in `ChineseHolidays`) this break is built around.
    var statutoryNames: Set<String> {
        switch self {
        case .newYear: return ["New Year's Day"]
        case .springFestival: return ["Spring Festival", "Spring Festival Eve"]
        case .qingming: return ["Qingming Festival"]
        case .labourDay: return ["Labour Day"]
        case .dragonBoat: return ["Dragon Boat Festival"]
        case .midAutumn: return ["Mid-Autumn Festival"]
        case .nationalDay: return ["National Day"]
        case .midAutumnAndNationalDay: return ["Mid-Autumn Festival", "National Day"]
        }
    }
}
