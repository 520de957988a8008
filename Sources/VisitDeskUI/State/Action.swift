import VisitDeskDocuments
import VisitDeskDomain

/// Everything that can happen to the dashboard, named for what happened rather than what to do:
/// the edges (keyboard, watcher, timer, effect runners) report, `update` decides.
public enum Action: Sendable {
    case key(Key)
    case resized(TerminalSize)
    /// The store changed on disk; `summary` ("reloaded delegations/x.toml") goes to the status bar,
    /// in the language on screen.
    case catalogReplaced(Catalog, summary: Phrase?)
    /// The start-up check is done (draw first, verify after): the checked catalog, nil when it
    /// equals the one drawn from the cache, and how many files differed from the cache.
    case storeChecked(Catalog?, changedFiles: Int)
    /// The store's letter templates changed on disk: every one it holds now, by file name.
    case templatesReplaced([String: String], summary: Phrase)
    /// The store's status history for the report view (nil: the store is not in git), or why not.
    case statusHistoryRead(ReportStatusHistory?, problem: String?)
    case clock(ClockReading)
    /// An edge reports an outcome ("copied +46 72 …", "write failed: …") already in words.
    case message(String)
    /// An edge reports an outcome as a sentence (`Phrase`), shown in the language on screen:
    /// the edges (runtime, store, sharing) know no language.
    case say(Phrase)
    /// A record's history from git (nil: not committed yet), for the detail view and card.
    case historyLoaded(path: String, RecordHistorySummary?)
    /// The background sync's latest outcome and the files it left in conflict (empty: none).
    case syncReport(status: Phrase?, conflicts: [SyncConflict])
    /// The sync's state for the status bar, after every sync.
    case syncIndicator(SyncIndicator)
    /// The records colleagues changed in this session's syncs, newest first (the `I` list).
    case arrivalsLoaded([ArrivedRecord])
    /// Triage: the runner wrote a step (a save, or keeping mine in a conflict); it can be undone.
    case saved(UndoStep)
    case undone(UndoStep)
    case redone(UndoStep)
    /// Triage: a write found the file changed on disk; nothing was written.
    case writeConflict(WriteConflict)
    /// Triage: the store refused a write (invalid, read-only, I/O); the form it came from reopens.
    case writeFailed(String)
}

/// Work that only the edges can do. `update` returns these instead of doing I/O, so every
/// key can be tested without a terminal and the runtime stays the only place with side effects.
public enum Effect: Hashable, Sendable {
    case quit
    /// The backend re-applies colours for the named theme.
    case themeChanged(name: String)
    /// Triage: write these edits through the store's compare-and-swap path as one undo step.
    case save(SaveRequest)
    /// Triage: put back the bytes before the step (undo) or after it (redo), each file only if
    /// it still holds what the step left there.
    case undo(UndoStep)
    case redo(UndoStep)
    /// Triage, keeping mine in a conflict: write `after` if the disk still holds `before`.
    /// Keep mine in a conflict. `reapplying`: the coordinator's own change, applied again to the
    /// newest disk version if the file changed once more while the conflict view was open.
    case overwrite(FileChange, label: String, reapplying: DelegationEdit? = nil)
    /// Triage: run $VISUAL/$EDITOR on the record's file with the terminal, then reload it.
    case openInEditor(RecordFolder, id: String)
    /// Problems list: run the editor on a store file (relative path) at `line`, then reload it.
    case openFileInEditor(path: String, line: Int?)
    /// Contacts: put `text` on the clipboard; `what` ("Åsa Öberg's phone", in the language on
    /// screen) is for the report back.
    case copyToClipboard(text: String, what: String)
    /// Documents preview: write the document as `export/<fileName>` (an existing file only when
    /// it says `replace`), making a PDF or a mail's attachments first; open it when asked. Slow
    /// (a PDF engine takes seconds), so the runner does it off the main loop.
    case writeDocument(DocumentWrite)
    /// Documents preview, after the coordinator confirmed: hand the message, with the attachments
    /// asked for, to the sendmail program (the runner sets its Date and Message-ID). Off the main loop.
    case sendMail(MailMessage, MailAttachmentRequest)
    /// Conflict inbox: merge again, each conflicting file keeping the chosen side at its
    /// conflicting keys, and push.
    case settleSyncConflicts([String: SyncChoice], values: [String: [String: String]] = [:])
    /// Fetch, merge and push now rather than at the next interval.
    case syncNow
    /// Read what this session's syncs brought in, from git (`I`).
    case loadArrivals
    /// Read who changed what in one record's file (a path relative to the store) from git.
    case loadHistory(path: String)
    /// The report view opened: read each delegation's status through the store's git history (off
    /// the main loop) and answer with `.statusHistoryRead`.
    case readStatusHistory
}
