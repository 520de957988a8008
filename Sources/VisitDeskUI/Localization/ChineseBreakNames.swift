import VisitDeskDomain

extension ChinaFestival {
    /// The break as the State Council's notices name it (`国庆节假期`), for the Chinese interface;
    /// the domain keeps the English `breakName` for `check` and the CLI.
    var chineseBreakName: String {
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
}
