import Foundation

/// Folds a contact read from another program's file into the one the store has, field by field.
///
/// The store is the coordinator's work: an import may add what it knows and we lack, but it
/// never removes a value. A list (phones, emails, languages, topics, tags) gains the entries it
/// lacks — compared the way people mean them (`+46 72 039 01 71` is `072-039 01 71`, e-mail
/// case does not matter); a single value we lack is filled in; a single value that differs is
/// ours unless the caller prefers the incoming one, and either way the difference is reported.
public enum ContactMerge {
    public enum Preference: String, Sendable, CaseIterable {
        case ours, incoming
    }

    /// What happened to one field.
    public struct Change: Hashable, Sendable {
        public enum Kind: String, Sendable {
            /// We had no value (or not this list entry) and now have the incoming one.
            case added
            /// Ours differed and the incoming value replaced it (`--prefer incoming`).
            case changed
            /// Ours differed and was kept; the incoming value is shown so nothing passes silently.
            case kept
        }

        public var field: String
        public var kind: Kind
        /// Ours before the merge (nil when we had none).
        public var ours: String?
        public var incoming: String

        public init(field: String, kind: Kind, ours: String?, incoming: String) {
            self.field = field
            self.kind = kind
            self.ours = ours
            self.incoming = incoming
        }
    }

    /// The merged contact (id always ours) and every field the incoming record had something to say about.
    public static func merge(_ incoming: Contact, into ours: Contact, prefer: Preference = .ours) -> (contact: Contact, changes: [Change]) {
        var merged = ours
        var changes: [Change] = []

        func single(_ field: String, _ keyPath: WritableKeyPath<Contact, String?>, same: (String, String) -> Bool = { $0 == $1 }) {
            guard let theirs = incoming[keyPath: keyPath]?.trimmingCharacters(in: .whitespaces), !theirs.isEmpty else { return }
            guard let mine = ours[keyPath: keyPath], !mine.trimmingCharacters(in: .whitespaces).isEmpty else {
                merged[keyPath: keyPath] = theirs
                changes.append(Change(field: field, kind: .added, ours: nil, incoming: theirs))
                return
            }
            if same(mine, theirs) { return }
            if prefer == .incoming {
                merged[keyPath: keyPath] = theirs
                changes.append(Change(field: field, kind: .changed, ours: mine, incoming: theirs))
            } else {
                changes.append(Change(field: field, kind: .kept, ours: mine, incoming: theirs))
            }
        }

        func list<List: RangeReplaceableCollection<String>>(_ field: String, _ keyPath: WritableKeyPath<Contact, List>, keys: (String) -> [String]) {
            var known = Set(merged[keyPath: keyPath].flatMap(keys))
            for value in incoming[keyPath: keyPath] {
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                let valueKeys = keys(trimmed)
                guard !trimmed.isEmpty, !valueKeys.contains(where: known.contains) else { continue }
                known.formUnion(valueKeys)
                merged[keyPath: keyPath].append(trimmed)
                changes.append(Change(field: field, kind: .added, ours: nil, incoming: trimmed))
            }
        }

        // The name is required, so ours is never empty; it is compared ignoring case and spacing.
        if !incoming.name.isEmpty, MergeKeys.text(incoming.name) != MergeKeys.text(ours.name) {
            if prefer == .incoming {
                merged.name = incoming.name
                changes.append(Change(field: "name", kind: .changed, ours: ours.name, incoming: incoming.name))
            } else {
                changes.append(Change(field: "name", kind: .kept, ours: ours.name, incoming: incoming.name))
            }
        }
        single("name_zh", \.nameZh)
        single("country", \.country) { $0.uppercased() == $1.uppercased() }
        single("organisation", \.organisation) { MergeKeys.text($0) == MergeKeys.text($1) }
        single("organisation_zh", \.organisationZh) { MergeKeys.text($0) == MergeKeys.text($1) }
        single("role", \.role) { MergeKeys.text($0) == MergeKeys.text($1) }
        // The country that reads our numbers is ours after the merge (a number without `+` means
        // the person's own country).
        let country = merged.country
        list("phones", \.phones) { MergeKeys.phone($0, country: country) }
        list("emails", \.emails) { [MergeKeys.email($0)] }
        single("wechat", \.wechat)
        list("languages", \.languages) { [$0.lowercased()] }
        list("topics", \.topics) { [$0.lowercased()] }
        list("tags", \.tags) { [$0.lowercased()] }
        single("pinyin", \.pinyin)
        single("uid", \.uid)
        mergeNotes(incoming.notes, into: &merged, changes: &changes)
        return (merged, changes)
    }

    /// Notes are free text written by people on both sides: an incoming note we do not already
    /// hold is appended on a line of its own, never swapped for ours.
    private static func mergeNotes(_ theirs: String, into merged: inout Contact, changes: inout [Change]) {
        let note = theirs.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty, !merged.notes.contains(note) else { return }
        merged.notes = merged.notes.isEmpty ? note : merged.notes + "\n" + note
        changes.append(Change(field: "notes", kind: .added, ours: nil, incoming: note))
    }
}

/// Comparison keys: two values with the same key are the same value written differently.
public enum MergeKeys {
    /// Lower case, runs of white space as one space.
    public static func text(_ value: String) -> String {
        value.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public static func email(_ value: String) -> String {
        var address = value.trimmingCharacters(in: .whitespaces).lowercased()
        if address.hasPrefix("mailto:") { address.removeFirst(7) }
        return address
    }

    /// Keys of a phone number; two numbers sharing one are the same number. The E.164 form when
    /// it is understood, and the national significant digits (no country code, no trunk 0), so a
    /// number written without `+` for a contact without a country still meets its `+` form.
    public static func phone(_ value: String, country: String?) -> [String] {
        let number = PhoneNumber(value, defaultCountry: country)
        let ext = number.extensionDigits.map { "x" + $0 } ?? ""
        if let e164 = number.e164 {
            let digits = String(e164.dropFirst())
            let code = CallingCodes.split(digits) ?? ""
            return [e164 + ext, "n" + digits.dropFirst(code.count) + ext]
        }
        let text = PhoneText(value)
        guard !text.mainDigits.isEmpty else { return [self.text(value)] }
        var national = Substring(text.mainDigits)
        while national.first == "0" { national = national.dropFirst() }
        return ["n" + national + ext]
    }
}
