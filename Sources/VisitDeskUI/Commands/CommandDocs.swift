import Foundation

/// The command table as text: README's key tables (a test keeps them equal) and
/// `visitdesk config keys`, both with the keys a keymap gives each command.
public enum CommandDocs {
    /// Headings of the README's tables, by the part of the name before the dot, in table order.
    static let areaTitles: [String: String] = [
        "app": "Everywhere", "pane": "Panes", "contact": "Contacts", "list": "Lists (Requests, Groups, Contacts)",
        "request": "Requests and Groups (triage: written at once, undoable)", "calendar": "Calendar",
        "view": "Detail view, problems, conflict", "card": "Contact card", "form": "Forms", "conflict": "Conflict view",
        "chooser": "Copy chooser", "lookup": "Contact lookup (`@`)", "filter": "Filter typing (`/`)",
        "prompt": "Questions (\"discard changes? y/n\")", "help": "Help (`?`)", "palette": "Palette (`:`)",
        "followup": "Follow-ups (`F`)", "programme": "Programme editor (`p`)",
        "attention": "What needs attention today (the line above the panes)",
        "sync": "Shared store: sync conflicts (`S`), what colleagues changed (`I`)",
        "arrivals": "What colleagues changed, shared store (`I`)",
    ]

    public struct Row: Sendable, Equatable {
        public var name: String
        public var keys: [String]
        public var modes: [String]
        public var help: String
        public var writes: Bool
        public var target: String
    }

    /// One row per command, in table order, with the keys `keymap` gives it.
    public static func rows(_ keymap: Keymap = .defaults) -> [Row] {
        CommandTable.all.enumerated().map { position, command in
            Row(name: command.name, keys: keymap.keysByCommand[position].map(\.name), modes: command.modes.map(\.rawValue),
                help: command.help, writes: command.writes, target: command.target.rawValue)
        }
    }

    /// Markdown tables, one per area, for README's "Keys" section.
    public static func markdown(_ keymap: Keymap = .defaults) -> String {
        var areas: [String] = []
        var byArea: [String: [Row]] = [:]
        for row in rows(keymap) {
            let area = String(row.name.split(separator: ".").first ?? "")
            if byArea[area] == nil { areas.append(area) }
            byArea[area, default: []].append(row)
        }
        var out = ""
        for area in areas {
            out += "\(areaTitles[area] ?? area):\n\n| keys | command | what it does |\n| --- | --- | --- |\n"
            for row in byArea[area] ?? [] {
                let keys = row.keys.isEmpty ? "(`:\(row.name.split(separator: ".").last ?? "")`)" : row.keys.map { "`\(cell($0))`" }.joined(separator: " ")
                out += "| \(keys) | `\(row.name)` | \(cell(row.help)) |\n"
            }
            out += "\n"
        }
        return out
    }

    /// A table cell: `|` would end the cell.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
