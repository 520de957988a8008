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

/// A record's history in a few lines: the last change and each field's timeline, most recently
/// changed field first (at most `limit`), for the detail view and contact card.
public struct HistoryDigest: Sendable, Equatable {
    public var lastChange: String
    public var fields: [String]
    public var changes: Int
    public var people: Int

    /// nil when no commit changed the file.
    public init?(_ changes: [RecordChange], limit: Int = 8) {
        guard let last = changes.last else { return nil }
        lastChange = "\(last.author), \(last.shownDate) — \(last.summary)"
        self.changes = changes.count
        people = Set(changes.map(\.email)).count
        var order: [String] = []
        for change in changes.reversed() {
            for field in change.changes.map(\.field) where !order.contains(field) && !field.hasPrefix("(") { order.append(field) }
        }
        fields = order.prefix(limit).compactMap { FieldTimeline.line($0, in: changes) }
    }
}
