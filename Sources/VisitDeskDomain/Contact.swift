/// One person, on either side of a visit.
public struct Contact: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var nameZh: String?
    /// ISO 3166 alpha-2, upper case (SE, CN, FI, …).
    public var country: String?
    public var organisation: String?
    public var organisationZh: String?
    public var role: String?
    public var wechat: String?
    public var languages: [String]
    /// What this person can show as a host; the same tags as a delegation's interests.
    public var topics: [String]
    public var tags: [String]
    public var notes: String
    /// The identity another address book gave this person (a vCard `UID`), kept so that a card
    /// coming back from Apple, Google or khard is recognised as the same person.
    public var uid: String?
    /// The pinyin a person wants used for their Chinese name (`Zēng Lì`), where the usual reading
    /// of a character is not theirs; search uses it besides the computed one.
    public var pinyin: String?
    // The two lists come last, with `staff` between them, because each takes 17 bytes (an
    // element held in place and a tag): placed there, `staff` fills a list's padding and a
    // contact stays 248 bytes instead of 256.
    /// Exactly as written in the file; normalised only for search and dialling.
    ///
    /// Nearly everyone has one phone and one email. An array each made two heap blocks per
    /// person that every loaded contact kept (about 11 MB at 100,000 contacts); a `SmallList`
    /// holds a single number or address in place.
    public var phones: SmallList<String>
    /// Works for the programme (`staff = true`): offered first as a request's owner.
    public var staff: Bool
    /// As written, like the phones.
    public var emails: SmallList<String>

    public init(
        id: String, name: String, nameZh: String? = nil, country: String? = nil,
        organisation: String? = nil, organisationZh: String? = nil, role: String? = nil,
        phones: SmallList<String> = [], emails: SmallList<String> = [], wechat: String? = nil,
        languages: [String] = [], topics: [String] = [], tags: [String] = [], notes: String = "",
        uid: String? = nil, pinyin: String? = nil, staff: Bool = false
    ) {
        self.id = id
        self.name = name
        self.nameZh = nameZh
        self.country = country
        self.organisation = organisation
        self.organisationZh = organisationZh
        self.role = role
        self.phones = phones
        self.emails = emails
        self.wechat = wechat
        self.languages = languages
        self.topics = topics
        self.tags = tags
        self.notes = notes
        self.uid = uid
        self.pinyin = pinyin
        self.staff = staff
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
