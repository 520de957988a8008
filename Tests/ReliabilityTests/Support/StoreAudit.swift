import Foundation
import VisitDeskDomain
import VisitDeskStore

/// What a fresh load of a store shows, reduced to what the reliability tests compare.
struct StoreAudit: Equatable {
    var delegations: [Delegation]
    var contacts: [Contact]
    var problemFiles: Set<String>
    /// Record files (`*.toml` in the record folders) that are empty on disk.
    var emptyFiles: [String]

    static func take(_ root: String) throws -> StoreAudit {
        let store = RecordStore(root: root)
        try store.load()
        return StoreAudit(store)
    }

    init(_ store: RecordStore) {
        delegations = store.catalog.delegations.sorted { $0.id < $1.id }
        contacts = store.catalog.contacts.sorted { $0.id < $1.id }
        problemFiles = Set(store.catalog.problems.map(\.file))
        emptyFiles = RecordKind.allCases.flatMap { kind in
            let folder = store.absolutePath(kind.folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.compactMap { name in
                let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int) ?? 0
                return size == 0 ? "\(kind.folder)/\(name)" : nil
            }
        }
    }

    var delegationIDs: Set<String> { Set(delegations.map(\.id)) }
    var contactIDs: Set<String> { Set(contacts.map(\.id)) }
}

/// Leftover temporary files of interrupted writes, anywhere in the record folders.
func leftoverTemporaries(in root: String) -> [String] {
    RecordKind.allCases.flatMap { kind in
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + kind.folder)) ?? [])
            .filter { $0.hasPrefix(StoreLayout.temporaryPrefix) }.map { "\(kind.folder)/\($0)" }
    }
}
