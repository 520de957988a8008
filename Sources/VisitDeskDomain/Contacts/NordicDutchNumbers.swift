/// The Nordic neighbours' plans, as far as a contact list needs them: how long a national number
/// is, which first digits are in use, and how the country groups it for reading.
enum NordicNumbers {
    /// Norway: 8 digits, no trunk prefix; `22 12 34 56`, and `812 34 567` for the 8xx services.
    static func norway(_ nsn: [Character]) -> [ArraySlice<Character>]? {
        guard nsn.count == 8, ("2"..."9").contains(nsn[0]) else { return nil }
        return split(nsn[...], nsn[0] == "8" ? [3, 2, 3] : [2, 2, 2, 2])
    }

    /// Denmark: 8 digits, no trunk prefix, `32 12 34 56`.
    static func denmark(_ nsn: [Character]) -> [ArraySlice<Character>]? {
        guard nsn.count == 8, ("2"..."9").contains(nsn[0]) else { return nil }
        return split(nsn[...], [2, 2, 2, 2])
    }

    /// Iceland: 7 digits, no trunk prefix, landlines 4–5 and mobiles 6–8, `412 3456`.
    static func iceland(_ nsn: [Character]) -> [ArraySlice<Character>]? {
        guard nsn.count == 7, ("4"..."8").contains(nsn[0]) else { return nil }
        return split(nsn[...], [3, 4])
    }

    /// Finland: trunk 0, 6–12 digits after it; a one-digit area code for the old regions
    /// (`9` Helsinki, `2`, `3`, `5`, `6`, `8`), two digits for mobiles (`40`, `50`) and the rest;
    /// `40 123 4567`.
    static func finland(_ nsn: [Character]) -> [ArraySlice<Character>]? {
        guard (6...12).contains(nsn.count), nsn[0] != "0" else { return nil }
        let oneDigit = "235689".contains(nsn[0]) && !(nsn[1] == "0" && "25".contains(nsn[0]))
        let area = oneDigit ? 1 : 2
        let rest = nsn[area...]
        return rest.count >= 7 ? [nsn[..<area]] + split(rest, [3, rest.count - 3]) : [nsn[..<area], rest]
    }
}

/// The Netherlands: trunk 0 and 9 digits after it — mobiles `6 12345678`, landlines with a two-
/// or three-digit area code (`20 123 4567`, `591 123 456`) — and the 800/900 service numbers of
/// 7 to 10 digits.
enum DutchNumbers {
    private static let twoDigitAreas: Set<String> = [
        "10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46", "50", "53",
        "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "85", "88", "91",
    ]

    static func groups(_ nsn: [Character]) -> [ArraySlice<Character>]? {
        let lead = String(nsn.prefix(3))
        if ["800", "900", "906", "909"].contains(lead) {
            guard (7...10).contains(nsn.count) else { return nil }
            return [nsn[..<3], nsn[3...]]
        }
        guard nsn.count == 9, nsn[0] != "0", !lead.hasPrefix("12") else { return nil }
        if nsn[0] == "6" { return [nsn[..<1], nsn[1...]] }
        if twoDigitAreas.contains(String(nsn.prefix(2))) { return split(nsn[...], [2, 3, 4]) }
        return split(nsn[...], [3, 3, 3])
    }
}
