import Foundation
import TOMLDocument
import VisitDeskDomain

/// TOML document -> domain values. Problems that make a file unusable (syntax, wrong types,
/// missing required fields, an unknown status) mean no record; rule violations are checked later,
/// against the whole store, by `Validation`.
enum RecordDecoder {
    static func delegation(id: String, file: String, document: TOMLDocument) -> (Delegation?, [Problem]) {
        var reader = FieldReader(document: document, file: file)
        let title = reader.requiredString("title", example: "\"Hebei Bureau of Commerce Group\"")
        let statusText = reader.requiredString("status", example: "\"new\"")
        var status: DelegationStatus?
        if let statusText {
            status = DelegationStatus(rawValue: statusText)
            if status == nil {
                let choices = DelegationStatus.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report("status", Phrase("unknown status `%s`: use one of %s", statusText, choices))
            }
        }
        var direction = Direction.inbound
        if let text = reader.string("direction", example: "\"inbound\"") {
            if let parsed = Direction(rawValue: text) {
                direction = parsed
            } else {
                reader.report("direction", Phrase("unknown direction `%s`: use inbound or outbound", text))
            }
        }
        var delegation = Delegation(id: id, title: title ?? "", status: status ?? .new, direction: direction)
        delegation.titleZh = reader.optionalText("title_zh")
        delegation.organisation = reader.optionalText("organisation")
        delegation.organisationZh = reader.optionalText("organisation_zh")
        delegation.origin = reader.optionalText("origin")
        delegation.received = reader.date("received")
        delegation.size = reader.integer("size", example: "14")
        delegation.interests = reader.strings("interests", example: "[\"waste-water\", \"recycling\"]")
        delegation.earliest = reader.date("earliest")
        delegation.latest = reader.date("latest")
        delegation.lead = reader.optionalText("lead")
        delegation.owner = reader.optionalText("owner")
        delegation.members = reader.strings("members", example: "[\"wang-fang\"]")
        delegation.tags = reader.strings("tags")
        delegation.reason = reader.string("reason") ?? ""
        delegation.history = reader.strings("history", example: "[\"2026-11-25 on-hold: waiting for dates\"]")
        delegation.notes = reader.string("notes") ?? ""
        delegation.outcome = reader.string("outcome") ?? ""

        let slotReaders = reader.tables("slots")
        let followUpReaders = reader.tables("follow_ups")
        var problems = reader.problems
        for var slotReader in slotReaders {
            let start = slotReader.requiredDateTime("start", example: "2027-01-14T13:30:00")
            let end = slotReader.requiredDateTime("end", example: "2027-01-14T16:00:00")
            let place = slotReader.string("place") ?? ""
            let host = slotReader.optionalText("host")
            let topic = slotReader.string("topic") ?? ""
            let warnings = slotReader.strings("warnings", example: "[\"2026-12-25: Juldagen (Christmas Day), a Swedish holiday\"]")
            problems += slotReader.problems
            if let start, let end {
                delegation.slots.append(Slot(start: start, end: end, place: place, host: host, topic: topic, warnings: warnings))
            }
        }
        for var followReader in followUpReaders {
            let due = followReader.date("due")
            let what = followReader.string("what") ?? ""
            let done = followReader.bool("done") ?? false
            problems += followReader.problems
            delegation.followUps.append(FollowUp(due: due, what: what, done: done))
        }
        guard title != nil, status != nil, problems.isEmpty else { return (nil, problems) }
        return (delegation, [])
    }

    /// The line of a field named the way `Validation` names them (`lead`, `members.2`, `slots.0.end`).
    /// Looked up only when a rule fails, so the store need not keep every record's positions.
    static func line(of field: String, in document: TOMLDocument) -> Int? {
        let components = field.split(separator: ".").map { part -> TOMLPath.Component in
            Int(part).map { .index($0) } ?? .key(String(part))
        }
        return document.position(of: TOMLPath(components))?.line
    }

    static func contact(id: String, file: String, document: TOMLDocument) -> (Contact?, [Problem]) {
        var reader = FieldReader(document: document, file: file)
        let name = reader.requiredString("name", example: "\"Wang Fang\"")
        var contact = Contact(id: id, name: name ?? "")
        contact.nameZh = reader.optionalText("name_zh")
        contact.country = reader.optionalText("country").map { $0.uppercased() }
        contact.organisation = reader.optionalText("organisation")
        contact.organisationZh = reader.optionalText("organisation_zh")
        contact.role = reader.optionalText("role")
        contact.phones = SmallList(reader.strings("phones", example: "[\"+46 72 039 01 71\"]"))
        contact.emails = SmallList(reader.strings("emails", example: "[\"name@example.se\"]"))
        contact.wechat = reader.optionalText("wechat")
        contact.languages = reader.strings("languages", example: "[\"sv\", \"en\"]")
        contact.topics = reader.strings("topics", example: "[\"waste-water\"]")
        contact.tags = reader.strings("tags")
        contact.notes = reader.string("notes") ?? ""
        contact.uid = reader.optionalText("uid")
        contact.pinyin = reader.optionalText("pinyin")
        contact.staff = reader.bool("staff") ?? false
        var problems = reader.problems
        if name != nil {
            problems += Validation.problems(of: contact, file: file) { reader.line(of: $0) }
        }
        guard name != nil, problems.isEmpty else { return (nil, problems) }
        return (contact, [])
    }

    static func settings(file: String, document: TOMLDocument) -> (StoreSettings, [Problem]) {
        var reader = FieldReader(document: document, file: file)
        var settings = StoreSettings()
        if let name = reader.optionalText("name") { settings.name = name }
        for (key, keyPath) in [("timezone", \StoreSettings.timezone), ("partner_timezone", \StoreSettings.partnerTimezone)] {
            guard let zone = reader.optionalText(key) else { continue }
            if TimeZone(identifier: zone) != nil {
                settings[keyPath: keyPath] = zone
            } else {
                reader.report(key, Phrase("unknown time zone `%s`: use an IANA name like \"Europe/Stockholm\" or \"Asia/Shanghai\"", zone))
            }
        }
        if let days = reader.integer("ageing_days", example: "7") {
            if days > 0 { settings.ageingDays = days } else { reader.report("ageing_days", Phrase("`ageing_days` must be a positive number of days")) }
        }
        if let start = reader.optionalText("season_start") {
            if let season = SeasonStart(text: start) {
                settings.seasonStart = season
            } else {
                reader.report("season_start", Phrase("`season_start` should be a month and day like \"09-01\" (1 September), found \"%s\"", start))
            }
        }
        return (settings, reader.problems)
    }
}
