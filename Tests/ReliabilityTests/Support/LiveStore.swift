import Foundation
import VisitDeskStore

/// A RecordStore and a StoreWatcher driven the way the real event loop drives them: wait in
/// poll() on the watcher, drain, apply. Used to check that the live catalog converges on what a
/// fresh load of the same folder shows.
final class LiveStore {
    let store: RecordStore
    let watcher: StoreWatcher

    init(root: String) throws {
        store = RecordStore(root: root)
        try store.load()
        watcher = try StoreWatcher(root: root)
    }

    /// Follows the watcher until the catalog equals a fresh load, or `seconds` pass; returns
    /// whether it converged, and the summaries of the changes applied on the way.
    @discardableResult
    func settle(within seconds: Double = 3) -> (converged: Bool, changes: [String]) {
        var changes: [String] = []
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var fd = pollfd(fd: watcher.fileDescriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&fd, 1, 50)
            let batch = watcher.drain()
            if !batch.isEmpty, let change = store.apply(batch) { changes.append(change.summary) }
            if batch.isEmpty, matchesFreshLoad { return (true, changes) }
        }
        return (matchesFreshLoad, changes)
    }

    var matchesFreshLoad: Bool {
        guard let fresh = try? StoreAudit.take(store.root) else { return false }
        return StoreAudit(store) == fresh
    }
}
