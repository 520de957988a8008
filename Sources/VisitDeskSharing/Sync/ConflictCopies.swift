import Foundation
import VisitDeskDomain
import VisitDeskStore

/// Syncthing's `x.sync-conflict-….toml` (or a Dropbox "conflicted copy") in a store that is a
/// git repository: merged three-way into the record, with the last committed version as the
/// common ancestor, key by key like any other merge. A clean merge replaces the record (with
/// the usual compare-and-swap) and the copy goes; a conflict leaves both and is reported.
struct ConflictCopies {
    let repository: GitRepository

    func mergeAll(into report: inout SyncReport) {
        let root = repository.root
        for kind in RecordKind.allCases {
            let names = ((try? FileIO.listFolder(root + "/" + kind.folder)) ?? nil) ?? []
            for name in names.sorted() {
                guard case .conflictCopy(_, let original?) = StoreLayout.role(ofFile: name, in: kind) else { continue }
                merge(copy: kind.folder + "/" + name, into: kind.relativePath(id: original), report: &report)
            }
        }
    }

    private func merge(copy: String, into original: String, report: inout SyncReport) {
        let root = repository.root
        guard let base = repository.blob("HEAD", original),
            let ours = try? FileIO.read(root + "/" + original),
            let theirs = try? FileIO.read(root + "/" + copy) else {
            report.notes.append(Phrase("%s: no committed version of %s to merge against; compare them by hand", copy, original))
            return
        }
        let text = { (bytes: [UInt8]) in String(decoding: bytes, as: UTF8.self) }
        guard let outcome = try? TOMLMerge().merge(base: text(base), ours: text(ours), theirs: text(theirs)) else {
            report.notes.append(Phrase("%s: not valid TOML, so not merged; compare it with %s by hand", copy, original))
            return
        }
        guard outcome.conflicts.isEmpty else {
            report.conflicts.append(FileConflict(path: original, kind: "sync-tool copy \(copy)", keys: outcome.conflicts))
            return
        }
        do {
            _ = try FileIO.writeAtomically(Array(outcome.text.utf8), to: root + "/" + original, expected: FileVersion(bytes: ours))
            try FileManager.default.removeItem(atPath: root + "/" + copy)
            report.notes.append(Phrase("merged the sync tool's copy %s into %s", copy, original))
        } catch {
            report.notes.append(Phrase("%s: merged, but %s could not be written (%s); nothing was lost", copy, original, "\(error)"))
        }
    }
}
