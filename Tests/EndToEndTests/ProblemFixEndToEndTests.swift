import Foundation
import Testing

/// A typo saved by hand hides a record; the problems list opens the file at the reported line in
/// the editor (here a script called `vi` that records its arguments and fixes the line with sed),
/// and once the file is saved the problem is gone and the record is back.
@Suite(.serialized) struct ProblemFixEndToEndTests {
    @Test func aBrokenFileIsFixedFromTheProblemsList() throws {
        let bin = NSTemporaryDirectory() + "visitdesk-editor-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: bin) }
        let script = """
            #!/bin/sh
            # A stand-in editor: note how it was called, then fix the typo in the file (the last argument).
            for last; do :; done
            printf '%s\\n' "$@" > '\(bin)/arguments'
            sed -i 's/^size = 6 people$/size = 6/' "$last"
            """
        try script.write(toFile: "\(bin)/vi", atomically: true, encoding: .utf8)
        chmod("\(bin)/vi", 0o755)

        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "VISUAL= EDITOR='\(bin)/vi'")
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let path = "\(store)/delegations/shandong-water-group.toml"
        let good = try String(contentsOfFile: path, encoding: .utf8)
        let line = try #require(good.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "size = 6")) + 1
        // A typo saved behind the dashboard's back: the watcher hides the record and reports it.
        try good.replacingOccurrences(of: "\nsize = 6\n", with: "\nsize = 6 people\n").write(toFile: path, atomically: true, encoding: .utf8)
        try tmux.waitFor("1 problem (!)")
        try tmux.send("!")
        let list = try tmux.waitFor("Problems (1)")
        #expect(list.contains("delegations/shandong-water-group.toml:\(line): “Shandong Water Group” is not shown"))
        try tmux.send("Enter")
        try tmux.waitFor("The store has no problems.")
        let arguments = try String(contentsOfFile: "\(bin)/arguments", encoding: .utf8)
        #expect(arguments == "+\(line)\n\(path)\n", "vi is told the line")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == good)
        try tmux.send("Escape")
        try tmux.waitFor("┌ Groups")
        try tmux.send("2")
        try tmux.waitFor("Shandong Water Group")
        try tmux.send("u")
        try tmux.waitFor("undid: edit delegations/shandong-water-group.toml in the editor")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("size = 6 people"), "u puts the typo back, as after E")
    }
}
