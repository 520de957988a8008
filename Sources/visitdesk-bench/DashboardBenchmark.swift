import Foundation

/// `visitdesk-bench dashboard [--delegations N] [--idle SECONDS]`: the real release binary in
/// tmux at 120x40 on a generated store — start to first full frame (cold: no start-up cache;
/// warm: with it), a file changed on disk to the updated frame, resident memory, idle CPU.
/// Includes tmux's capture latency (a few ms), so the figures are what a person would see.
enum DashboardBenchmark {
    static func run(_ arguments: [String]) {
        let delegations = Int(Bench.option("--delegations", in: arguments) ?? "") ?? 10_000
        let idleSeconds = Int(Bench.option("--idle", in: arguments) ?? "") ?? 60
        let root = Bench.scratch("store-\(delegations)")
        SyntheticStore.ensure(at: root, delegations: delegations, contacts: delegations * 2)
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("visitdesk").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("build the binary first: swift build -c release --product visitdesk")
            exit(2)
        }
        let catCommand = "cd '\(root)' && find delegations contacts -name '*.toml' -exec cat {} + > /dev/null"
        _ = Bench.shell(catCommand)
        let catTime = Bench.median((0..<3).map { _ in Bench.shell(catCommand) })
        print("store: \(delegations) delegations, \(delegations * 2) contacts; cat over the files: \(Bench.ms(catTime))")

        let cacheHome = root + "-xdg-cache"
        try? FileManager.default.removeItem(atPath: cacheHome)
        var cold: [Double] = []
        for _ in 0..<3 {
            let session = Tmux(command: "env VISITDESK_NO_CACHE=1 TERM=xterm-256color '\(binary)' --store '\(root)'")
            cold.append(session.waitFor("┌ Requests", andThen: "Stockholm"))
            session.kill()
        }
        print("first full frame, cold (every file parsed): median \(Bench.ms(Bench.median(cold))) of \(cold.map { Bench.ms($0) }.joined(separator: ", "))")

        // One run to write the cache, then wait out the racy window so every entry is trusted.
        let writer = Tmux(command: "env XDG_CACHE_HOME='\(cacheHome)' TERM=xterm-256color '\(binary)' --store '\(root)'")
        _ = writer.waitFor("┌ Requests", andThen: "Stockholm")
        writer.send("q")
        Thread.sleep(forTimeInterval: 3)
        writer.kill()
        var warm: [Double] = []
        var session: Tmux?
        for round in 0..<3 {
            let run = Tmux(command: "env XDG_CACHE_HOME='\(cacheHome)' TERM=xterm-256color '\(binary)' --store '\(root)'")
            warm.append(run.waitFor("┌ Requests", andThen: "Stockholm"))
            if round == 2 { session = run } else { run.kill() }
        }
        print("first full frame, warm (start-up cache): median \(Bench.ms(Bench.median(warm))) of \(warm.map { Bench.ms($0) }.joined(separator: ", ")); ratio to cat \(String(format: "%.2f", Bench.median(warm) / catTime))x")
        guard let session else { return }

        // An outside change: a new request received long ago sorts to the top of Requests.
        var changes: [Double] = []
        for round in 0..<10 {
            let path = root + "/delegations/bench-change-\(round).toml"
            let title = "Bench change \(round)"
            let start = DispatchTime.now().uptimeNanoseconds
            try? "title = \"\(title)\"\nstatus = \"new\"\nreceived = 1990-01-0\(round % 9 + 1)\n".write(toFile: path, atomically: true, encoding: .utf8)
            changes.append(session.waitFor(title, since: start))
        }
        print("file changed on disk -> frame showing it: median \(Bench.ms(Bench.median(changes))), max \(Bench.ms(changes.max() ?? 0))")
        for round in 0..<10 { try? FileManager.default.removeItem(atPath: root + "/delegations/bench-change-\(round).toml") }

        let pid = session.panePID()
        Thread.sleep(forTimeInterval: 1)
        print("resident memory: \(processMemoryKB(pid, "VmRSS") / 1024) MB (peak \(processMemoryKB(pid, "VmHWM") / 1024) MB)")
        // The session hands free memory back 3 s after the disk goes quiet; what stays is what a
        // dashboard left open holds.
        Thread.sleep(forTimeInterval: 4)
        print("resident memory 5 s after the last change: \(processMemoryKB(pid, "VmRSS") / 1024) MB (peak \(processMemoryKB(pid, "VmHWM") / 1024) MB)")
        let before = cpuTicks(pid)
        Thread.sleep(forTimeInterval: Double(idleSeconds))
        let after = cpuTicks(pid)
        print("idle for \(idleSeconds) s: \(after - before) CPU ticks (1 tick = 10 ms)")
        session.kill()
    }

    static func processMemoryKB(_ pid: Int, _ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
        }
        return 0
    }

    /// utime + stime from /proc/PID/stat (fields 14 and 15, after the parenthesised name).
    static func cpuTicks(_ pid: Int) -> Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }
}

/// A private tmux server running one command at 120x40.
final class Tmux {
    let socket = "visitdesk-bench-\(UInt32.random(in: 0...UInt32.max))"
    let started: UInt64

    init(command: String) {
        started = DispatchTime.now().uptimeNanoseconds
        tmux(["-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", command], capture: false)
    }

    /// Runs tmux with posix_spawn and waitpid: Foundation's Process sometimes never notices that
    /// a tmux client exited once the client has forked the server. `capture: false` for commands
    /// that may start the server, which would otherwise inherit the output pipe and hold it open.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) -> String {
        let argv = ["/usr/bin/tmux", "-L", socket] + arguments
        var fds: [Int32] = [-1, -1]
        if capture { _ = pipe(&fds) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ) == 0 else { return "" }
        var output: [UInt8] = []
        if capture {
            close(fds[1])
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
                if count <= 0 { break }
                output += buffer[0..<count]
            }
            close(fds[0])
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Seconds from `since` (default: the session's start) until the pane shows every text.
    func waitFor(_ text: String, andThen other: String? = nil, since: UInt64? = nil, timeout: Double = 30) -> Double {
        let origin = since ?? started
        while Double(DispatchTime.now().uptimeNanoseconds - origin) / 1e9 < timeout {
            let screen = tmux(["capture-pane", "-p"])
            if screen.contains(text) && (other.map { screen.contains($0) } ?? true) {
                return Double(DispatchTime.now().uptimeNanoseconds - origin) / 1e9
            }
            Thread.sleep(forTimeInterval: 0.002)
        }
        return timeout
    }

    func send(_ keys: String...) { tmux(["send-keys"] + keys) }
    func panePID() -> Int { Int(tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 }
    /// Ends the session and waits until the program has exited: a dashboard that quits on
    /// SIGHUP still writes its start-up cache and calendar feed, and a next run started meanwhile
    /// would share the two cores with that work and measure it.
    func kill() {
        let pid = panePID()
        tmux(["kill-server"], capture: false)
        let deadline = DispatchTime.now().uptimeNanoseconds + 30_000_000_000
        while pid > 0, FileManager.default.fileExists(atPath: "/proc/\(pid)"), DispatchTime.now().uptimeNanoseconds < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
    }
}
