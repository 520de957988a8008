/// A store the user cannot write (a colleague's share, a read-only mount): the dashboard still
/// shows everything, but says so up front, and keys that would write explain instead of opening a
/// form whose save could only fail after the coordinator typed it.
enum ReadOnlyStore {
    /// Triage keys whose only purpose is to change a file. Space (marking) and E (opening the
    /// file in an editor, which can still show it) stay available.
    static let writingKeys: Set<Key> = [
        .character("r"), .character("h"), .character("d"), .character("x"), .character("a"),
        .character("v"), .character("o"), .character("t"), .character("n"), .character("e"),
        .character("u"), .control("r"),
    ]

    static let refusal = "the store is read-only: nothing can be changed from here"

    /// True when the key was a write refused because the store is read-only.
    static func refuses(_ key: Key, _ state: inout AppState) -> Bool {
        guard state.triage.storeIsReadOnly, writingKeys.contains(key) else { return false }
        state.message = refusal
        return true
    }
}

extension AppState {
    /// The store was opened read-only (`RecordStore.isReadOnly`): the status bar says so and
    /// writing keys are refused.
    public mutating func markStoreReadOnly() {
        triage.storeIsReadOnly = true
    }
}
