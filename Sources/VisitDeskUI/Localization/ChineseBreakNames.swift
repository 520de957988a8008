import VisitDeskDomain

extension ChinaFestival {
    /// The break as the State Council's notices name it (`国庆节假期`), for the Chinese interface;
    /// the domain keeps the English `breakName` for `check` and the CLI.
    var chineseBreakName: String { Self.chineseBreakNames[self] ?? breakName }

    private static let chineseBreakNames: [ChinaFestival: String] = [
        .newYear: "元旦假期", .springFestival: "春节假期", .qingming: "清明节假期", .labourDay: "劳动节假期",
        .dragonBoat: "端午节假期", .midAutumn: "中秋节假期", .nationalDay: "国庆节假期", .midAutumnAndNationalDay: "中秋节、国庆节假期",
    ]
}
