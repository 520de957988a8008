/// China's days off and make-up working days as the State Council General Office announced them
/// each year (国务院办公厅关于<year>年部分节假日安排的通知, published in the November or
/// December before). Written from the notices' text; a year the State Council has not announced is
/// not here (the statutory rules stand in for it, see `ChinaYear`), and a store can add or correct
/// one in `holidays.toml`.
///
/// Each break runs from its first to its last day off, weekends inside it included; the make-up
/// working days are the Saturdays and Sundays the notice names "上班".
enum ChinaOfficialArrangements {
    static let byYear: [Int: ChinaArrangement] = Dictionary(uniqueKeysWithValues: all.map { ($0.year, $0) })

    static let all: [ChinaArrangement] = [
        ChinaArrangement(
            year: 2020,
            source: "State Council General Office notice 国务院办公厅关于2020年部分节假日安排的通知; Spring Festival extended to 2 February by 国务院办公厅关于延长2020年春节假期的通知",
            breaks: [
                ChinaBreak(.newYear, from: d("2020-01-01"), to: d("2020-01-01")),
                // The notice's make-up Saturday 1 February fell inside the extended break.
                ChinaBreak(.springFestival, from: d("2020-01-24"), to: d("2020-02-02"), workdays: [d("2020-01-19")]),
                ChinaBreak(.qingming, from: d("2020-04-04"), to: d("2020-04-06")),
                ChinaBreak(.labourDay, from: d("2020-05-01"), to: d("2020-05-05"), workdays: [d("2020-04-26"), d("2020-05-09")]),
                ChinaBreak(.dragonBoat, from: d("2020-06-25"), to: d("2020-06-27"), workdays: [d("2020-06-28")]),
                ChinaBreak(.midAutumnAndNationalDay, from: d("2020-10-01"), to: d("2020-10-08"), workdays: [d("2020-09-27"), d("2020-10-10")]),
            ]),
        ChinaArrangement(
            year: 2021,
            source: "State Council General Office notice 国务院办公厅关于2021年部分节假日安排的通知",
            breaks: [
                ChinaBreak(.newYear, from: d("2021-01-01"), to: d("2021-01-03")),
                ChinaBreak(.springFestival, from: d("2021-02-11"), to: d("2021-02-17"), workdays: [d("2021-02-07"), d("2021-02-20")]),
                ChinaBreak(.qingming, from: d("2021-04-03"), to: d("2021-04-05")),
                ChinaBreak(.labourDay, from: d("2021-05-01"), to: d("2021-05-05"), workdays: [d("2021-04-25"), d("2021-05-08")]),
                ChinaBreak(.dragonBoat, from: d("2021-06-12"), to: d("2021-06-14")),
                ChinaBreak(.midAutumn, from: d("2021-09-19"), to: d("2021-09-21"), workdays: [d("2021-09-18")]),
                ChinaBreak(.nationalDay, from: d("2021-10-01"), to: d("2021-10-07"), workdays: [d("2021-09-26"), d("2021-10-09")]),
            ]),
        ChinaArrangement(
            year: 2022,
            source: "State Council General Office notice 国务院办公厅关于2022年部分节假日安排的通知",
            breaks: [
                ChinaBreak(.newYear, from: d("2022-01-01"), to: d("2022-01-03")),
                ChinaBreak(.springFestival, from: d("2022-01-31"), to: d("2022-02-06"), workdays: [d("2022-01-29"), d("2022-01-30")]),
                ChinaBreak(.qingming, from: d("2022-04-03"), to: d("2022-04-05"), workdays: [d("2022-04-02")]),
                ChinaBreak(.labourDay, from: d("2022-04-30"), to: d("2022-05-04"), workdays: [d("2022-04-24"), d("2022-05-07")]),
                ChinaBreak(.dragonBoat, from: d("2022-06-03"), to: d("2022-06-05")),
                ChinaBreak(.midAutumn, from: d("2022-09-10"), to: d("2022-09-12")),
                ChinaBreak(.nationalDay, from: d("2022-10-01"), to: d("2022-10-07"), workdays: [d("2022-10-08"), d("2022-10-09")]),
            ]),
        ChinaArrangement(
            year: 2023,
            source: "State Council General Office notice 国务院办公厅关于2023年部分节假日安排的通知",
            breaks: [
                // The New Year break began on the last day of 2022.
                ChinaBreak(.newYear, from: d("2022-12-31"), to: d("2023-01-02")),
                ChinaBreak(.springFestival, from: d("2023-01-21"), to: d("2023-01-27"), workdays: [d("2023-01-28"), d("2023-01-29")]),
                ChinaBreak(.qingming, from: d("2023-04-05"), to: d("2023-04-05")),
                ChinaBreak(.labourDay, from: d("2023-04-29"), to: d("2023-05-03"), workdays: [d("2023-04-23"), d("2023-05-06")]),
                ChinaBreak(.dragonBoat, from: d("2023-06-22"), to: d("2023-06-24"), workdays: [d("2023-06-25")]),
                ChinaBreak(.midAutumnAndNationalDay, from: d("2023-09-29"), to: d("2023-10-06"), workdays: [d("2023-10-07"), d("2023-10-08")]),
            ]),
        ChinaArrangement(
            year: 2024,
            source: "State Council General Office notice 国务院办公厅关于2024年部分节假日安排的通知",
            breaks: [
                ChinaBreak(.newYear, from: d("2024-01-01"), to: d("2024-01-01")),
                ChinaBreak(.springFestival, from: d("2024-02-10"), to: d("2024-02-17"), workdays: [d("2024-02-04"), d("2024-02-18")]),
                ChinaBreak(.qingming, from: d("2024-04-04"), to: d("2024-04-06"), workdays: [d("2024-04-07")]),
                ChinaBreak(.labourDay, from: d("2024-05-01"), to: d("2024-05-05"), workdays: [d("2024-04-28"), d("2024-05-11")]),
                ChinaBreak(.dragonBoat, from: d("2024-06-08"), to: d("2024-06-10")),
                ChinaBreak(.midAutumn, from: d("2024-09-15"), to: d("2024-09-17"), workdays: [d("2024-09-14")]),
                ChinaBreak(.nationalDay, from: d("2024-10-01"), to: d("2024-10-07"), workdays: [d("2024-09-29"), d("2024-10-12")]),
            ]),
        ChinaArrangement(
            year: 2025,
            source: "State Council General Office notice 国务院办公厅关于2025年部分节假日安排的通知",
            breaks: [
                ChinaBreak(.newYear, from: d("2025-01-01"), to: d("2025-01-01")),
                ChinaBreak(.springFestival, from: d("2025-01-28"), to: d("2025-02-04"), workdays: [d("2025-01-26"), d("2025-02-08")]),
                ChinaBreak(.qingming, from: d("2025-04-04"), to: d("2025-04-06")),
                ChinaBreak(.labourDay, from: d("2025-05-01"), to: d("2025-05-05"), workdays: [d("2025-04-27")]),
                ChinaBreak(.dragonBoat, from: d("2025-05-31"), to: d("2025-06-02")),
                ChinaBreak(.midAutumnAndNationalDay, from: d("2025-10-01"), to: d("2025-10-08"), workdays: [d("2025-09-28"), d("2025-10-11")]),
            ]),
        ChinaArrangement(
            year: 2026,
            source: "State Council General Office notice 国务院办公厅关于2026年部分节假日安排的通知",
            breaks: [
                ChinaBreak(.newYear, from: d("2026-01-01"), to: d("2026-01-03"), workdays: [d("2026-01-04")]),
                ChinaBreak(.springFestival, from: d("2026-02-15"), to: d("2026-02-23"), workdays: [d("2026-02-14"), d("2026-02-28")]),
                ChinaBreak(.qingming, from: d("2026-04-04"), to: d("2026-04-06")),
                ChinaBreak(.labourDay, from: d("2026-05-01"), to: d("2026-05-05"), workdays: [d("2026-05-09")]),
                ChinaBreak(.dragonBoat, from: d("2026-06-19"), to: d("2026-06-21")),
                ChinaBreak(.midAutumn, from: d("2026-09-25"), to: d("2026-09-27")),
                ChinaBreak(.nationalDay, from: d("2026-10-01"), to: d("2026-10-07"), workdays: [d("2026-09-20"), d("2026-10-10")]),
            ]),
    ]

    private static func d(_ text: String) -> LocalDate { LocalDate(iso: text)! }
}
