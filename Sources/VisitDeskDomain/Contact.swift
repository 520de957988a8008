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
        get { shared.value.tags }
        _modify { yield &shared.value.tags }
    }
    public var notes: String {
        get { shared.value.notes }
        _modify { yield &shared.value.notes }
    }
    /// The identity another address book gave this person (a vCard `UID`), kept so that a card
    /// coming back from Apple, Google or khard is recognised as the same person.
    public var uid: String? {
        get { shared.value.uid }
        _modify { yield &shared.value.uid }
    }
    /// The pinyin a person wants used for their Chinese name (`Zēng Lì`), where the usual reading
    /// of a character is not theirs; search uses it besides the computed one.
    public var pinyin: String? {
        get { shared.value.pinyin }
        _modify { yield &shared.value.pinyin }
    }
    /// Works for the programme (`staff = true`): offered first as a request's owner.
    public var staff: Bool {
        get { shared.value.staff }
        _modify { yield &shared.value.staff }
    }

    /// Everything a contact holds but its id. Stored in order of size, not of meaning: the two
    /// lists take 17 bytes each (an element held in place and a tag), and `staff` fills the
    /// first one's padding, so a box with its header is 241 bytes, 256 with malloc's share.
    private struct Fields: Hashable, Sendable {
        var name: String
        var nameZh: String?
        var country: String?
        var organisation: String?
        var organisationZh: String?
        var role: String?
        var wechat: String?
        var notes: String
        var uid: String?
        var pinyin: String?
        var languages: [String]
        var topics: [String]
        var tags: [String]
        var phones: SmallList<String>
        var staff: Bool
        var emails: SmallList<String>
    }

    public init(
        id: String, name: String, nameZh: String? = nil, country: String? = nil,
        organisation: String? = nil, organisationZh: String? = nil, role: String? = nil,
        phones: SmallList<String> = [], emails: SmallList<String> = [], wechat: String? = nil,
        languages: [String] = [], topics: [String] = [], tags: [String] = [], notes: String = "",
        uid: String? = nil, pinyin: String? = nil, staff: Bool = false
    ) {
        self.id = id
        shared = CopyOnWrite(Fields(
            name: name, nameZh: nameZh, country: country, organisation: organisation, organisationZh: organisationZh,
            role: role, wechat: wechat, notes: notes, uid: uid, pinyin: pinyin, languages: languages, topics: topics,
            tags: tags, phones: phones, staff: staff, emails: emails
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
