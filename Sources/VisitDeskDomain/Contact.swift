/// One person, on either side of a visit.
///
/// A value, but like `Delegation` its fields (all but the id) live in one shared, copy-on-write
/// box. The dashboard's screen holds the last catalog while the store makes the next, so a
/// contact changed on disk used to copy the whole array of people inline: 24.8 MB and a dozen
/// retains per person at 100,000 contacts, for each change. Now it copies ids and references,
/// and a field written copies only that person's box; an unchanged person in two catalogs is
/// the same box, which compares equal without reading a field.
public struct Contact: Hashable, Sendable, Identifiable {
    public var id: String
    private var shared: CopyOnWrite<Fields>

    public var name: String {
        get { shared.value.name }
        _modify { yield &shared.value.name }
    }
    public var nameZh: String? {
        get { shared.value.nameZh }
        _modify { yield &shared.value.nameZh }
    }
    /// ISO 3166 alpha-2, upper case (SE, CN, FI, …).
    public var country: String? {
        get { shared.value.country }
        _modify { yield &shared.value.country }
    }
    public var organisation: String? {
        get { shared.value.organisation }
        _modify { yield &shared.value.organisation }
    }
    public var organisationZh: String? {
        get { shared.value.organisationZh }
        _modify { yield &shared.value.organisationZh }
    }
    public var role: String? {
        get { shared.value.role }
        _modify { yield &shared.value.role }
    }
    /// Exactly as written in the file; normalised only for search and dialling.
    public var phones: SmallList<String> {
        get { shared.value.phones }
        _modify { yield &shared.value.phones }
    }
    /// As written, like the phones.
    public var emails: SmallList<String> {
        get { shared.value.emails }
        _modify { yield &shared.value.emails }
    }
    public var wechat: String? {
        get { shared.value.wechat }
        _modify { yield &shared.value.wechat }
    }
    public var languages: [String] {
        get { shared.value.languages }
        _modify { yield &shared.value.languages }
    }
    /// What this person can show as a host; the same tags as a delegation's interests.
    public var topics: [String] {
        get { shared.value.topics }
        _modify { yield &shared.value.topics }
    }
    public var tags: [String] {
        get { shared.value.rare?.value.tags ?? [] }
        set { changeRare { $0.tags = newValue } }
    }
    public var notes: String {
        get { shared.value.rare?.value.notes ?? "" }
        set { changeRare { $0.notes = newValue } }
    }
    /// The identity another address book gave this person (a vCard `UID`), kept so that a card
    /// coming back from Apple, Google or khard is recognised as the same person.
    public var uid: String? {
        get { shared.value.rare?.value.uid }
        set { changeRare { $0.uid = newValue } }
    }
    /// The pinyin a person wants used for their Chinese name (`Zēng Lì`), where the usual reading
    /// of a character is not theirs; search uses it besides the computed one.
    public var pinyin: String? {
        get { shared.value.rare?.value.pinyin }
        set { changeRare { $0.pinyin = newValue } }
    }
    /// Works for the programme (`staff = true`): offered first as a request's owner.
    public var staff: Bool {
        get { shared.value.rare?.value.staff ?? false }
        set { changeRare { $0.staff = newValue } }
    }

    /// Everything a contact holds but its id. Stored in order of size, not of meaning: the two
    /// lists take 17 bytes each (an element held in place and a tag), so a box with its header
    /// is 193 bytes, 208 with malloc's share (it was 256 with the rare fields inline: 4.8 MB
    /// more at 100,000 people).
    private struct Fields: Hashable, Sendable {
        var name: String
        var nameZh: String?
        var country: String?
        var organisation: String?
        var organisationZh: String?
        var role: String?
        var wechat: String?
        var languages: [String]
        var topics: [String]
        /// nil while every rare field is at its default, so two equal contacts have equal
        /// fields whichever way they were made.
        var rare: CopyOnWrite<Rare>?
        var phones: SmallList<String>
        var emails: SmallList<String>
    }

    /// What most people do not have: notes, tags, another address book's UID, a pinyin of
    /// their own, the staff mark. Held in a box of its own, made only for those who do.
    private struct Rare: Hashable, Sendable {
        var notes = ""
        var uid: String?
        var pinyin: String?
        var tags: [String] = []
        var staff = false

        static let none = Rare()
    }

    private mutating func changeRare(_ change: (inout Rare) -> Void) {
        var rare = shared.value.rare?.value ?? .none
        change(&rare)
        shared.value.rare = rare == .none ? nil : CopyOnWrite(rare)
    }

    public init(
        id: String, name: String, nameZh: String? = nil, country: String? = nil,
        organisation: String? = nil, organisationZh: String? = nil, role: String? = nil,
        phones: SmallList<String> = [], emails: SmallList<String> = [], wechat: String? = nil,
        languages: [String] = [], topics: [String] = [], tags: [String] = [], notes: String = "",
        uid: String? = nil, pinyin: String? = nil, staff: Bool = false
    ) {
        self.id = id
        let rare = Rare(notes: notes, uid: uid, pinyin: pinyin, tags: tags, staff: staff)
        shared = CopyOnWrite(Fields(
            name: name, nameZh: nameZh, country: country, organisation: organisation, organisationZh: organisationZh,
            role: role, wechat: wechat, languages: languages, topics: topics,
            rare: rare == .none ? nil : CopyOnWrite(rare), phones: phones, emails: emails
        ))
    }

    /// The side of the programme a contact belongs to, for the Swedish/Chinese toggle.
    public enum Side: String, Sendable { case swedish, chinese, other }

    public var side: Side {
        guard let country else { return nameZh == nil ? .swedish : .chinese }
        // ASCII letters upper-cased by hand: `uppercased()` made a string per contact, a few
        // milliseconds of a 20,000-contact start; a code is two letters or no code we know.
        var letters = country.utf8.makeIterator()
        guard let first = letters.next(), let second = letters.next(), letters.next() == nil else { return .other }
        switch (first & 0xDF, second & 0xDF) {
        case (UInt8(ascii: "S"), UInt8(ascii: "E")): return .swedish
        case (UInt8(ascii: "C"), UInt8(ascii: "N")), (UInt8(ascii: "H"), UInt8(ascii: "K")),
             (UInt8(ascii: "M"), UInt8(ascii: "O")), (UInt8(ascii: "T"), UInt8(ascii: "W")): return .chinese
        default: return .other
        }
    }
}
