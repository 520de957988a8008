#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The dashboard on a store it cannot write, and on a disk that fills up while it runs. Both need
/// root (mount); elsewhere they print why they were skipped and pass without checking.
@Suite(.serialized) struct ReadOnlyEndToEndTests {
    @Test func aReadOnlyMountShowsTheBannerAndWritingKeysExplain() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        guard Mount.run(["--bind", store, store]) else {
            print("skipped: bind mounts are not permitted here")
            return
        }
        defer { _ = Mount.run(["-l", store], program: "/bin/umount") }
        try #require(Mount.run(["-o", "remount,ro,bind", store]))
        let before = try Self.files(store)

        let tmux = try TmuxSession.shell()
        defer { tmux.kill() }
        try tmux.waitFor(TmuxSession.prompt)
        try tmux.type("'\(VisitDeskCLI.binary)' --store '\(store)' --today 2026-11-25")
        let screen = try tmux.waitFor("read-only store")
        #expect(screen.contains("┌ Requests"), "the records are all there to read")
        #expect(screen.contains("Guangzhou Solid Waste Office"))
        #expect(try Self.bannerIsStyledApart(tmux.captureStyled()), "the banner is drawn in its own (error) colours")

        try tmux.send("r")
        try tmux.waitFor("the store is read-only")
        try tmux.send("d")
        try tmux.waitFor("the store is read-only")
        #expect(!(try tmux.capture()).contains("decline guangzhou-solid-waste"), "no form to type into")
        try tmux.send("q")
        try tmux.waitUntil("the shell prompt after quitting") { $0.components(separatedBy: TmuxSession.prompt).count > 2 }
        #expect(try Self.files(store) == before, "nothing on the mount changed")
    }

    @Test func aDiskThatFillsUpKeepsTheTypedChangeForRetry() throws {
        let demo = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: demo) }
        let store = demo + "-tmpfs"
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: store) }
        guard Mount.run(["-t", "tmpfs", "-o", "size=1m", "tmpfs", store]) else {
            print("skipped: mounting a tmpfs is not permitted here")
            return
        }
        defer { _ = Mount.run(["-l", store], program: "/bin/umount") }
        try Subprocess.run(["cp", "-a", demo + "/.", store])
        let path = "\(store)/delegations/guangzhou-solid-waste.toml"
        let original = try String(contentsOfFile: path, encoding: .utf8)

        let tmux = try TmuxSession.shell()
        defer { tmux.kill() }
        try tmux.waitFor(TmuxSession.prompt)
        try tmux.type("'\(VisitDeskCLI.binary)' --store '\(store)' --today 2026-11-25")
        try tmux.waitUntil("the dashboard") { $0.contains("┌ Requests") && $0.contains("┘") }
        let ballast = store + "/ballast"
        _ = try? Subprocess.run(["dd", "if=/dev/zero", "of=\(ballast)", "bs=4096"])

        try tmux.send("d")
        try tmux.waitFor("decline guangzhou-solid-waste")
        try tmux.send("C-u")
        try tmux.sendText("没有空 — the plant is closed all winter")
        try tmux.send("C-s")
        var screen = try tmux.waitFor("No space left")
        #expect(screen.contains("decline guangzhou-solid-waste"), "the form is back")
        #expect(screen.contains("没有空 — the plant is closed all winter"), "with what was typed")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original, "the file is untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: store + "/delegations").allSatisfy { !$0.hasPrefix(".visitdesk-tmp") })

        try FileManager.default.removeItem(atPath: ballast)
        try tmux.send("C-s")
        screen = try tmux.waitFor("saved: decline guangzhou-solid-waste")
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.contains("status = \"declined\""))
        #expect(saved.contains("reason = \"没有空 — the plant is closed all winter\""))
        try tmux.send("q")
        try tmux.waitUntil("the shell prompt after quitting") { $0.components(separatedBy: TmuxSession.prompt).count > 2 }
    }

    /// Every file under the store with its bytes.
    static func files(_ root: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let name = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: "\(root)/\(name)") { result[name] = data }
        }
        return result
    }

    /// Whether "read-only store" on the bottom row is drawn in other colours than the text just
    /// before it (the store's name and the separator, in the plain status-bar style).
    static func bannerIsStyledApart(_ styled: String) -> Bool {
        // The separator beside the banner, before or after it: which parts share the row with the
        // banner depends on the clock's width (after midnight in Beijing it carries a weekday).
        guard let bottom = styled.split(separator: "\n").last(where: { $0.contains("read-only store") }),
              let banner = bottom.range(of: "read-only store"),
              let separator = bottom[..<banner.lowerBound].range(of: "│", options: .backwards)
                ?? bottom[banner.upperBound...].range(of: "│") else { return false }
        func style(before index: Substring.Index) -> Substring? {
            guard let escape = bottom[..<index].range(of: "\u{1B}[", options: .backwards) else { return nil }
            return bottom[escape.lowerBound...].prefix { $0 != "m" }
        }
        return style(before: banner.lowerBound) != style(before: separator.lowerBound)
    }
}

/// `mount`/`umount` as root; false where that is not permitted (not root, no privileges).
enum Mount {
    static func run(_ arguments: [String], program: String = "/bin/mount") -> Bool {
        guard getuid() == 0 else { return false }
        return (try? Subprocess.run([program] + arguments)) != nil
    }
}
