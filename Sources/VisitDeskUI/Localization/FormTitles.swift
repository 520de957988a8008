/// A form's title and the matching undo step stay in English in the state (`decline beijing-bank`,
/// which also names the step in a shared store's commit); what is shown is translated here: the
/// verb at the start, then the record's id or `3 records` as it stands.
enum FormTitles {
    /// Every verb a form title or undo label starts with, longest first so `edit contact` wins over `edit`.
    static let verbs: [String] = [
        Localization.key("accept"), Localization.key("put on hold"), Localization.key("decline"), Localization.key("cancel"),
        Localization.key("mark visited"), Localization.key("set owner of"), Localization.key("interests of"),
        Localization.key("new request"), Localization.key("edit"), Localization.key("new contact"), Localization.key("edit contact"),
        Localization.key("add slot to"), Localization.key("edit slot of"), Localization.key("follow-up for"),
        Localization.key("reviewing"), Localization.key("reopen"), Localization.key("delete slot"), Localization.key("duplicate slot to"), Localization.key("keep mine:"),
        Localization.key("follow-up done"), Localization.key("values for"),
    ].sorted { $0.count > $1.count }

    static func translated(_ title: String, _ l10n: Localization) -> String {
        guard l10n.language != .en else { return title }
        for verb in verbs where title == verb || title.hasPrefix(verb + " ") {
            let rest = title.dropFirst(verb.count).drop { $0 == " " }
            let words = rest.split(separator: " ")
            let object = words.count == 2 && words[1] == "records" && Int(words[0]) != nil
                ? l10n.format("%d records", Int(words[0])!) : String(rest)
            return object.isEmpty ? l10n.text(verb) : l10n.text(verb) + " " + object
        }
        return title
    }
}
