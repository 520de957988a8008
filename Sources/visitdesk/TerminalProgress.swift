import Foundation
import Glibc

/// One line of progress on stderr for long runs (an import of 10,000 people): rewritten in
/// place at most ten times a second, and only when stderr is a terminal, so scripts and logs
/// never see it. `finish` clears the line before the run's own report is printed.
final class TerminalProgress {
    private let enabled: Bool
    private var lastShown = Date.distantPast
    private var showing = false

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        enabled = isatty(2) == 1 && environment["TERM"] != "dumb"
    }

    /// `what` is ours (counts and a cleaned file name): nothing raw from a file reaches it.
    func show(_ what: String, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastShown) >= 0.1 else { return }
        lastShown = now
        showing = true
        FileHandle.standardError.write(Data("\r\(what)\u{1B}[K".utf8))
    }

    /// `done` of `total`, as "writing 4,000 of 10,000 contacts…".
    func count(_ verb: String, _ done: Int, of total: Int, _ noun: String) {
        show("\(verb) \(Self.grouped(done)) of \(Self.grouped(total)) \(noun)…", force: done == total)
    }

    func finish() {
        guard enabled, showing else { return }
        showing = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
