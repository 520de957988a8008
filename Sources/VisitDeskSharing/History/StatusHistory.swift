import Foundation
import TOMLDocument
import VisitDeskDomain

/// Each delegation's `status` through the store's git history: what a report of a past season
/// needs to count its requests as they stood then, and the day each was decided. Read with two
/// git calls whatever the store's size — one `git log --raw` listing each change to a delegation
/// file with the blob it left, one `git cat-file --batch` reading those blobs — because a process
/// per file would take minutes on a season of thousands of records.
///
/// A commit's day is its author date as the author's clock showed it (`%aI`): the day the change
/// was made where it was made, which is the day a coordinator would name.
public struct StatusHistory: Sendable {
    /// One status a delegation had from `day` on.
    public struct Step: Sendable, Equatable {
        public var day: LocalDate
        /// nil: the file was removed then, or its status could not be read.
        public var status: DelegationStatus?
    }

    /// Delegation id → its steps, oldest first.
    public private(set) var steps: [String: [Step]]

    public init(steps: [String: [Step]]) { self.steps = steps }

    /// Reads the history of `delegations/`; nil when the store is not in a git repository (or it
    /// has no commit yet), so the caller says that statuses are today's.
    public static func read(git: GitRunner) throws(SyncFailure) -> StatusHistory? {
        guard git.run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).succeeded else { return nil }
        let folder = "delegations"
        // --raw names each file's new blob: reading blobs by id is quick, while `commit:path`
        // walks the folder's tree (10,000 entries) for every request — 42 s at that size.
        // --no-renames: a renamed file is its old id removed and its new id added, one path a line.
        let log = git.run(["log", "--no-merges", "--no-renames", "--relative", "--raw", "--no-abbrev", "--format=%x1e%H%x1f%aI", "--", folder])
        guard log.succeeded else { throw .git("git log", GitMessage.reason(log.errors)) }
        var touches: [(day: LocalDate, path: Substring, blob: Substring?)] = []
        for entry in log.text.split(separator: "\u{1E}") {
            let lines = entry.split(separator: "\n")
            guard let header = lines.first?.split(separator: "\u{1F}"), header.count == 2,
                  let day = LocalDate(iso: String(header[1].prefix(10))) else { continue }
            for line in lines.dropFirst() {
                // `:100644 100644 <old> <new> M\tdelegations/x.toml`; a removed file's new blob is all zeros.
                let parts = line.split(separator: "\t", maxSplits: 1)
                let fields = parts.first?.split(separator: " ") ?? []
                guard parts.count == 2, fields.count >= 5, parts[1].hasPrefix(folder + "/"), parts[1].hasSuffix(".toml") else { continue }
                let blob = fields[3]
                touches.append((day, parts[1], blob.allSatisfy { $0 == "0" } ? nil : blob))
            }
        }
        let wanted = touches.compactMap(\.blob)
        var blobs: [[UInt8]?] = []
        if !wanted.isEmpty {
            let batch = git.run(["cat-file", "--batch", "--buffer"], input: Array(wanted.map { $0 + "\n" }.joined().utf8))
            guard batch.succeeded else { throw .git("git cat-file", GitMessage.reason(batch.errors)) }
            blobs = BatchOutput.parse(batch.output)
            guard blobs.count == wanted.count else { throw .git("git cat-file", "answered \(blobs.count) of \(wanted.count) files") }
        }
        var nextBlob = blobs.makeIterator()
        let read = touches.map { touch in (touch, touch.blob == nil ? nil : nextBlob.next() ?? nil) }
        var steps: [String: [Step]] = [:]
        // git log lists the newest first; a record's steps go oldest first.
        for (touch, bytes) in read.reversed() {
            let name = touch.path.dropFirst(folder.count + 1).dropLast(".toml".count)
            steps[String(name), default: []].append(Step(day: touch.day, status: bytes.flatMap(status(in:))))
        }
        // By author day, keeping git's order within a day (commits from another clone can carry
        // an earlier day than the one before them).
        return StatusHistory(steps: steps.mapValues { steps in
            steps.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
        })
    }

    /// Each delegation's status at the end of `day`: the last step on or before it. A delegation
    /// with no step by then (added to the store later) is left out, so it counts with today's.
    public func statuses(on day: LocalDate) -> [String: DelegationStatus] {
        var statuses: [String: DelegationStatus] = [:]
        for (id, history) in steps {
            if let status = history.last(where: { $0.day <= day })?.status { statuses[id] = status }
        }
        return statuses
    }

    /// The day each delegation was first confirmed, declined or cancelled (a visit is decided
    /// before it happens: `visited` counts when no decision was recorded before it).
    public func decisionDates() -> [String: LocalDate] {
        var dates: [String: LocalDate] = [:]
        for (id, history) in steps {
            if let decided = history.first(where: { $0.status.map { !$0.isRequest } ?? false }) { dates[id] = decided.day }
        }
        return dates
    }

    static func status(in bytes: [UInt8]) -> DelegationStatus? {
        guard let document = try? TOMLDocument(parsing: bytes), case .string(let word)? = document.root["status"] else { return nil }
        return DelegationStatus(rawValue: word)
    }
}

/// `git cat-file --batch` output: for each request `<oid> blob <size>\n<bytes>\n`, or
/// `<name> missing\n` for a file not in that commit (removed there).
enum BatchOutput {
    static func parse(_ output: [UInt8]) -> [[UInt8]?] {
        var results: [[UInt8]?] = []
        var index = 0
        while index < output.count {
            guard let end = output[index...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: output[index..<end], as: UTF8.self).split(separator: " ")
            index = end + 1
            guard header.count == 3, let size = Int(header[2]), index + size <= output.count else {
                results.append(nil)  // "missing", "ambiguous": no file there
                continue
            }
            results.append(Array(output[index..<(index + size)]))
            index += size + 1
        }
        return results
    }
}
