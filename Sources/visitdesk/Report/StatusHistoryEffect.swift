import VisitDeskSharing
import VisitDeskUI

/// Runs the report view's `readStatusHistory` as a background job (git takes a moment on a
/// large store): the history, boxed for the view, or nil when the store is not in git.
enum StatusHistoryEffect {
    /// The work for the effect; nil: not this effect.
    static func job(_ effect: Effect, storeRoot: String) -> (@Sendable () -> [Action])? {
        guard case .readStatusHistory = effect else { return nil }
        return {
            do {
                guard let history = try StatusHistory.read(git: GitRunner(directory: storeRoot, driverCommand: nil)) else {
                    return [.statusHistoryRead(nil, problem: nil)]
                }
                let boxed = ReportStatusHistory(decisionDates: history.decisionDates(), statusesOn: { history.statuses(on: $0) })
                return [.statusHistoryRead(boxed, problem: nil)]
            } catch {
                return [.statusHistoryRead(nil, problem: "report: the store's history could not be read (\(error)); statuses are today's")]
            }
        }
    }
}
