import Foundation
import VisitDeskSharing
import VisitDeskStore
import VisitDeskUI

/// The hook between VisitDesk's writes and git: a shared store gets one commit per written step.
/// Called where writes complete — the dashboard's `DashboardWiring.performTriage` (after the
/// write runner answers) and the CLI commands that save (`set-status`, `add request`, `import`).
enum WriteCommits {
    /// The steps in a write runner's answer, as commits: saves, undos and redos.
    static func steps(in actions: [Action]) -> [WriteCommitter.Step] {
        actions.compactMap { action in
            switch action {
            case .saved(let step): commitStep(step, action: "save", files: step.files)
            case .undone(let step): commitStep(step, action: "undo", files: step.reversed.files)
            case .redone(let step): commitStep(step, action: "redo", files: step.files)
            default: nil
            }
        }
    }

    private static func commitStep(_ step: UndoStep, action: String, files: [FileChange]) -> WriteCommitter.Step {
        WriteCommitter.Step(label: step.label, action: action, files: files.map { ($0.folder.kind.relativePath(id: $0.id), $0.after) })
    }

    /// After a command-line write: commit it now (the command is about to exit).
    /// `receipts` is only worked out for a shared store (an import's re-reads 10,000 files).
    static func commitNow(root: String, label: String, receipts makeReceipts: @autoclosure () -> [WriteReceipt]) {
        guard let committer = WriteCommitter.forStore(root) else { return }
        let receipts = makeReceipts()
        guard !receipts.isEmpty else { return }
        let step = WriteCommitter.Step(label: label, action: "save", files: receipts.map { ($0.kind.relativePath(id: $0.id), $0.after) })
        if let failure = committer.commit(step) { printProblem(failure) }
    }
}
