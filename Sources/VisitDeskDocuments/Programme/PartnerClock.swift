import Foundation
import VisitDeskDomain

/// A slot's home wall time read on the partner's clock (Stockholm → Beijing by default).
///
/// The offset changes with daylight saving on a different Sunday each year, so every moment is
/// converted through the zone rules, never with a fixed difference. Uses `secondsFromGMT(for:)`
/// directly instead of building a `Calendar` per slot: a five-day programme converts ~40 moments.
struct PartnerClock: Sendable {
    let home: TimeZone
    let partner: TimeZone
    let homeZone: String
    let partnerZone: String

    /// An unknown zone name reads as UTC: a typo in store.toml gives a wrong second clock, not a failure.
    init(settings: StoreSettings) {
        homeZone = settings.timezone
        partnerZone = settings.partnerTimezone
        home = TimeZone(identifier: settings.timezone) ?? TimeZone(identifier: "UTC")!
        partner = TimeZone(identifier: settings.partnerTimezone) ?? TimeZone(identifier: "UTC")!
    }

    func onPartnerClock(_ moment: LocalDateTime) -> LocalDateTime {
        let wall = Double(moment.wallSeconds)
        // The offset at the wall time read as UTC is right except within hours of a change; a
        // second look at the corrected instant settles it.
        let guess = wall - Double(home.secondsFromGMT(for: Date(timeIntervalSince1970: wall)))
        let instant = wall - Double(home.secondsFromGMT(for: Date(timeIntervalSince1970: guess)))
        let partnerWall = Int(instant) + partner.secondsFromGMT(for: Date(timeIntervalSince1970: instant))
        let day = Int((Double(partnerWall) / 86_400).rounded(.down))
        let seconds = partnerWall - day * 86_400
        return LocalDateTime(date: LocalDate(dayNumber: day),
                             time: LocalTime(hour: seconds / 3600, minute: seconds % 3600 / 60, second: seconds % 60))
    }
}

/// City names for the clock labels, in each language. Mainland China's one zone is Beijing time
/// whatever the zone database calls it.
enum CityNames {
    static func of(zone: String, in language: DocumentLanguage) -> String {
        let key = ["Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC"].contains(zone) ? "Beijing"
            : String(zone.split(separator: "/").last ?? Substring(zone)).replacingOccurrences(of: "_", with: " ")
        guard language == .zh else { return key }
        return chinese[key] ?? key
    }

    private static let chinese: [String: String] = [
        "Beijing": "北京", "Stockholm": "斯德哥尔摩", "Helsinki": "赫尔辛基", "Oslo": "奥斯陆",
        "Copenhagen": "哥本哈根", "Berlin": "柏林", "Amsterdam": "阿姆斯特丹", "London": "伦敦",
        "Hong Kong": "香港", "Taipei": "台北", "Tokyo": "东京", "UTC": "协调世界时",
    ]
}
