import Foundation
import VisitDeskDomain
import VisitDeskStore

/// Syncthing's `x.sync-conflict-….toml` (or a Dropbox "conflicted copy") in a store that is a
/// git repository: merged three-way into the record, with the last committed version as the
/// common ancestor, key by key like any other merge. A clean merge replaces the record (with
/// the usual compare-and-swap) and the copy goes; a conflict leaves both and is reported — in
/// the same conflict inbox as a merge's — until it is settled there (or with `sync --keep`):
/// mine or theirs at the conflicting keys, or typed values, and then the copy goes too.
struct ConflictCopies {
    let repository: GitRepository
    /// A side per record (the inbox), else `resolution` for every one; nil: conflicts stay.
    var choices: [String: ConflictResolution] = [:]
    var resolution: ConflictResolution?
    var values: [String: [String: String]] = [:]

    func mergeAll(into report: inout SyncReport) {
        for (copy, original) in Self.copies(in: repository.root) { merge(copy: copy, into: original, report: &report) }
    }

    /// Every sync tool's copy in the record folders with the record it is a copy of, by name.
    static func copies(in root: String) -> [(copy: String, original: String)] {
        var found: [(String, String)] = []
        for kind in RecordKind.allCases {
            let names = ((try? FileIO.listFolder(root + "/" + kind.folder)) ?? nil) ?? []
            for name in names.sorted() {
                guard case .conflictCopy(_, let original?) = StoreLayout.role(ofFile: name, in: kind) else { continue }
                found.append((kind.folder + "/" + name, kind.relativePath(id: original)))
            }
        }
        return found
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
        var merged = Array(outcome.text.utf8)
        var settled = ""
        if !outcome.conflicts.isEmpty {
            guard let side = choices[original] ?? resolution, let kept = side.resolve(base: base, ours: ours, theirs: theirs) else {
                report.conflicts.append(FileConflict(path: original, kind: "sync-tool copy \(copy)", keys: outcome.conflicts))
                return
            }
            let typed = values[original]
            merged = typed.map { TypedValues.apply($0, to: kept, base: base, ours: ours, theirs: theirs) } ?? kept
            settled = typed != nil ? ", with the values typed" : ", keeping \(side.rawValue) where both changed a key"
        }
        do {
            _ = try FileIO.writeAtomically(merged, to: root + "/" + original, expected: FileVersion(bytes: ours))
            try FileManager.default.removeItem(atPath: root + "/" + copy)
            report.notes.append(settled.isEmpty ? Phrase("merged the sync tool's copy %s into %s", copy, original)
                : Phrase("merged the sync tool's copy %s into %s%s", copy, original, settled))
        } catch {
            report.notes.append(Phrase("%s: merged, but %s could not be written (%s); nothing was lost", copy, original, "\(error)"))
        }
    }
}
