/// The national rules VisitDesk knows well enough to normalise a number written without `+`:
/// Sweden's and mainland China's, the Nordic neighbours' and the Netherlands'. Sweden, China,
/// Finland and the Netherlands dial a trunk 0 at home; Norway, Denmark and Iceland have none, so
/// every national number is written as it is dialled from abroad.
enum NumberingPlan {
    case sweden, china, norway, denmark, finland, iceland, netherlands

    init?(country: String?) {
        switch country {
        case "SE": self = .sweden
        case "CN": self = .china
        case "NO": self = .norway
        case "DK": self = .denmark
        case "FI": self = .finland
        case "IS": self = .iceland
        case "NL": self = .netherlands
        default: return nil
        }
    }

    init?(callingCode: String) {
        guard let plan = Self.allCases.first(where: { $0.countryCode == callingCode }) else { return nil }
        self = plan
    }

    private static let allCases: [NumberingPlan] = [.sweden, .china, .norway, .denmark, .finland, .iceland, .netherlands]

    var countryCode: String {
        switch self {
        case .sweden: "46"
        case .china: "86"
        case .norway: "47"
        case .denmark: "45"
        case .finland: "358"
        case .iceland: "354"
        case .netherlands: "31"
        }
    }

    /// Whether a national number starts with 0 at home (dropped after the country code).
    var hasTrunkZero: Bool { [.sweden, .china, .finland, .netherlands].contains(self) }

    /// A national significant number (no trunk 0, no country code), when it is a plausible one.
    func parse(nationalNumber nsn: String) -> PhoneNumber.Parsed? {
        let digits = Array(nsn)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        let groups: [ArraySlice<Character>]?
        switch self {
        case .sweden: groups = SwedishNumbers.groups(digits)
        case .china: groups = ChineseNumbers.groups(digits)
        case .norway: groups = NordicNumbers.norway(digits)
        case .denmark: groups = NordicNumbers.denmark(digits)
        case .finland: groups = NordicNumbers.finland(digits)
        case .iceland: groups = NordicNumbers.iceland(digits)
        case .netherlands: groups = DutchNumbers.groups(digits)
        }
        guard let groups else { return nil }
        let nationalForm: String?
        switch self {
        case .sweden: nationalForm = "0" + nsn
        case .china: nationalForm = ChineseNumbers.isMobile(digits) ? nsn : "0" + nsn
        default: nationalForm = nil
        }
        return PhoneNumber.Parsed(
            countryCode: countryCode, nationalNumber: nsn,
            grouped: groups.map { String($0) }.joined(separator: " "), nationalForm: nationalForm)
    }

    /// Numbers dialled without a trunk 0 at home: Chinese mobiles (`138 0013 8000`), and every
    /// number in a country without a trunk prefix.
    func parseWithoutTrunkPrefix(_ digits: String) -> PhoneNumber.Parsed? {
        if self == .china { return ChineseNumbers.isMobile(Array(digits)) ? parse(nationalNumber: digits) : nil }
        return hasTrunkZero ? nil : parse(nationalNumber: digits)
    }
}

/// Swedish numbers: area codes of 1 (`8`), 2 or 3 digits, mobiles `7x` with nine digits in all,
/// and a subscriber part of 5-8 digits grouped the Swedish way (`123 45`, `12 34 56`, `039 01 71`,
/// `123 456 78`).
enum SwedishNumbers {
    private static let twoDigitAreas: Set<String> = [
        "10", "11", "13", "16", "18", "19", "20", "21", "23", "26", "31", "33", "35", "36", "40", "42",
        "44", "46", "54", "60", "63", "70", "72", "73", "74", "76", "77", "78", "79", "90", "99",
    ]
    private static let mobile: Set<String> = ["70", "72", "73", "76", "79"]

    static func groups(_ nsn: [Character]) -> [ArraySlice<Character>]? {
        guard (7...9).contains(nsn.count), nsn.allSatisfy(\.isASCIIDigit), nsn[0] != "0" else { return nil }
        let lead = String(nsn.prefix(2))
        if mobile.contains(lead) && nsn.count != 9 { return nil }
        let areaLength = nsn[0] == "8" ? 1 : (twoDigitAreas.contains(lead) ? 2 : 3)
        let subscriber = nsn[areaLength...]
        let sizes: [Int]
        switch subscriber.count {
        case 5: sizes = [3, 2]
        case 6: sizes = [2, 2, 2]
        case 7: sizes = [3, 2, 2]
        case 8: sizes = [3, 3, 2]
        default: return nil
        }
        return [nsn[..<areaLength]] + split(subscriber, sizes)
    }
}

/// Mainland Chinese numbers: mobiles `1[3-9]` with 11 digits (`138 0013 8000`); landlines with a
/// 2-digit area code (`10` Beijing, `20`–`29` but `26`) and 8 digits, or a 3-digit area code
/// (`311` Shijiazhuang, `633` Rizhao: `0633` with the trunk 0) and 7 or 8 digits. Which length each 3-digit area uses is not checked: a number of the
/// other length is accepted (libphonenumber would call it invalid; both give the same E.164).
enum ChineseNumbers {
    static func isMobile(_ nsn: [Character]) -> Bool {
        nsn.count == 11 && nsn[0] == "1" && ("3"..."9").contains(nsn[1]) && nsn.allSatisfy(\.isASCIIDigit)
    }

    static func groups(_ nsn: [Character]) -> [ArraySlice<Character>]? {
        guard nsn.allSatisfy(\.isASCIIDigit), nsn.count >= 2 else { return nil }
        if isMobile(nsn) { return split(nsn[...], [3, 4, 4]) }
        let areaLength: Int
        switch (nsn[0], nsn[1]) {
        case ("1", "0"), ("2", "0"), ("2", "1"), ("2", "2"), ("2", "3"), ("2", "4"), ("2", "5"), ("2", "7"), ("2", "8"), ("2", "9"):
            guard nsn.count == 10 else { return nil }
            areaLength = 2
        case ("3"..."9", _):
            guard (10...11).contains(nsn.count) else { return nil }
            areaLength = 3
        default: return nil
        }
        let subscriber = nsn[areaLength...]
        return [nsn[..<areaLength]] + split(subscriber, subscriber.count == 8 ? [4, 4] : [3, 4])
    }
}

/// Cuts `digits` into consecutive groups of the given sizes (which add up to its length).
func split(_ digits: ArraySlice<Character>, _ sizes: [Int]) -> [ArraySlice<Character>] {
    var groups: [ArraySlice<Character>] = []
    var start = digits.startIndex
    for size in sizes {
        groups.append(digits[start..<(start + size)])
        start += size
    }
    return groups
}
