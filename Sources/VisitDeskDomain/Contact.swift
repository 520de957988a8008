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
    private var box: Box

    public var name: String {
        get { box.fields.name }
        _modify { yield &fields.name }
    }
    public var nameZh: String? {
        get { box.fields.nameZh }
        _modify { yield &fields.nameZh }
    }
    /// ISO 3166 alpha-2, upper case (SE, CN, FI, …).
    public var country: String? {
        get { box.fields.country }
        _modify { yield &fields.country }
    }
    public var organisation: String? {
        get { box.fields.organisation }
        _modify { yield &fields.organisation }
    }
    public var organisationZh: String? {
        get { box.fields.organisationZh }
        _modify { yield &fields.organisationZh }
    }
    public var role: String? {
        get { box.fields.role }
        _modify { yield &fields.role }
    }
    /// Exactly as written in the file; normalised only for search and dialling.
    public var phones: SmallList<String> {
        get { box.fields.phones }
        _modify { yield &fields.phones }
    }
    /// As written, like the phones.
    public var emails: SmallList<String> {
        get { box.fields.emails }
        _modify { yield &fields.emails }
    }
    public var wechat: String? {
        get { box.fields.wechat }
        _modify { yield &fields.wechat }
    }
    public var languages: [String] {
        get { box.fields.languages }
        _modify { yield &fields.languages }
    }
    /// What this person can show as a host; the same tags as a delegation's interests.
    public var topics: [String] {
        get { box.fields.topics }
        _modify { yield &fields.topics }
    }
    public var tags: [String] {
        get { box.fields.tags }
        _modify { yield &fields.tags }
    }
    public var notes: String {
        get { box.fields.notes }
        _modify { yield &fields.notes }
    }
    /// The identity another address book gave this person (a vCard `UID`), kept so that a card
    /// coming back from Apple, Google or khard is recognised as the same person.
    public var uid: String? {
        get { box.fields.uid }
        _modify { yield &fields.uid }
    }
    /// The pinyin a person wants used for their Chinese name (`Zēng Lì`), where the usual reading
    /// of a character is not theirs; search uses it besides the computed one.
    public var pinyin: String? {
        get { box.fields.pinyin }
        _modify { yield &fields.pinyin }
    }
    /// Works for the programme (`staff = true`): offered first as a request's owner.
    public var staff: Bool {
        get { box.fields.staff }
        _modify { yield &fields.staff }
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

    /// Shared by copies of the same contact until one of them writes a field.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// The fields for writing: a box shared with another copy is copied first.
    private var fields: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    public init(
        id: String, name: String, nameZh: String? = nil, country: String? = nil,
        organisation: String? = nil, organisationZh: String? = nil, role: String? = nil,
        phones: SmallList<String> = [], emails: SmallList<String> = [], wechat: String? = nil,
        languages: [String] = [], topics: [String] = [], tags: [String] = [], notes: String = "",
        uid: String? = nil, pinyin: String? = nil, staff: Bool = false
    ) {
        self.id = id
        box = Box(Fields(
            name: name, nameZh: nameZh, country: country, organisation: organisation, organisationZh: organisationZh,
            role: role, wechat: wechat, notes: notes, uid: uid, pinyin: pinyin, languages: languages, topics: topics,
            tags: tags, phones: phones, staff: staff, emails: emails
        ))
    }

    public static func == (lhs: Contact, rhs: Contact) -> Bool {
        lhs.id == rhs.id && (lhs.box === rhs.box || lhs.box.fields == rhs.box.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(box.fields)
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
