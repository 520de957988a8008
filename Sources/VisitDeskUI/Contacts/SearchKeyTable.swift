import Foundation
import VisitDeskDomain

/// Every contact's search keys, built once per catalog: on the calling thread for a small store,
/// on a background queue for a large one, where the first frame must not wait ~1 s for them.
/// Whoever reads `keys` first waits for the build to finish; the values never change after that.
final class SearchKeyTable: @unchecked Sendable {
    /// Below this many contacts building in place costs under ~100 ms, and tests stay single-threaded.
    static let backgroundThreshold = 2_000

    private let condition = NSCondition()
    private var built: [SearchKeys]?

    /// - Parameter previous: the last catalog's contacts and table; unchanged people keep their keys.
    init(contacts: [Contact], previous: (contacts: [Contact], table: SearchKeyTable)?) {
        guard contacts.count >= SearchKeyTable.backgroundThreshold else {
            built = SearchKeyTable.build(contacts, previous: previous)
            return
        }
        // Utility, not user-initiated: on two cores the build must yield to the main thread,
        // which is drawing the first frame and following the disk.
        DispatchQueue.global(qos: .utility).async { [self] in
            let keys = SearchKeyTable.build(contacts, previous: previous)
            condition.lock()
            built = keys
            condition.broadcast()
            condition.unlock()
        }
    }

    var keys: [SearchKeys] {
        condition.lock()
        defer { condition.unlock() }
        while built == nil { condition.wait() }
        return built ?? []
    }

    private static func build(_ contacts: [Contact], previous: (contacts: [Contact], table: SearchKeyTable)?) -> [SearchKeys] {
        guard let previous else { return contacts.map(SearchKeys.init(contact:)) }
        let old = previous.contacts
        let oldKeys = previous.table.keys
        guard oldKeys.count == old.count else { return contacts.map(SearchKeys.init(contact:)) }
        // Reloads usually keep positions; a file added or removed shifts them, so fall back to ids.
        var oldPosition: [String: Int]?
        return contacts.enumerated().map { index, contact in
            if index < old.count, old[index] == contact { return oldKeys[index] }
            if oldPosition == nil {
                oldPosition = Dictionary(old.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            }
            if let position = oldPosition?[contact.id], old[position] == contact { return oldKeys[position] }
            return SearchKeys(contact: contact)
        }
    }
}
