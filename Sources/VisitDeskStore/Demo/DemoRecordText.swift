import VisitDeskDomain

/// Writes demo records the way the program writes any new record (`RecordEncoder`), with the
/// comment a person would have put at the top of the file.
enum DemoRecordText {
    /// Nil only if the encoder rejects a demo record, which the demo tests would catch.
    static func contact(_ record: DemoRecord<Contact>) -> String? {
        (try? RecordEncoder.newFile(for: record.value)).map { commented(record.comment, $0) }
    }

    static func delegation(_ record: DemoRecord<Delegation>) -> String? {
        (try? RecordEncoder.newFile(for: record.value)).map { commented(record.comment, $0) }
    }

    /// The demo's settings are fixed ASCII text, so they are written out directly.
    static func settings(_ settings: StoreSettings) -> String {
        """
        # Store settings: every time in the records is in `timezone`.
        name = "\(settings.name)"
        timezone = "\(settings.timezone)"
        partner_timezone = "\(settings.partnerTimezone)"

        """
    }

    private static func commented(_ comment: String?, _ text: String) -> String {
        guard let comment else { return text }
        return "# \(comment)\n" + text
    }
}
