import Foundation
import TOMLDocument
import VisitDeskDomain

/// Each delegation's `status` through the store's git history: what a report of a past season
/// needs to count its requests as they stood then, and the day each was decided. Read with two
/// git calls whatever the store's size — one `git log` listing the commits that touched a
/// delegation file, one `git cat-file --batch` reading those files at those commits — because a
/// process per file would take minutes on a season of thousands of records.
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
        let log = git.run(["log", "--no-merges", "--relative", "--format=%x1e%H%x1f%aI", "--name-only", "--", folder])
        guard log.succeeded else { throw .git("git log", GitMessage.reason(log.errors)) }
        var touches: [(commit: String, day: LocalDate, path: String)] = []
        for entry in log.text.split(separator: "\u{1E}") {
            let lines = entry.split(separator: "\n")
            guard let header = lines.first?.split(separator: "\u{1F}"), header.count == 2,
                  let day = LocalDate(iso: String(header[1].prefix(10))) else { continue }
            for path in lines.dropFirst() where path.hasPrefix(folder + "/") && path.hasSuffix(".toml") {
                touches.append((String(header[0]), day, String(path)))
            }
        }
        guard !touches.isEmpty else { return StatusHistory(steps: [:]) }
        let request = touches.map { "\($0.commit):./\($0.path)\n" }.joined()
        let batch = git.run(["cat-file", "--batch"], input: Array(request.utf8))
        guard batch.succeeded else { throw .git("git cat-file", GitMessage.reason(batch.errors)) }
        let blobs = BatchOutput.parse(batch.output)
        guard blobs.count == touches.count else { throw .git("git cat-file", "answered \(blobs.count) of \(touches.count) files") }
        var steps: [String: [Step]] = [:]
        // git log lists the newest first; a record's steps go oldest first.
        for (touch, blob) in zip(touches, blobs).reversed() {
            let name = touch.path.dropFirst(folder.count + 1).dropLast(".toml".count)
            steps[String(name), default: []].append(Step(day: touch.day, status: blob.flatMap(status(in:))))
        }
        for id in steps.keys { steps[id]!.sort { $0.day < $1.day } }
        return StatusHistory(steps: steps)
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
