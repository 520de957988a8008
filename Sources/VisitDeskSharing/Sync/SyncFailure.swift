/// Why a sharing step stopped. Each message says what happened and what to do; nothing was
/// pushed, and nothing in the store was changed by the failed step.
public enum SyncFailure: Error, CustomStringConvertible, Equatable {
    case git(String, String)
    case notARepository(String)
    case insideAnotherRepository(store: String, repository: String)
    case detachedHead
    case noRemote
    case remoteNotEmpty(String)
    case unreachable(String, String)
    case noIdentity
    case mergeInProgress
    case unrelatedHistories
    case blocked(String)

    public var description: String {
        switch self {
        case .git(let step, let reason): "\(step) failed: \(reason)"
        case .notARepository(let path): "\(path) is not shared yet: run `visitdesk share init --remote URL` there first"
        case .insideAnotherRepository(let store, let repository):
            "the store \(store) is inside the git repository \(repository); share a store that is a folder of its own (move it out, or run share init at \(repository))"
        case .detachedHead: "the store's repository is on a detached HEAD: run `git switch main` in the store, then sync again"
        case .noRemote: "the store has no shared repository: run `visitdesk share init --remote URL`"
        case .remoteNotEmpty(let url):
            "\(url) already has commits: to work on that store, run `visitdesk share join \(url) DIR`; to share this one, create an empty repository"
        case .unreachable(let url, let reason): "cannot reach \(url): \(reason)"
        case .noIdentity:
            "who are you? Pass --name and --email once (kept in ~/.config/visitdesk/config.toml), or set git's user.name and user.email"
        case .mergeInProgress:
            "a git merge was left unfinished in the store (MERGE_HEAD): finish it with git, or run `git merge --abort` there, then sync again"
        case .unrelatedHistories:
            "the shared repository has a history unrelated to this store's: it is another store; join it with `visitdesk share join URL DIR` instead"
        case .blocked(let reason): reason
        }
    }
}
