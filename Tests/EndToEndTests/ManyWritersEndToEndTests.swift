#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Two real dashboards on one store and a script saving files the way sync tools and editors do
/// (write a hidden file, rename it over the record), all at once, many rounds. Nothing a writer
/// did may vanish: each change is on disk, or the dashboard that made it showed a conflict; and
/// both screens agree on the records within a second of the last change.
@Suite(.serialized) struct ManyWritersEndToEndTests {
    /// Request rows the two dashboards change: A's, B's, and the script's own.
    static let recordA = ("wuxi-water-tech", "Wuxi Water Technology Group")
    static let recordB = ("foshan-motorhome-makers", "Foshan RV Manufacturers")
    static let recordScript = ("qingdao-banking", "Qingdao Bank Managers")
    static let rounds = 30

    @Test func twoDashboardsAndAScriptNeverLoseAChange() throws {
        let writers = try TwoDashboards()
        defer { writers.close() }
        let (a, b, store) = (writers.a, writers.b, writers.store)
        // Put each dashboard's cursor on its own record (rows sorted by date received).
        try moveCursor(a, to: Self.recordA.1)
        try moveCursor(b, to: Self.recordB.1)
        var conflictsShown = 0

        for round in 1...Self.rounds {
            try waitUntilBoth(writers, show: "new", for: [Self.recordA.1, Self.recordB.1])
            // Every third round the script changes B's record just before B's key: B may not have
            // reloaded yet, and must then either merge onto the script's version or show a conflict.
            let raceB = round % 3 == 0
            if raceB { try ScriptWriter.renameSave(store, Self.recordB.0) { $0.replacingOccurrences(of: #"size = \d+"#, with: "size = \(round)", options: .regularExpression) } }
            try a.send("r")
            try b.send("r")
            try ScriptWriter.renameSave(store, Self.recordScript.0) { $0.replacingOccurrences(of: #"size = \d+"#, with: "size = \(100 + round)", options: .regularExpression) }

            try waitForDisk("A's status change, round \(round)") { ScriptWriter.read(store, Self.recordA.0).contains(#"status = "reviewing""#) }
            let bOutcome = try waitForOutcome(of: b, store: store, id: Self.recordB.0, round: round)
            #expect(raceB || bOutcome == .written, "round \(round): a conflict with no other writer on the file")
            if bOutcome == .conflict {
                conflictsShown += 1
                try b.send("d")
                // A reload's message may replace "kept the disk's version" at once; the view closing is what counts.
                try b.waitUntil("the conflict view to close") { !$0.contains("Conflict · ") }
            }
            let fileB = ScriptWriter.read(store, Self.recordB.0)
            if raceB {
                #expect(fileB.contains("size = \(round)\n"), "round \(round): the script's size on B's record survives B's save:\n\(fileB)")
            }
            #expect(ScriptWriter.read(store, Self.recordScript.0).contains("size = \(100 + round)\n"))

            // Arm the next round: the script puts both records back to new.
            for id in [Self.recordA.0, Self.recordB.0] {
                try ScriptWriter.renameSave(store, id) { $0.replacingOccurrences(of: #"status = "reviewing""#, with: #"status = "new""#) }
            }
        }

        // The last change was the script's reset: both screens must agree within a second.
        let lastChange = Date()
        let deadline = lastChange.addingTimeInterval(5)
        var rowsA: [String] = [], rowsB: [String] = []
        repeat {
            rowsA = RequestRows.of(try a.capture())
            rowsB = RequestRows.of(try b.capture())
            if rowsA == rowsB, Self.showFinalState(rowsA) { break }
            usleep(20_000)
        } while Date() < deadline
        let settled = Date().timeIntervalSince(lastChange)
        print("many writers: \(Self.rounds) rounds, \(conflictsShown) conflicts shown, screens agreed \(Int(settled * 1000)) ms after the last change")
        #expect(rowsA == rowsB, "both dashboards show the same requests:\nA:\n\(rowsA.joined(separator: "\n"))\nB:\n\(rowsB.joined(separator: "\n"))")
        #expect(rowsA.count == 14, "the header and 13 requests")
        #expect(Self.showFinalState(rowsA), "the last changes are on screen")
        #expect(settled < 1.0, "screens agreed \(settled) s after the last change")
    }

    /// What the store holds after the last round: the script's size, A's and B's records reset to new.
    static func showFinalState(_ rows: [String]) -> Bool {
        rows.contains { $0.contains(recordScript.1) && $0.contains(" \(100 + rounds) ") }
            && [recordA.1, recordB.1].allSatisfy { title in rows.contains { $0.hasPrefix("new ") && $0.contains(title) } }
    }

    enum Outcome { case written, conflict }

    /// B's status change either reached the file or B shows the conflict view.
    private func waitForOutcome(of b: TmuxSession, store: String, id: String, round: Int) throws -> Outcome {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if ScriptWriter.read(store, id).contains(#"status = "reviewing""#) { return .written }
            if try b.capture().contains("Conflict · reviewing \(id)") { return .conflict }
            usleep(20_000)
        }
        throw TmuxError(description: "round \(round): B's change is neither on disk nor shown as a conflict; B shows:\n\(try b.capture())\nfile:\n\(ScriptWriter.read(store, id))")
    }

    private func waitForDisk(_ what: String, _ check: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(5)
        while !check() {
            guard Date() < deadline else { throw TmuxError(description: "timed out waiting for \(what)") }
            usleep(20_000)
        }
    }

    private func waitUntilBoth(_ writers: TwoDashboards, show status: String, for titles: [String]) throws {
        for session in [writers.a, writers.b] {
            try session.waitUntil("\(titles) shown as \(status)") { screen in
                let rows = RequestRows.of(screen)
                return titles.allSatisfy { title in rows.contains { $0.hasPrefix(status + " ") && $0.contains(title) } }
            }
        }
    }

    /// Presses Down until the pane's footer (`└ 10/13`) says the row holding `title` is selected.
    private func moveCursor(_ session: TmuxSession, to title: String) throws {
        let rows = RequestRows.of(try session.capture()).dropFirst()
        guard let index = rows.firstIndex(where: { $0.contains(title) }) else { throw TmuxError(description: "no row \(title)") }
        let position = index - rows.startIndex + 1
        for _ in 1..<position { try session.send("Down") }
        try session.waitFor("└ \(position)/\(rows.count) ")
    }
}

/// The Requests pane's rows (header included), each the text between the pane's borders.
enum RequestRows {
    static func of(_ screen: String) -> [String] {
        var rows: [String] = []
        for line in screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.hasPrefix("└") { break }
            let cells = line.split(separator: "│", omittingEmptySubsequences: false)
            guard cells.count > 1 else { break }
            let row = cells[1].trimmingCharacters(in: .whitespaces)
            if !row.isEmpty { rows.append(row) }
        }
        return rows
    }
}

/// A script saving records as sync tools and many editors do: read, change, write a hidden file
/// beside the record, rename it over the record.
enum ScriptWriter {
    static func path(_ store: String, _ id: String) -> String { "\(store)/delegations/\(id).toml" }

    static func read(_ store: String, _ id: String) -> String {
        (try? String(contentsOfFile: path(store, id), encoding: .utf8)) ?? ""
    }

    static func renameSave(_ store: String, _ id: String, _ change: (String) -> String) throws {
        let target = path(store, id)
        let hidden = "\(store)/delegations/.\(id).script-tmp"
        try change(read(store, id)).write(toFile: hidden, atomically: false, encoding: .utf8)
        guard rename(hidden, target) == 0 else { throw TmuxError(description: "rename over \(target) failed: errno \(errno)") }
    }
}

/// One demo store, two dashboards on it, each in its own tmux server.
final class TwoDashboards {
    let store: String
    let a: TmuxSession
    let b: TmuxSession

    init() throws {
        let binary = VisitDeskCLI.binary
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TmuxError(description: "no visitdesk binary at \(binary): run `swift build` first or set VISITDESK_BIN")
        }
        store = try VisitDeskCLI.demoStore()
        a = try TmuxSession.shell()
        b = try TmuxSession.shell()
        for session in [a, b] {
            try session.waitFor(TmuxSession.prompt)
            try session.type("'\(binary)' --store '\(store)' --today 2026-11-25")
        }
        for session in [a, b] {
            try session.waitUntil("the dashboard") { $0.contains("┌ Requests") && $0.contains("┘") }
        }
    }

    func close() {
        a.kill()
        b.kill()
        try? FileManager.default.removeItem(atPath: store)
    }
}
