import Foundation

/// A phone number's kind, kept in the file in front of the number (`fax: +46 8 123 456 78`): the
/// store's `phones` is a list of text, people read it, and `PhoneNumber` already skips a label
/// written before the digits. Mobile and work numbers, the usual ones, carry no label.
enum PhoneLabel {
    static func join(label: String?, number: String) -> String {
        guard let label, !label.isEmpty else { return number }
        return "\(label): \(number)"
    }

    /// `("fax", "+46 8 123 456 78")` from `fax: +46 8 123 456 78`; nil label when there is none.
    static func split(_ written: String) -> (label: String?, number: String) {
        guard let colon = written.firstIndex(of: ":") else { return (nil, written) }
        let label = written[..<colon].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, label.allSatisfy({ $0.isLetter || $0 == " " }) else { return (nil, written) }
        return (label.lowercased(), written[written.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    /// The vCard TYPE for a label and number (`FAX`, `PAGER`, `HOME,VOICE`, `CELL`, `WORK,VOICE`).
    static func vCardType(label: String?, mobile: Bool) -> String {
        switch label {
        case "fax": return "FAX"
        case "home fax": return "HOME,FAX"
        case "pager": return "PAGER"
        case "home": return mobile ? "HOME,CELL" : "HOME,VOICE"
        default: return mobile ? "CELL" : "WORK,VOICE"
        }
    }
}

extension PhoneLabel {
    /// A label as address books write it (`Work Fax`, `_$!<HomeFAX>!$_`, `* Mobile`, `Växel`) as
    /// the file's label: fax, home fax, pager, home, a custom word kept lower-cased, or nil for the
    /// usual kinds (mobile, work, main), which need none.
    static func normalised(_ written: String) -> String? {
        var text = written.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("_$!<") && text.hasSuffix(">!$_") { text = String(text.dropFirst(4).dropLast(4)) }
        if text.hasPrefix("*") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
        let kind = text.lowercased()
        if kind.contains("fax") { return kind.contains("home") ? "home fax" : "fax" }
        if kind.contains("pager") { return "pager" }
        if kind == "home" { return "home" }
        if ["", "mobile", "cell", "work", "main", "other", "iphone", "voice", "pref", "business"].contains(kind) || kind.contains("mobile") {
            return nil
        }
        let words = kind.filter { $0.isLetter || $0 == " " }.trimmingCharacters(in: .whitespaces)
        return words.isEmpty || words.count > 30 ? nil : words
    }
}

/// The label an imported TEL gets from its TYPE parameters, or from iOS's `itemN.X-ABLabel`.
enum VCardPhoneLabel {
    static func label(types: Set<String>, groupLabel: String?) -> String? {
        if let groupLabel { return PhoneLabel.normalised(groupLabel) }
        if types.contains("FAX") { return types.contains("HOME") ? "home fax" : "fax" }
        if types.contains("PAGER") { return "pager" }
        if types.contains("HOME") && !types.contains("CELL") { return "home" }
        return nil
    }

    /// `X-ABLabel` text by group (`item1` → `_$!<HomeFAX>!$_`).
    static func groupLabels(_ properties: [VCardProperty]) -> [String: String] {
        var labels: [String: String] = [:]
        for property in properties where property.name == "X-ABLABEL" {
            if let group = property.group { labels[group] = property.value }
        }
        return labels
    }
}
