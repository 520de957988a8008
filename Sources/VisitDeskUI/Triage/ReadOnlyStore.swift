/// A store the user cannot write (a colleague's share, a read-only mount): the dashboard still
/// shows everything, but says so up front, and commands that write (`Command.writes`) explain
/// instead of opening a form whose save could only fail after the coordinator typed it.
enum ReadOnlyStore {
    static let refusal = Localization.key("the store is read-only: nothing can be changed from here")
}

extension AppState {
    /// The store was opened read-only (`RecordStore.isReadOnly`): the status bar says so and
    /// writing keys are refused.
    public mutating func markStoreReadOnly() {
        triage.storeIsReadOnly = true
    }
}
