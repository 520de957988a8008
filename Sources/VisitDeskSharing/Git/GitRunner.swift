import Foundation

/// What one git call gave back.
public struct GitResult: Sendable {
    public var status: Int32
    public var output: [UInt8]
    public var errors: String

    public var succeeded: Bool { status == 0 }
    /// Standard output as text, without the final newline.
    public var text: String {
        var text = String(decoding: output, as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

/// Runs git as a subprocess with its behaviour pinned on every call, so a coordinator's own
/// settings (a pager, `pull.rebase`, colour, a credential prompt, a different language) never
/// change what VisitDesk does or reads. Foundation's `Process` is enough here: git is a short
/// synchronous child with no terminal; output goes to temporary files, so a large log cannot
/// fill a pipe and block the child.
public struct GitRunner: Sendable {
    /// The repository's work tree (the store folder).
    public let directory: String
    /// The program to run for `%O %A %B %P` merges (this binary's `merge-driver`), set with `-c`.
    public let driverCommand: String?
    /// Extra environment (tests point GIT_CONFIG_GLOBAL at their own file here).
    public let environment: [String: String]

    public init(directory: String, driverCommand: String? = GitRunner.defaultDriverCommand, environment: [String: String] = [:]) {
        self.directory = directory
        self.driverCommand = driverCommand
        self.environment = environment
    }

    /// `<this executable> merge-driver %O %A %B %P`, quoted for git's shell.
    public static var defaultDriverCommand: String? {
        guard let resolved = realpath("/proc/self/exe", nil) else { return nil }
        let exe = String(cString: resolved)
        free(resolved)
        guard exe.hasSuffix("/visitdesk") else { return nil }
        return "'\(exe.replacingOccurrences(of: "'", with: "'\\''"))' merge-driver %O %A %B %P"
    }

    /// git found once on PATH: a sync makes a dozen calls, and a lookup through `env` each time
    /// (with PATH entries that lack git) costs more than most of those calls.
    static let executable: String = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/git") {
            return "\(folder)/git"
        }
        return "/usr/bin/git"
    }()

    /// The settings given with `-c` before every command.
    var pinnedSettings: [String] {
        var settings = [
            "core.pager=cat", "color.ui=false", "core.quotePath=false", "core.autocrlf=false",
            "pull.rebase=false", "merge.ff=true", "commit.gpgSign=false", "gc.autoDetach=false",
            "advice.detachedHead=false", "init.defaultBranch=main", "push.default=simple",
            "merge.visitdesk-toml.name=VisitDesk per-key TOML merge",
        ]
        if let driverCommand { settings.append("merge.visitdesk-toml.driver=\(driverCommand)") }
        return settings
    }

    var pinnedEnvironment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = "C"
        env["LANGUAGE"] = nil
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GIT_PAGER"] = "cat"
        env["PAGER"] = "cat"
        env["GIT_EDITOR"] = "true"
        env["GIT_ASKPASS"] = "true"
        env["SSH_ASKPASS"] = "true"
        env["GIT_MERGE_AUTOEDIT"] = "no"
        env["GIT_SSH_COMMAND"] = env["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes -o ConnectTimeout=10"
        for (key, value) in environment { env[key] = value }
        return env
    }

    /// Runs `git <pinned -c settings> <arguments>` in the store folder, optionally feeding `input`.
    @discardableResult
    public func run(_ arguments: [String], input: [UInt8]? = nil, in folder: String? = nil) -> GitResult {
        let scratch = NSTemporaryDirectory() + "visitdesk-git-\(UUID().uuidString)"
        defer {
            for suffix in [".out", ".err", ".in"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        }
        _ = FileManager.default.createFile(atPath: scratch + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: scratch + ".err", contents: nil)
        _ = FileManager.default.createFile(atPath: scratch + ".in", contents: Data(input ?? []))
        guard let out = FileHandle(forWritingAtPath: scratch + ".out"), let err = FileHandle(forWritingAtPath: scratch + ".err"),
            let inp = FileHandle(forReadingAtPath: scratch + ".in") else {
            return GitResult(status: 127, output: [], errors: "cannot create temporary files in \(NSTemporaryDirectory())")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = pinnedSettings.flatMap { ["-c", $0] } + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? directory)
        process.environment = pinnedEnvironment
        process.standardInput = inp
        process.standardOutput = out
        process.standardError = err
        // Not waitUntilExit: on Linux it polls its run loop every 50 ms, which made a dozen
        // one-millisecond git calls cost most of a second.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch {
            return GitResult(status: 127, output: [], errors: "cannot run git: \(error.localizedDescription)")
        }
        exited.wait()
        try? out.close()
        try? err.close()
        try? inp.close()
        let output = (try? Data(contentsOf: URL(fileURLWithPath: scratch + ".out"))).map { [UInt8]($0) } ?? []
        let errors = (try? String(contentsOfFile: scratch + ".err", encoding: .utf8)) ?? ""
        return GitResult(status: process.terminationStatus, output: output, errors: errors)
    }
}
