import Foundation
import TOMLDocument

/// git's merge driver contract (`merge.<name>.driver = visitdesk merge-driver %O %A %B %P`):
/// read the common ancestor, ours and theirs from three temporary files, leave the result in
/// the ours file, exit 0 when clean and non-zero when a conflict is left in it.
public enum MergeDriver {
    public struct Report: Sendable {
        public var clean: Bool
        public var conflicts: [MergeConflict]
        /// Set when a version was not TOML and git's line merge was used instead.
        public var fallback: String?
    }

    public static func run(base: String, ours: String, theirs: String, path: String, rules: MergeRules = .store) -> Report {
        func read(_ file: String) -> String? {
            FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
        }
        guard let o = read(base), let a = read(ours), let b = read(theirs) else {
            return Report(clean: false, conflicts: [], fallback: "cannot read the versions git gave for \(path)")
        }
        do {
            let outcome = try TOMLMerge(rules: rules).merge(base: o, ours: a, theirs: b)
            let text = outcome.conflicts.isEmpty ? outcome.text : outcome.markedText
            try Data(text.utf8).write(to: URL(fileURLWithPath: ours))
            return Report(clean: outcome.conflicts.isEmpty, conflicts: outcome.conflicts, fallback: nil)
        } catch let failure as TOMLMerge.Failure {
            // Someone committed a file that does not parse: git's own line merge is the best there is.
            let git = GitRunner(directory: FileManager.default.currentDirectoryPath, driverCommand: nil)
            let result = git.run(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs])
            return Report(clean: result.status == 0, conflicts: [], fallback: "\(path): \(failure.description); merged line by line")
        } catch {
            return Report(clean: false, conflicts: [], fallback: "\(path): cannot write the merge result: \(error)")
        }
    }
}
