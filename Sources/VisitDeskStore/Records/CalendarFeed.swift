import VisitDeskDomain

/// `<store>/export/visits.ics`, the feed Outlook, Thunderbird or khal subscribe to.
public enum CalendarFeed {
    public static let relativePath = "\(StoreLayout.exportFolder)/visits.ics"

    /// Rewrites the feed when the visits changed; unchanged visits leave the file (and a git or
    /// Syncthing copy of the store) untouched. Pure of any store state, so it can run off the
    /// main thread on a snapshot of the catalog. Returns a message when writing failed.
    @discardableResult
    public static func write(_ catalog: Catalog, storeRoot: String) -> String? {
        // At 10,000 delegations the feed is ~6 MB, and the dashboard's peak memory counts every
        // copy: the buffer is sized from the last feed, and the old file is compared a block at
        // a time, and only when the sizes match.
        let path = "\(storeRoot)/\(relativePath)"
        let lastSize = FileStamp.of(path)?.size
        let bytes = ICalendarExport.calendarBytes(
            delegations: catalog.delegations, contacts: catalog.contacts, timeZone: catalog.settings.timezone,
            expectedSize: lastSize.map { $0 + $0 / 32 }
        )
        if lastSize == bytes.count, FileIO.contents(of: path, equal: bytes) { return nil }
        do {
            try FileIO.makeFolder("\(storeRoot)/\(StoreLayout.exportFolder)")
            _ = try FileIO.writeAtomically(bytes, to: path, expected: nil, checkExpected: false)
            return nil
        } catch {
            return "calendar feed not updated: \(error.description)"
        }
    }
}

extension RecordStore {
    /// Brings `export/visits.ics` up to date with the catalog (nothing on a read-only store).
    @discardableResult
    public func refreshCalendarFeed() -> String? {
        isReadOnly ? nil : CalendarFeed.write(catalog, storeRoot: root)
    }
}
