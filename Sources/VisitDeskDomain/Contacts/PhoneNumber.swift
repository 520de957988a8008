/// A phone number kept exactly as a person wrote it, plus what VisitDesk understood of it.
///
/// People write numbers in every shape (`072-039 01 71`, `+46 (0)8 123 456 78`, `0311 8765 4321`),
/// and the file must keep that shape; dialling and search need one canonical form. When the
/// number cannot be understood with confidence, `e164` is nil and the card shows it as written.
public struct PhoneNumber: Hashable, Sendable, CustomStringConvertible {
    public let written: String
    /// `+46720390171`; nil when the number could not be understood.
    public let e164: String?
    /// Every digit in `written`, in order, whatever the formatting: what search matches against.
    public let digits: String
    /// `+46 72 039 01 71`, grouped as the country writes it, for display; nil when not understood.
    public let international: String?
    /// The form dialled inside the country (`0720390171`, `13800138000`), for search; nil when
    /// not understood or not a Swedish or Chinese number.
    public let national: String?
    /// Digits after `ext`, `x`, `#` or `ankn`, which E.164 has no room for.
    public let extensionDigits: String?

    /// - Parameter defaultCountry: the contact's country (ISO code such as `SE`, `CN`), which says
    ///   how a number without `+` or `00` is meant. Unknown countries leave such numbers not understood.
    public init(_ written: String, defaultCountry: String?) {
        self.written = written
        let text = PhoneText(written)
        digits = text.allDigits
        extensionDigits = text.extensionDigits
        guard let parsed = PhoneNumber.understand(text, defaultCountry: defaultCountry?.uppercased()) else {
            e164 = nil
            international = nil
            national = nil
            return
        }
        e164 = "+" + parsed.countryCode + parsed.nationalNumber
        let ext = text.extensionDigits.map { " ext. \($0)" } ?? ""
        international = "+" + parsed.countryCode + " " + parsed.grouped + ext
        national = parsed.nationalForm
    }

    public var isUnderstood: Bool { e164 != nil }

    public var description: String { written }

    /// The number split as a national numbering plan sees it.
    struct Parsed {
        var countryCode: String
        /// National significant number: without trunk prefix or country code.
        var nationalNumber: String
        var grouped: String
        var nationalForm: String?
    }

    private static func understand(_ text: PhoneText, defaultCountry: String?) -> Parsed? {
        guard text.isWellFormed, !text.mainDigits.isEmpty else { return nil }
        let digits = text.mainDigits
        if text.hasPlus { return international(digits, text: text) }
        if digits.hasPrefix("00") { return international(String(digits.dropFirst(2)), text: text) }
        guard let plan = NumberingPlan(country: defaultCountry) else { return nil }
        if plan.hasTrunkZero, digits.hasPrefix("0") { return plan.parse(nationalNumber: String(digits.dropFirst())) }
        if let direct = plan.parseWithoutTrunkPrefix(digits) { return direct }
        // `46 72 039 01 71`: the country code written without `+`.
        if digits.hasPrefix(plan.countryCode) {
            return plan.parse(nationalNumber: String(digits.dropFirst(plan.countryCode.count)))
        }
        return nil
    }

    private static func international(_ digits: String, text: PhoneText) -> Parsed? {
        guard let code = CallingCodes.split(digits) else { return nil }
        var rest = String(digits.dropFirst(code.count))
        if let plan = NumberingPlan(callingCode: code) {
            // `+46 (0)8 …` is standard and `+46 08 …` a common slip: the trunk 0 is never dialled.
            if plan.hasTrunkZero, rest.hasPrefix("0") { rest.removeFirst() }
            return plan.parse(nationalNumber: rest)
        }
        guard (7...15).contains(digits.count), rest.count >= 4 else { return nil }
        return Parsed(countryCode: code, nationalNumber: rest,
                      grouped: text.groupsAfter(digitCount: code.count), nationalForm: nil)
    }
}
