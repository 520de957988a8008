import Foundation
import VisitDeskStore

/// One record changed by a colleague's commit that a sync brought in.
public struct ArrivedChange: Sendable {
    /// Relative to the store: `delegations/qingdao-bank.toml`.
    public var path: String
    public var change: RecordChange
}

/// What syncs brought in: each range is `our HEAD before the merge..their tip`, so the commits
/// listed are exactly the ones that arrived (ours are never in it). Read when asked for — the
/// list's key — not at every sync: two blob reads per record and commit would cost every sync
/// time for a list nobody may open.
public struct ArrivedChanges {
    let repository: GitRepository

    public init(git: GitRunner) { repository = GitRepository(git: git) }

    /// Newest commit first; within a commit, by path. `ranges` oldest first, as they arrived.
    public func read(_ ranges: [SyncReport.Arrival]) -> [ArrivedChange] {
        var seen: Set<String> = []
        var all: [ArrivedChange] = []
        for range in ranges.reversed() {
            for change in read(range) where seen.insert(change.change.commit + change.path).inserted { all.append(change) }
        }
        return all
    }

    /// Two git calls per range whatever its size: `log --raw` names each changed file's blobs
    /// before and after, one `cat-file --batch` reads them (a process per blob took 1.7 s for
    /// 100 records under load).
    private func read(_ range: SyncReport.Arrival) -> [ArrivedChange] {
        let format = "%x1e" + ["%H", "%an", "%ae", "%aI", "%ad", "%s"].joined(separator: "%x1f")
        let log = repository.git.run([
            "log", "--no-merges", "--no-renames", "--raw", "--no-abbrev", "--format=\(format)", "--date=format:%-d %b %Y %H:%M",
            "\(range.from)..\(range.to)", "--",
        ] + RecordKind.allCases.map(\.folder))
        guard log.succeeded else { return [] }
        let noBlob = String(repeating: "0", count: 40)
        var touches: [(commit: [String], path: String, before: String?, after: String?)] = []
        for entry in log.text.split(separator: "\u{1E}") {
            let lines = entry.split(separator: "\n").map(String.init)
            guard let head = lines.first else { continue }
            let parts = head.components(separatedBy: "\u{1F}")
            guard parts.count == 6 else { continue }
            var files: [(String, String?, String?)] = []
            for line in lines.dropFirst() where line.hasPrefix(":") {
                let halves = line.split(separator: "\t", maxSplits: 1).map(String.init)
                let meta = halves[0].split(separator: " ").map(String.init)
                guard halves.count == 2, meta.count >= 4 else { continue }
                files.append((halves[1], meta[2].hasPrefix(noBlob) ? nil : meta[2], meta[3].hasPrefix(noBlob) ? nil : meta[3]))
            }
            for (path, before, after) in files.sorted(by: { $0.0 < $1.0 }) { touches.append((parts, path, before, after)) }
        }
        let wanted = touches.flatMap { [$0.before, $0.after].compactMap { $0 } }
        var blobs: [String: [UInt8]] = [:]
        if !wanted.isEmpty {
            let batch = repository.git.run(["cat-file", "--batch", "--buffer"], input: Array(wanted.map { $0 + "\n" }.joined().utf8))
            let contents = batch.succeeded ? BatchOutput.parse(batch.output) : []
            guard contents.count == wanted.count else { return [] }
            for (id, bytes) in zip(wanted, contents) { blobs[id] = bytes }
        }
        return touches.map { touch in
            let parts = touch.commit
            let differences = RecordHistory.differences(before: touch.before.flatMap { blobs[$0] }, after: touch.after.flatMap { blobs[$0] })
            let change = RecordChange(
                commit: parts[0], author: parts[1], email: parts[2], date: parts[3], shownDate: parts[4], summary: parts[5],
                changes: differences)
            return ArrivedChange(path: touch.path, change: change)
        }
    }
}
