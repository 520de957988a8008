/// The optional `store.toml`: a name for the status bar and the two clocks' zones.
public struct StoreSettings: Hashable, Sendable {
    public var name: String
    /// IANA zone of every local time in the store.
    public var timezone: String
    /// The second clock.
    public var partnerTimezone: String
    /// Requests older than this many days without an answer stand out.
    public var ageingDays: Int

    public init(
        name: String = "VisitDesk", timezone: String = "Europe/Stockholm",
        partnerTimezone: String = "Asia/Shanghai", ageingDays: Int = 7
    ) {
        self.name = name
        self.timezone = timezone
        self.partnerTimezone = partnerTimezone
        self.ageingDays = ageingDays
    }
}
