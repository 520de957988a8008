/// Store-sized delegation files like the one in the store-format spec: about 15 top-level keys,
/// comments, Unicode, a multi-line string, two slots and a follow-up. Each file differs so no
/// parser can benefit from repeated identical input.
enum TOMLBenchmarkFiles {
    static func delegation(_ n: Int) -> String {
        let day = 1 + n % 28
        let month = 1 + n % 12
        let year = 2017 + n % 10
        let date = "\(year)-\(two(month))-\(two(day))"
        return """
        # delegation \(n)
        title = "Hebei Bureau of Commerce Group \(n)"     # required
        title_zh = "河北省商务厅代表团（第\(n)批）"
        status = "\(["new", "reviewing", "confirmed", "visited"][n % 4])"      # triage state
        direction = "inbound"
        organisation = "Hebei Bureau of Commerce"
        organisation_zh = "河北省商务厅"
        origin = "Shijiazhuang, Hebei"
        received = \(date)
        size = \(5 + n % 30)
        interests = ["waste-water", "recycling", "mine-remediation"]
        earliest = \(date)
        latest = \(year)-\(two(month))-28
        lead = "wang-fang-\(n)"
        owner = "lina-berg"
        members = ["wang-fang-\(n)", "liu-yang", "zhang-wei"]
        tags = ["hebei-partnership"]
        reason = ""
        notes = \"\"\"
        Interested in sludge handling. Interpreter needed.
        Åsa Öberg meets them at Borlänge station.
        \"\"\"

        [[slots]]                                    # the programme
        start = \(date)T13:30:00
        end = \(date)T16:00:00
        place = "Dalarna Science Park, Borlänge"
        host = "erik-sjoberg"
        topic = "Welcome and overview of the region"

        [[slots]]
        start = \(date)T09:00:00
        end = \(date)T11:30:00
        place = "Fortum Waste Solutions, Kumla"

        [[follow_ups]]
        due = \(year)-\(two(month))-28
        what = "Send host company profiles"
        done = false

        """
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
