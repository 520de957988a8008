import VisitDeskDomain

/// Enter or `E` in the problems list: the selected problem's file in the coordinator's editor at
/// the reported line. The list is read from the catalog on every frame, so once the saved file
/// loads the problem is simply gone from it.
enum ProblemFiles {
    static func open(_ state: inout AppState) -> [Effect] {
        guard case .problems(_, let cursor)? = state.overlay else { return [] }
        let problems = state.catalog.problems
        guard problems.indices.contains(cursor) else {
            state.message = "the store has no problems"
            return []
        }
        let problem = problems[cursor]
        // A problem names a file inside the store; one that would leave it is not opened.
        guard !problem.file.isEmpty, !problem.file.hasPrefix("/"), !problem.file.split(separator: "/").contains("..") else {
            state.message = "\(problem.file) is not a file in the store"
            return []
        }
        return [.openFileInEditor(path: problem.file, line: problem.line)]
    }
}
