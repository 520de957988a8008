import Foundation

/// Country codes as address books write countries, and back: an ADR's country field holds a
/// name in whatever language the card's author used.
enum CountryNames {
    static let english: [String: String] = [
        "SE": "Sweden", "CN": "China", "FI": "Finland", "NO": "Norway", "DK": "Denmark", "EE": "Estonia",
        "NL": "Netherlands", "DE": "Germany", "GB": "United Kingdom", "US": "United States",
        "HK": "Hong Kong", "TW": "Taiwan", "FR": "France", "PL": "Poland",
    ]

    static let otherNames: [String: String] = [
        "sverige": "SE", "瑞典": "SE", "kina": "CN", "中国": "CN", "中華人民共和國": "CN", "people's republic of china": "CN",
        "prc": "CN", "suomi": "FI", "norge": "NO", "danmark": "DK", "estland": "EE", "eesti": "EE",
        "nederländerna": "NL", "the netherlands": "NL", "holland": "NL", "tyskland": "DE", "deutschland": "DE",
        "uk": "GB", "england": "GB", "usa": "US", "united states of america": "US", "芬兰": "FI",
    ]

    static func name(forCode code: String) -> String {
        english[code.uppercased()] ?? code.uppercased()
    }

    /// The ISO code for a written country, or nil when it is not recognised.
    static func code(for written: String) -> String? {
        let key = written.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { return nil }
        if key.count == 2, key.allSatisfy({ $0.isASCII && $0.isLetter }) { return key.uppercased() }
        if let code = english.first(where: { $0.value.lowercased() == key })?.key { return code }
        return otherNames[key]
    }
}
