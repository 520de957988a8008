#if canImport(Glibc)
import Glibc
#endif
import VisitDeskStore
import VisitDeskUI

/// `E`: runs the person's editor on a record file with the terminal, then reloads the file so
/// the dashboard shows what they saved at once (the watcher would notice too, a moment later).
struct EditorLauncher {
    let store: RecordStore
    var environment: [String: String]

    /// The editor command: $VISUAL, then $EDITOR, then vi. Run through `sh -c` so a value with
    /// arguments (`code --wait`, `emacsclient -t`) works as it does in a shell.
    var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: " \t").isEmpty { return value }
        }
        return "vi"
    }

    /// The file's bytes before and after the editor make an undo step, so `u` puts back what
    /// was there (and the steps before it stay undoable).
    func open(_ folder: RecordFolder, id: String) -> [Action] {
        let relative = "\(folder.rawValue)/\(id).toml"
        let before = store.bytes(of: folder.kind, id: id)
        let status = run(["/bin/sh", "-c", "\(command) \"$1\"", "sh", store.absolutePath(relative)])
        let after = store.bytes(of: folder.kind, id: id)
        let change = store.apply(WatchBatch(paths: [relative]))
        var actions: [Action] = []
        if before != after {
            actions.append(.saved(UndoStep(label: "edit \(relative) in the editor", files: [FileChange(folder: folder, id: id, before: before, after: after)])))
        }
        actions.append(.catalogReplaced(store.catalog, summary: change?.summary))
        if status != 0 { actions.append(.message("the editor (\(command)) exited with status \(status)")) }
        return actions
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
