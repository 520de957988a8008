/// Everything a contact or delegation can be found by, computed once when the record loads so that
/// matching on each keystroke is plain byte comparison (the pinyin transform alone costs ~110 µs).
///
/// Each key is UTF-8 text of space-separated words; how much a match counts depends on the key.
public struct SearchKeys: Hashable, Sendable {
    // The six keys, one after another in one buffer with no room to spare: one allocation a
    // record. As six arrays, each grown by appending, 20,000 contacts' keys took 12.5 MB. A
    // Swedish key the same as its folded one (no å, ä or ö: every Chinese name) is not stored
    // twice: its range is empty and the flag says to read the folded key.
    private let storage: [UInt8]
    private let namesEnd, swedishNamesEnd, initialsEnd, othersEnd, swedishOthersEnd: Int32
    private let swedishNamesAreNames, swedishOthersAreOthers: Bool

    /// Names and titles: folded Latin (`asa oberg`), Hanzi (`张伟`), pinyin words and the pinyin
    /// run together (`zhang wei zhangwei`), and the record id.
    var names: ArraySlice<UInt8> { storage[0..<Int(namesEnd)] }
    /// The Latin names with å, ä and ö kept (`åsa öberg`), for queries typed with them.
    var swedishNames: ArraySlice<UInt8> { swedishNamesAreNames ? names : storage[Int(namesEnd)..<Int(swedishNamesEnd)] }
    /// First letters of the name's words, Latin and pinyin (`ao`, `zw`).
    var initials: ArraySlice<UInt8> { storage[Int(swedishNamesEnd)..<Int(initialsEnd)] }
    /// Organisation in both scripts and pinyin, role, emails, WeChat, tags, topics, origin, ids.
    var others: ArraySlice<UInt8> { storage[Int(initialsEnd)..<Int(othersEnd)] }
    var swedishOthers: ArraySlice<UInt8> { swedishOthersAreOthers ? others : storage[Int(othersEnd)..<Int(swedishOthersEnd)] }
    /// Each phone as written, in national and in international digits (`0720390171 46720390171`).
    var phones: ArraySlice<UInt8> { storage[Int(swedishOthersEnd)...] }

    public init(contact: Contact) {
        var keys = KeyBuilder()
        keys.addName(contact.name)
        keys.addName(contact.nameZh)
        keys.addName(contact.pinyin)
        // The family name's own reading (曾 as Zēng, not céng), which the character-by-character
        // pinyin of name_zh may miss.
        keys.addName(contact.nameZh.map { ChineseName.pinyin($0) })
        keys.addName(contact.id)
        for text in [contact.organisation, contact.organisationZh, contact.role, contact.wechat] {
            keys.addOther(text)
        }
        for text in contact.emails + contact.tags + contact.topics { keys.addOther(text) }
        for written in contact.phones {
            let phone = PhoneNumber(written, defaultCountry: contact.country)
            keys.addPhone(phone.digits)
            keys.addPhone(phone.national)
            keys.addPhone(phone.e164.map { String($0.dropFirst()) })
        }
        self = keys.finish()
    }

    public init(delegation: Delegation) {
        var keys = KeyBuilder()
        keys.addName(delegation.title)
        keys.addName(delegation.titleZh)
        keys.addName(delegation.id)
        for text in [delegation.organisation, delegation.organisationZh, delegation.origin, delegation.lead, delegation.owner] {
            keys.addOther(text)
        }
        for text in delegation.tags + delegation.interests + delegation.members { keys.addOther(text) }
        self = keys.finish()
    }

    init(names: [UInt8], swedishNames: [UInt8], initials: [UInt8], others: [UInt8], swedishOthers: [UInt8], phones: [UInt8]) {
        swedishNamesAreNames = swedishNames == names
        swedishOthersAreOthers = swedishOthers == others
        let keys = [names, swedishNamesAreNames ? [] : swedishNames, initials, others, swedishOthersAreOthers ? [] : swedishOthers, phones]
        var storage: [UInt8] = []
        storage.reserveCapacity(keys.reduce(0) { $0 + $1.count })
        var ends: [Int32] = []
        for key in keys {
            storage.append(contentsOf: key)
            ends.append(Int32(storage.count))
        }
        self.storage = storage
        (namesEnd, swedishNamesEnd, initialsEnd, othersEnd, swedishOthersEnd) = (ends[0], ends[1], ends[2], ends[3], ends[4])
    }
}

/// Collects the words of each key, each once, in the order they were added.
private struct KeyBuilder {
    var names = WordList()
    var swedishNames = WordList()
    var initials = WordList()
    var others = WordList()
    var swedishOthers = WordList()
    var phones = WordList()

    mutating func addName(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        let latin = SearchText.words(SearchText.folded(text))
        names.add(latin)
        swedishNames.add(SearchText.words(SearchText.swedish(text)))
        initials.add(Self.initials(of: latin.filter { !SearchText.containsHan($0) }))
        let pinyin = SearchText.pinyin(text)
        if !pinyin.isEmpty {
            names.add(pinyin + [pinyin.joined()])
            initials.add(Self.initials(of: pinyin))
        }
    }

    mutating func addOther(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        others.add(SearchText.words(SearchText.folded(text)))
        swedishOthers.add(SearchText.words(SearchText.swedish(text)))
        let pinyin = SearchText.pinyin(text)
        if !pinyin.isEmpty { others.add(pinyin + [pinyin.joined()]) }
    }

    mutating func addPhone(_ digits: String?) {
        guard let digits, !digits.isEmpty else { return }
        phones.add([digits])
    }

    func finish() -> SearchKeys {
        SearchKeys(names: names.bytes, swedishNames: swedishNames.bytes, initials: initials.bytes,
                   others: others.bytes, swedishOthers: swedishOthers.bytes, phones: phones.bytes)
    }

    /// `["asa", "oberg"]` → `["ao"]`; a single word has no useful initials.
    private static func initials(of words: [String]) -> [String] {
        guard words.count > 1 else { return [] }
        return [String(words.compactMap(\.first))]
    }
}

private struct WordList {
    private var seen = Set<String>()
    private(set) var bytes: [UInt8] = []

    mutating func add(_ words: [String]) {
        for word in words where !word.isEmpty && seen.insert(word).inserted {
            if !bytes.isEmpty { bytes.append(WordMatch.space) }
            bytes.append(contentsOf: word.utf8)
        }
    }
}
