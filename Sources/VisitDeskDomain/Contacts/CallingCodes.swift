/// ITU country calling codes are prefix-free: `1` and `7` stand alone, a fixed set of two-digit
/// codes is assigned, and every other code has three digits. That rule finds where the country
/// code ends without a table of all 200-odd codes.
enum CallingCodes {
    private static let twoDigit: Set<String> = [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
        "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
        "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ]

    /// The calling code at the start of an international number's digits, or nil when none can be.
    static func split(_ digits: String) -> String? {
        guard let first = digits.first, first != "0" else { return nil }
        if first == "1" || first == "7" { return String(first) }
        let two = String(digits.prefix(2))
        if twoDigit.contains(two) { return two }
        return digits.count >= 3 ? String(digits.prefix(3)) : nil
    }
}
