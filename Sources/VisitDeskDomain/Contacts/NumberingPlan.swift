/// The national rules VisitDesk knows well enough to normalise a number written without `+`:
/// Sweden's and mainland China's. Both use 0 as the trunk prefix.
enum NumberingPlan {
    case sweden
    case china

    init?(country: String?) {
        switch country {
        case "SE": self = .sweden
        case "CN": self = .china
        default: return nil
        }
    }

    init?(callingCode: String) {
        switch callingCode {
        case "46": self = .sweden
        case "86": self = .china
        default: return nil
        }
    }

    var countryCode: String { self == .sweden ? "46" : "86" }

    /// A national significant number (no trunk 0, no country code), when it is a plausible one.
    func parse(nationalNumber nsn: String) -> PhoneNumber.Parsed? {
        let digits = Array(nsn)
        guard let groups = self == .sweden ? SwedishNumbers.groups(digits) : ChineseNumbers.groups(digits) else {
            return nil
        }
        let nationalForm = self == .china && ChineseNumbers.isMobile(digits) ? nsn : "0" + nsn
        return PhoneNumber.Parsed(
            countryCode: countryCode, nationalNumber: nsn,
            grouped: groups.map { String($0) }.joined(separator: " "), nationalForm: nationalForm)
    }

    /// Numbers dialled without the trunk 0 at home: Chinese mobiles (`138 0013 8000`).
    func parseWithoutTrunkPrefix(_ digits: String) -> PhoneNumber.Parsed? {
        guard self == .china, ChineseNumbers.isMobile(Array(digits)) else { return nil }
        return parse(nationalNumber: digits)
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
/// 2-digit area code (`10` Beijing, `2x`) and 8 digits, or a 3-digit area code and 7-8 digits.
enum ChineseNumbers {
    static func isMobile(_ nsn: [Character]) -> Bool {
        nsn.count == 11 && nsn[0] == "1" && ("3"..."9").contains(nsn[1]) && nsn.allSatisfy(\.isASCIIDigit)
    }

    static func groups(_ nsn: [Character]) -> [ArraySlice<Character>]? {
        guard nsn.allSatisfy(\.isASCIIDigit), let first = nsn.first else { return nil }
        if isMobile(nsn) { return split(nsn[...], [3, 4, 4]) }
        let areaLength: Int
        switch first {
        case "1": guard nsn.count == 10, nsn[1] == "0" else { return nil }; areaLength = 2
        case "2": guard nsn.count == 10 else { return nil }; areaLength = 2
        case "3"..."9": guard (10...11).contains(nsn.count) else { return nil }; areaLength = 3
        default: return nil
        }
        let subscriber = nsn[areaLength...]
        guard let start = subscriber.first, start != "0", start != "1" else { return nil }
        return [nsn[..<areaLength]] + split(subscriber, subscriber.count == 8 ? [4, 4] : [3, 4])
    }
}

/// Cuts `digits` into consecutive groups of the given sizes (which add up to its length).
private func split(_ digits: ArraySlice<Character>, _ sizes: [Int]) -> [ArraySlice<Character>] {
    var groups: [ArraySlice<Character>] = []
    var start = digits.startIndex
    for size in sizes {
        groups.append(digits[start..<(start + size)])
        start += size
    }
    return groups
}
