import VisitDeskDomain

/// What one sync did, for the command line and the status bar.
public struct SyncReport: Sendable {
    /// Hand edits committed before syncing.
    public var committed: [String] = []
    public var heldBack: [HeldBackFile] = []
    /// Commits that arrived from the shared repository and are now in the store.
    public var received = 0
    /// Who made the commits that arrived (not merges), in order of first appearance.
    public var receivedFrom: [String] = []
    /// Commits pushed.
    public var sent = 0
    /// Set when the shared repository could not be reached: why (git's own reason inside), and
    /// how many commits wait.
    public var offline: Phrase?
    public var waitingToSend = 0
    /// Commits that arrived but are not merged yet (a conflict holds them).
    public var waitingToReceive = 0
    /// Set when the sync stopped for another reason than the network (a detached HEAD, files
    /// in the way of a merge): the message that says what to do.
    public var failure: String?
    /// Files both sides changed in the same key: nothing was merged or pushed.
    public var conflicts: [FileConflict] = []
    /// Where the commits that arrived and were merged came from: our HEAD before, their tip.
    public struct Arrival: Sendable, Equatable {
        public var from: String
        public var to: String
    }

    public var arrivals: [Arrival] = []
    /// Things recovered or noticed along the way ("removed a stale index.lock").
    public var notes: [Phrase] = []

    public init() {}

    /// "offline · 3 to send", "2 changes received, 1 sent", "up to date", in English.
    public var summary: String { summaryPhrase.description }

    /// Nothing came, nothing went, nothing is wrong: the summary says "up to date".
    public var isUpToDate: Bool {
        failure == nil && offline == nil && conflicts.isEmpty && received == 0 && sent == 0
    }

    /// The summary as a phrase, translated where it is shown (the status bar, `visitdesk sync`).
    public var summaryPhrase: Phrase {
        if let failure { return Phrase("not synced: %s", failure) }
        if offline != nil { return Phrase("offline · %d to send", waitingToSend) }
        if !conflicts.isEmpty { return Phrase.plural(conflicts.count, "%d file in conflict", "%d files in conflict") }
        switch (received, sent) {
        case (0, 0): return Phrase("up to date")
        case (_, 0): return Phrase.plural(received, "%d change received", "%d changes received")
        case (0, _): return Phrase("%d sent", sent)
        default: return Phrase.plural(received, "%d change received, %d sent", "%d changes received, %d sent", sent)
        }
    }
}

/// One file the merge could not settle, with both sides' values and who made them.
public struct FileConflict: Sendable, CustomStringConvertible {
    public var path: String
    /// "content", "modify/delete", "add/add" or git's own word for it.
    public var kind: String
    public var keys: [MergeConflict] = []
    public var ourAuthor: String?
    public var theirAuthor: String?

    public var description: String {
        let who = ourAuthor == nil && theirAuthor == nil ? ""
            : " — ours\(ourAuthor.map { " (\($0))" } ?? ""), theirs\(theirAuthor.map { " (\($0))" } ?? "")"
        guard !keys.isEmpty else { return "\(path): \(kind)\(who)" }
        return "\(path): " + keys.map(\.description).joined(separator: "; ") + who + (kind == "content" ? "" : " (\(kind))")
    }
}
