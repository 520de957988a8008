#if canImport(Glibc)
import Glibc
#endif
import VisitDeskDomain
import VisitDeskStore
import VisitDeskUI

/// `E`: runs the person's editor on a record file with the terminal, then reloads the file so
/// the dashboard shows what they saved at once (the watcher would notice too, a moment later).
struct EditorLauncher {
    let store: RecordStore
    var environment: [String: String]

    /// The editor command: $VISUAL, then $EDITOR, then vi (nano where there is no vi). Run
    /// through `sh -c` so a value with arguments (`code --wait`, `emacsclient -t`) works as it
    /// does in a shell.
    var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: " \t").isEmpty { return value }
        }
        return onPath("vi") || !onPath("nano") ? "vi" : "nano"
    }

    /// Editors known to take `+LINE` before the file; others get the file alone rather than
    /// an argument they might read as a second file name.
    static let takesPlusLine: Set<String> = [
        "vi", "vim", "nvim", "view", "vim.basic", "vim.tiny", "gvim", "nano", "rnano", "pico", "emacs", "emacsclient",
        "micro", "joe", "jed", "mg", "ne", "kak",
    ]

    /// The shell line that runs the editor on `"$1"`, at `line` when the editor can be told.
    func shellLine(line: Int?) -> String {
        let program = command.split(separator: " ").first.map { String($0.split(separator: "/").last ?? $0) } ?? ""
        guard let line, Self.takesPlusLine.contains(program) else { return "\(command) \"$1\"" }
        return "\(command) +\(line) \"$1\""
    }

    private func onPath(_ program: String) -> Bool {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains { folder in
            access("\(folder)/\(program)", X_OK) == 0
        }
    }

    /// The file's bytes before and after the editor make an undo step, so `u` puts back what
    /// was there (and the steps before it stay undoable).
    func open(_ folder: RecordFolder, id: String) -> [Action] {
        open(path: "\(folder.rawValue)/\(id).toml", line: nil)
    }

    /// Any file of the store (a problem's), at a line. A record file's change is an undo step;
    /// the reload drops the problems the edit fixed.
    func open(path relative: String, line: Int?) -> [Action] {
        let record = Self.record(at: relative)
        let before = record.map { store.bytes(of: $0.folder.kind, id: $0.id) }
        let status = run(["/bin/sh", "-c", shellLine(line: line), "sh", store.absolutePath(relative)])
        let after = record.map { store.bytes(of: $0.folder.kind, id: $0.id) }
        let change = store.apply(WatchBatch(paths: [relative]))
        var actions: [Action] = []
        if let record, let before, let after, before != after {
            actions.append(.saved(UndoStep(label: "edit \(relative) in the editor",
                                           files: [FileChange(folder: record.folder, id: record.id, before: before, after: after)])))
        }
        actions.append(.catalogReplaced(store.catalog, summary: change?.phrase))
        if status != 0 { actions.append(.say(Phrase("the editor (%s) exited with status %d", command, Int(status)))) }
        return actions
    }

    /// `delegations/x.toml` → (.delegations, "x"); nil for the store's other files.
    static func record(at relative: String) -> (folder: RecordFolder, id: String)? {
        let parts = relative.split(separator: "/")
        guard parts.count == 2, parts[1].hasSuffix(".toml"), let folder = RecordFolder(rawValue: String(parts[0])) else { return nil }
        return (folder, String(parts[1].dropLast(5)))
    }

    /// Spawns with every signal unblocked and at its default: the dashboard blocks its signals
    /// for the signalfd, and an editor inheriting that mask would ignore Ctrl-C and Ctrl-Z.
    private func run(_ arguments: [String]) -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], nil, &attributes, argv, envp) == 0 else { return 127 }
        var status: Int32 = 0
        while true {
            if waitpid(pid, &status, WUNTRACED) == -1 {
                if errno == EINTR { continue }
                return 127
            }
            // Ctrl-Z in the editor stops it; the dashboard, blocking SIGTSTP for its signalfd,
            // would wait forever with the shell locked out. Stop too, so the shell gets the
            // terminal; `fg` continues the whole job and the wait goes on.
            if status & 0xff == 0x7f {
                kill(getpid(), SIGSTOP)
                continue
            }
            break
        }
        // WIFEXITED / WEXITSTATUS by hand: the macros do not import.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
