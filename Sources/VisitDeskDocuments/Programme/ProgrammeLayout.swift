import VisitDeskDomain

/// The programme (itinerary) of one delegation as a document: what it is, day by day what happens
/// where and with whom on both clocks, and whom to call.
///
/// Contacts are looked up one id at a time (the catalog's binary search), so the cost depends on
/// the visit, never on the size of the store.
public struct ProgrammeLayout {
    public let delegation: Delegation
    public let settings: StoreSettings
    public let readers: ReaderLanguages
    let contact: (String) -> Contact?
    let names: PersonNames
    let clock: ZoneClocks

    public init(delegation: Delegation, settings: StoreSettings, readers: ReaderLanguages, contact: @escaping (String) -> Contact?) {
        self.delegation = delegation
        self.settings = settings
        self.readers = readers
        self.contact = contact
        names = PersonNames(readers: readers)
        clock = ZoneClocks(settings: settings)
    }

    /// The delegation's title in the readers' scripts.
    public var title: String {
        names.bilingual(latin: nonEmpty(delegation.title), chinese: nonEmpty(delegation.titleZh)) ?? delegation.id
    }

    public func body() -> DocumentBody {
        let slots = delegation.sortedSlots
        var blocks: [Block] = [.subtitle(readers.say(Terms.programme))]
        blocks.append(.fields(facts(slots)))
        if slots.isEmpty {
            blocks.append(.paragraph(readers.say(Terms.noSlots, separator: " ")))
        }
        var day: LocalDate?
        for slot in slots {
            if slot.start.date != day {
                day = slot.start.date
                blocks.append(.heading(readers.all.map { DateWords.long(slot.start.date, in: $0) }.joined(separator: " · ")))
            }
            blocks.append(.entry(time: times(slot), fields: details(slot)))
        }
        blocks.append(.heading(readers.say(Terms.contacts)))
        blocks.append(.fields(people()))
        if delegation.direction == .outbound && !delegation.members.isEmpty {
            blocks.append(.heading(readers.say(Terms.travellers)))
            blocks.append(.list(delegation.members.map(personLine)))
        }
        if !slots.isEmpty {
            blocks.append(.link(label: label(Terms.calendar), target: "\(delegation.id).ics"))
        }
        return DocumentBody(language: readers.primary, title: title, blocks: blocks)
    }

    /// The programme alone as plain text, for a letter's `{{programme}}`.
    public func text() -> String { TextWriter.write(body()) }

    func label(_ term: Term) -> String { readers.say(term, separator: " / ") }

    private func facts(_ slots: [Slot]) -> [Field] {
        var fields: [Field] = []
        if let organisation = names.organisation(latin: delegation.organisation, chinese: delegation.organisationZh) {
            fields.append(Field(label(Terms.organisation), organisation))
        }
        if let origin = nonEmpty(delegation.origin) {
            fields.append(Field(label(delegation.direction == .outbound ? Terms.destination : Terms.origin), origin))
        }
        if let first = slots.first?.start.date, let last = slots.map({ $0.dates.last ?? $0.start.date }).max() {
            fields.append(Field(label(Terms.dates), readers.all.map { DateWords.range(first, last, in: $0) }.joined(separator: " · ")))
        } else if let earliest = delegation.earliest, let latest = delegation.latest {
            fields.append(Field(label(Terms.window), readers.all.map { DateWords.range(earliest, latest, in: $0) }.joined(separator: " · ")))
        }
        if let size = delegation.size { fields.append(Field(label(Terms.size), String(size))) }
        return fields
    }

    /// `Stockholm 09:00–10:30 · Beijing 16:00–17:30` (city names in the readers' languages).
    func times(_ slot: Slot) -> String {
        let homeCity = city(clock.homeZone)
        let partnerCity = city(clock.partnerZone)
        let partnerStart = clock.partnerTime(slot.start)
        let partnerEnd = clock.partnerTime(slot.end)
        return "\(homeCity) \(span(slot.start, slot.end, day: slot.start.date)) · \(partnerCity) \(span(partnerStart, partnerEnd, day: slot.start.date))"
    }

    private func city(_ zone: String) -> String {
        var seen = Set<String>()
        return readers.all.map { CityNames.of(zone: zone, in: $0) }.filter { seen.insert($0).inserted }.joined(separator: " ")
    }

    /// `09:00–10:30`; a start on another day than the programme's day, or an end on another day
    /// than the start, carries its date (`9 December 01:00–03:00`, `09:00 – 11 March 17:00`).
    private func span(_ start: LocalDateTime, _ end: LocalDateTime, day: LocalDate) -> String {
        let language = readers.primary
        let from = (start.date == day ? "" : DateWords.short(start.date, in: language) + " ") + start.time.shortText
        if end.date == start.date { return "\(from)–\(end.time.shortText)" }
        return "\(from) – \(DateWords.short(end.date, in: language)) \(end.time.shortText)"
    }

    private func details(_ slot: Slot) -> [Field] {
        var fields: [Field] = []
        if let place = nonEmpty(slot.place) { fields.append(Field(label(Terms.place), place)) }
        if let host = slot.host { fields.append(Field(label(Terms.host), personLine(host))) }
        if let topic = nonEmpty(slot.topic) { fields.append(Field(label(Terms.topic), topic)) }
        return fields
    }

    private func people() -> [Field] {
        [(Terms.lead, delegation.lead), (Terms.coordinator, delegation.owner)].compactMap { term, id in
            id.map { Field(label(term), personLine($0)) }
        }
    }

    /// A contact's card, or the id with a note when the id names nobody in the store.
    private func personLine(_ id: String) -> String {
        guard let person = contact(id) else { return "\(id) (\(readers.say(Terms.notInContacts, separator: " / ")))" }
        return names.card(person)
    }
}
