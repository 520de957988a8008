/// One field through a record's history in a line, as the detail view will show it:
/// `status: new → reviewing (Xina, 3 Dec) → on-hold (Jiaman, 4 Dec)`.
public enum FieldTimeline {
    public static func line(_ field: String, in changes: [RecordChange]) -> String? {
        var text = ""
        for change in changes {
            guard let step = change.changes.first(where: { $0.field == field }) else { continue }
            if text.isEmpty { text = "\(field): \(step.before ?? "(none)")" }
            text += " → \(step.after ?? "(removed)") (\(change.author), \(shortDate(change.shownDate)))"
        }
        return text.isEmpty ? nil : text
    }

    /// "3 Dec 2026 19:42" → "3 Dec".
    static func shortDate(_ shown: String) -> String {
        shown.split(separator: " ").prefix(2).joined(separator: " ")
    }
}
