/// The optional `store.toml`: a name for the status bar, the two clocks' zones, the season's start.
public struct StoreSettings: Hashable, Sendable {
    public var name: String
    /// IANA zone of every local time in the store.
    public var timezone: String
    /// The second clock.
    public var partnerTimezone: String
    /// Requests older than this many days without an answer stand out.
    public var ageingDays: Int
    /// The day each season begins, for the report (`season_start = "09-01"`).
    public var seasonStart: SeasonStart

    public init(
        name: String = "VisitDesk", timezone: String = "Europe/Stockholm",
        partnerTimezone: String = "Asia/Shanghai", ageingDays: Int = 7,
        seasonStart: SeasonStart = .september
    ) {
        self.seasonStart = seasonStart
        self.name = name
        self.timezone = timezone
        self.partnerTimezone = partnerTimezone
        self.ageingDays = ageingDays
    }
}
