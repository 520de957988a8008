import VisitDeskDomain

/// City names for the clock labels, in each language. Mainland China's one zone is Beijing time
/// whatever the zone database calls it.
enum CityNames {
    static func of(zone: String, in language: DocumentLanguage) -> String {
        let key = ZoneClocks.cityName(zone)
        guard language == .zh else { return key }
        return chinese[key] ?? key
    }

    private static let chinese: [String: String] = [
        "Beijing": "北京", "Stockholm": "斯德哥尔摩", "Helsinki": "赫尔辛基", "Oslo": "奥斯陆",
        "Copenhagen": "哥本哈根", "Berlin": "柏林", "Amsterdam": "阿姆斯特丹", "London": "伦敦",
        "Hong Kong": "香港", "Taipei": "台北", "Tokyo": "东京", "UTC": "协调世界时",
    ]
}
