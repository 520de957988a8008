import VisitDeskDomain

/// Writes demo records as a person would: fields in the order of the format description, empty
/// fields left out, notes as multi-line strings, a comment on top where the demo has one.
enum DemoRecordText {
    static func contact(_ record: DemoRecord<Contact>) -> String {
        let c = record.value
        var out = TOMLLines(comment: record.comment)
        out.string("name", c.name)
        out.string("name_zh", c.nameZh)
        out.string("country", c.country)
        out.string("organisation", c.organisation)
        out.string("organisation_zh", c.organisationZh)
        out.string("role", c.role)
        out.array("phones", c.phones)
        out.array("emails", c.emails)
        out.string("wechat", c.wechat)
        out.array("languages", c.languages)
        out.array("topics", c.topics)
        out.array("tags", c.tags)
        out.freeText("notes", c.notes)
        return out.rendered
    }

    static func delegation(_ record: DemoRecord<Delegation>) -> String {
        let d = record.value
        var out = TOMLLines(comment: record.comment)
        out.string("title", d.title)
        out.string("title_zh", d.titleZh)
        out.string("status", d.status.rawValue)
        if d.direction != .inbound { out.string("direction", d.direction.rawValue) }
        out.string("organisation", d.organisation)
        out.string("organisation_zh", d.organisationZh)
        out.string("origin", d.origin)
        out.raw("received", d.received?.description)
        out.raw("size", d.size.map(String.init))
        out.array("interests", d.interests)
        out.raw("earliest", d.earliest?.description)
        out.raw("latest", d.latest?.description)
        out.string("lead", d.lead)
        out.string("owner", d.owner)
        out.array("members", d.members)
        out.array("tags", d.tags)
        out.freeText("reason", d.reason)
        out.freeText("notes", d.notes)
        out.freeText("outcome", d.outcome)
        for slot in d.slots {
            out.table("slots")
            out.raw("start", slot.start.description)
            out.raw("end", slot.end.description)
            out.freeText("place", slot.place)
            out.string("host", slot.host)
            out.freeText("topic", slot.topic)
        }
        for followUp in d.followUps {
            out.table("follow_ups")
            out.raw("due", followUp.due?.description)
            out.freeText("what", followUp.what)
            out.raw("done", String(followUp.done))
        }
        return out.rendered
    }

    static func settings(_ settings: StoreSettings) -> String {
        var out = TOMLLines(comment: "Store settings: all times in the records are in `timezone`.")
        out.string("name", settings.name)
        out.string("timezone", settings.timezone)
        out.string("partner_timezone", settings.partnerTimezone)
        return out.rendered
    }
}

/// Accumulates `key = value` lines; values are TOML-quoted here and nowhere else.
struct TOMLLines {
    private(set) var rendered = ""

    init(comment: String?) {
        if let comment { rendered += "# \(comment)\n" }
    }

    mutating func raw(_ key: String, _ value: String?) {
        guard let value else { return }
        rendered += "\(key) = \(value)\n"
    }

    mutating func string(_ key: String, _ value: String?) {
        raw(key, value.map(TOMLLines.quoted))
    }

    /// An optional free text: left out when empty, multi-line when it has line breaks.
    mutating func freeText(_ key: String, _ value: String) {
        guard !value.isEmpty else { return }
        if value.contains("\n") {
            let body = value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            rendered += "\(key) = \"\"\"\n\(body)\(body.hasSuffix("\n") ? "" : "\n")\"\"\"\n"
        } else {
            string(key, value)
        }
    }

    mutating func array(_ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        raw(key, "[" + values.map(TOMLLines.quoted).joined(separator: ", ") + "]")
    }

    mutating func table(_ name: String) {
        rendered += "\n[[\(name)]]\n"
    }

    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
