import VisitDeskDomain

extension RecordStore {
    /// Where the subscribed calendar lives: `<store>/export/visits.ics`.
    public static let calendarFeedPath = "\(StoreLayout.exportFolder)/visits.ics"

    /// Rewrites `export/visits.ics` when the visits changed, so Outlook, Thunderbird or khal
    /// subscribed to it stay current. Unchanged visits leave the file (and a git or Syncthing
    /// copy of the store) untouched. Returns a message when writing failed.
    @discardableResult
    public func refreshCalendarFeed() -> String? {
        guard !isReadOnly else { return nil }
        let text = ICalendarExport.calendar(
            delegations: catalog.delegations, contacts: catalog.contacts, timeZone: catalog.settings.timezone
        )
        let bytes = Array(text.utf8)
        let path = absolutePath(RecordStore.calendarFeedPath)
        if let current = try? FileIO.read(path), current == bytes { return nil }
        do {
            try FileIO.makeFolder(absolutePath(StoreLayout.exportFolder))
            _ = try FileIO.writeAtomically(bytes, to: path, expected: nil, checkExpected: false)
            return nil
        } catch {
            return "calendar feed not updated: \(error.description)"
        }
    }
}
