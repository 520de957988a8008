import VisitDeskDomain

/// Every name a letter template can use, filled from one delegation: its fields under their
/// store-format names (`title_zh`, `organisation`, `earliest`), the programme as text, the lead,
/// the owner (coordinator) and the members as people, the slots, and today's date — dates in the
/// letter's language.
public struct LetterContext {
    public let values: [String: TemplateValue]

    public init(delegation d: Delegation, settings: StoreSettings, language: DocumentLanguage, today: LocalDate, contact: @escaping (String) -> Contact?) {
        let readers = ReaderLanguages(language)
        let layout = ProgrammeLayout(delegation: d, settings: settings, readers: readers, contact: contact)
        let people = PersonValues(names: PersonNames(readers: readers), contact: contact)
        let date = { (day: LocalDate?) in TemplateValue.text(day.map { DateWords.plain($0, in: language) } ?? "") }
        let slots = d.sortedSlots
        let lastDay = slots.map { $0.dates.last ?? $0.start.date }.max()
        var values: [String: TemplateValue] = [
            "id": .text(d.id), "title": .text(d.title), "title_zh": .text(d.titleZh ?? ""), "name": .text(layout.title),
            "status": .text(d.status.rawValue), "direction": .text(d.direction.rawValue),
            "inbound": .flag(d.direction == .inbound), "outbound": .flag(d.direction == .outbound),
            "organisation": .text(d.organisation ?? ""), "organisation_zh": .text(d.organisationZh ?? ""),
            "origin": .text(d.origin ?? ""), "received": date(d.received), "size": .text(d.size.map(String.init) ?? ""),
            "interests": .text(d.interests.joined(separator: ", ")), "tags": .text(d.tags.joined(separator: ", ")),
            "earliest": date(d.earliest), "latest": date(d.latest),
            "reason": .text(d.reason), "notes": .text(d.notes), "outcome": .text(d.outcome),
            "first_day": date(slots.first?.start.date), "last_day": date(lastDay),
            "dates": .text(slots.first.map { DateWords.range($0.start.date, lastDay ?? $0.start.date, in: language) } ?? ""),
            "window": .text(d.earliest.flatMap { e in d.latest.map { DateWords.range(e, $0, in: language) } } ?? ""),
            "programme": .text(slots.isEmpty ? "" : layout.text()),
            "lead": people.value(d.lead), "owner": people.value(d.owner),
            "members": .list(d.members.compactMap { people.group($0) }, keys: PersonValues.keys),
            "slots": .list(slots.map { slot in
                ["date": date(slot.start.date), "time": .text(layout.times(slot)), "place": .text(slot.place),
                 "topic": .text(slot.topic), "host": people.value(slot.host)]
            }, keys: ["date", "time", "place", "topic", "host"]),
            "today": date(today), "store_name": .text(settings.name), "ics_file": .text("\(d.id).ics"),
        ]
        values["has_programme"] = .flag(!slots.isEmpty)
        values["signature"] = .text(d.owner.flatMap(contact).map(people.signature) ?? "")
        self.values = values
    }
}

/// A person as a template sees them: `{{lead.display}}` is the name in the letter's script.
struct PersonValues {
    static let keys: Set<String> = ["id", "name", "name_zh", "pinyin", "display", "organisation", "organisation_zh", "role", "phone", "email", "wechat"]

    let names: PersonNames
    let contact: (String) -> Contact?

    /// An absent or unknown person is an empty group with every key, so `{{lead.email}}` for a
    /// delegation without a lead is reported as empty, not as a typo.
    func value(_ id: String?) -> TemplateValue {
        .group(id.flatMap(group) ?? Dictionary(uniqueKeysWithValues: Self.keys.map { ($0, TemplateValue.text("")) }))
    }

    /// The coordinator's closing lines: name, role, organisation, phone, email.
    func signature(_ c: Contact) -> String {
        [names.name(c), c.role, names.organisation(latin: c.organisation, chinese: c.organisationZh), c.phones.first, c.emails.first]
            .compactMap(nonEmpty).joined(separator: "\n")
    }

    func group(_ id: String) -> [String: TemplateValue]? {
        guard let c = contact(id) else { return nil }
        return [
            "id": .text(c.id), "name": .text(c.name), "name_zh": .text(c.nameZh ?? ""),
            "pinyin": .text(c.namePinyin ?? ""), "display": .text(names.name(c)),
            "organisation": .text(c.organisation ?? ""), "organisation_zh": .text(c.organisationZh ?? ""),
            "role": .text(c.role ?? ""), "phone": .text(c.phones.first ?? ""), "email": .text(c.emails.first ?? ""),
            "wechat": .text(c.wechat ?? ""),
        ]
    }
}
