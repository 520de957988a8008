import VisitDeskDomain

/// `<store>/export/visits.ics`, the feed Outlook, Thunderbird or khal subscribe to.
public enum CalendarFeed {
    public static let relativePath = "\(StoreLayout.exportFolder)/visits.ics"

    /// Rewrites the feed when the visits changed; unchanged visits leave the file (and a git or
    /// Syncthing copy of the store) untouched. Pure of any store state, so it can run off the
    /// main thread on a snapshot of the catalog. Returns a message when writing failed.
    @discardableResult
    public static func write(_ catalog: Catalog, storeRoot: String) -> String? {
        // At 10,000 delegations the feed is ~6 MB and is made again after every change: it goes
        // out in pieces, compared with the file as they come, and replaces it only if it differs.
        let path = "\(storeRoot)/\(relativePath)"
        do {
            try FileIO.makeFolder("\(storeRoot)/\(StoreLayout.exportFolder)")
            let replacement = FileReplacement(path)
            ICalendarExport.calendarPieces(
                delegations: catalog.delegations, contacts: catalog.contacts, timeZone: catalog.settings.timezone,
                replacement.append)
            _ = try replacement.finish()
            return nil
        } catch {
            return "calendar feed not updated: \(error.description)"
        }
    }
}

extension CalendarFeed {
    /// Whether a change to these files can change the feed: a delegation, the settings, or the
    /// file of someone a visit names. A colleague's edit to anyone else's card — most contact
    /// edits — leaves the feed as it is, and making it again at 50,000 delegations costs hundreds
    /// of milliseconds and megabytes for nothing.
    public static func mayChange(_ catalog: Catalog, changedPaths: [String]) -> Bool {
        var people = Set<String>()
        for path in changedPaths {
            guard let (kind, name) = StoreLayout.split(path), kind == .contact,
                  case .record(_, let id) = StoreLayout.role(ofFile: name, in: kind) else { return true }
            people.insert(id)
        }
        guard !people.isEmpty else { return true }
        // Whether the file was edited, added or removed, what matters is whether a visit in the
        // feed names that person.
        return catalog.delegations.contains { visit in
            ICalendarEvents.Selection.feed.status(visit) != nil && ICalendarEvents.namedIDs(of: visit).contains(where: people.contains)
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
