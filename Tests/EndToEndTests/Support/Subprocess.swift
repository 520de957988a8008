#if canImport(Glibc)
import Glibc
#endif
import Foundation

struct SubprocessError: Error, CustomStringConvertible {
    let description: String
}

/// Runs programs with posix_spawn and waitpid rather than Foundation's Process: spawned from a
/// test runner, Process left tmux clients unreaped and the tmux server deaf to kill-server (it
/// inherited the runner's signal state). Here the child gets default signal handling and an
/// empty mask, and output goes through a temporary file, which a daemon inheriting it cannot
/// keep "open" the way it would a pipe.
enum Subprocess {
    /// Runs `arguments` (looked up in PATH) to completion; returns standard output, throws with
    /// standard error on a non-zero exit.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let outputPath = NSTemporaryDirectory() + "visitdesk-e2e-\(UUID().uuidString).out"
        let errorPath = outputPath + ".err"
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }
        let pid = try spawn(arguments, environment: environment, stdout: outputPath, stderr: errorPath)
        let status = wait(for: pid)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw SubprocessError(description: "\(arguments.joined(separator: " ")) exited \(status): \(errors)")
        }
        return output
    }

    /// Starts `arguments` without waiting; the caller owns the returned process id.
    static func spawn(_ arguments: [String], environment: [String: String]? = nil, stdout: String = "/dev/null", stderr: String = "/dev/null") throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environmentLines = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let result = withCStrings(arguments) { argv in
            withCStrings(environmentLines) { envp in
                posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
            }
        }
        guard result == 0 else {
            throw SubprocessError(description: "cannot start \(arguments[0]): \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// The exit status, or 128 + the signal that ended it.
    static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if status & 0x7F == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
