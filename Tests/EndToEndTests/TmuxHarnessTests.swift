import Foundation
import Testing

/// The harness itself, against a plain shell: if these fail, the dashboard tests cannot be
/// trusted either way.
struct TmuxHarnessTests {
    @Test func typedCommandsShowUpOnTheCapturedScreen() throws {
        let tmux = try TmuxSession.shell(width: 60, height: 10)
        try tmux.waitFor(TmuxSession.prompt)
        try tmux.type("echo harness-$((6 * 7))")
        try tmux.waitFor("harness-42")
        let rows = try tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count >= 10, "capture-pane returns every row of the 60x10 window")
    }

    @Test func waitingForTextThatNeverAppearsFailsWithTheScreen() throws {
        let tmux = try TmuxSession.shell(width: 60, height: 10)
        try tmux.waitFor(TmuxSession.prompt)
        let start = Date()
        do {
            try tmux.waitFor("never-shown", timeout: 0.3)
            Issue.record("waitFor should have thrown")
        } catch let error as TmuxError {
            #expect(error.description.contains(TmuxSession.prompt), "the error shows the last screen")
        }
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func killingTheSessionStopsItsServer() throws {
        let tmux = try TmuxSession.shell(width: 60, height: 10)
        try tmux.waitFor(TmuxSession.prompt)
        tmux.kill()
        #expect(throws: (any Error).self) { try tmux.capture() }
    }

    @Test func resizingTheWindowChangesWhatTheProgramSees() throws {
        let tmux = try TmuxSession.shell(width: 120, height: 40)
        try tmux.waitFor(TmuxSession.prompt)
        try tmux.resize(width: 80, height: 24)
        try tmux.type("stty size")
        try tmux.waitFor("24 80")
    }
}
