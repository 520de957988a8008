/// Everything a contact or delegation can be found by, computed once when the record loads so that
/// matching on each keystroke is plain byte comparison (the pinyin transform alone costs ~110 µs).
///
/// Each key is UTF-8 text of space-separated words; how much a match counts depends on the key.
public struct SearchKeys: Hashable, Sendable {
    // The six keys, one after another in one buffer with no room to spare: one allocation a
    // record. As six arrays, each grown by appending, 20,000 contacts' keys took 12.5 MB.
    private let storage: [UInt8]
    private let namesEnd, swedishNamesEnd, initialsEnd, othersEnd, swedishOthersEnd: Int32

    /// Names and titles: folded Latin (`asa oberg`), Hanzi (`张伟`), pinyin words and the pinyin
    /// run together (`zhang wei zhangwei`), and the record id.
    var names: ArraySlice<UInt8> { storage[0..<Int(namesEnd)] }
    /// The words of the names whose Swedish spelling differs from the folded one, å, ä and ö
    /// kept (`åsa öberg`), for queries typed with them. Only those: a query word typed with å
    /// can only be found inside a word that has it, so `oberg`, `10001` or `张伟` here would
    /// never match (they took a quarter of the keys, 9 MB at 100,000 contacts).
    var swedishNames: ArraySlice<UInt8> { storage[Int(namesEnd)..<Int(swedishNamesEnd)] }
    /// First letters of the name's words, Latin and pinyin (`ao`, `zw`).
    var initials: ArraySlice<UInt8> { storage[Int(swedishNamesEnd)..<Int(initialsEnd)] }
    /// Organisation in both scripts and pinyin, role, emails, WeChat, tags, topics, origin, ids.
    var others: ArraySlice<UInt8> { storage[Int(initialsEnd)..<Int(othersEnd)] }
    /// The words of the others whose Swedish spelling differs, as `swedishNames` (`borlänge`).
    var swedishOthers: ArraySlice<UInt8> { storage[Int(othersEnd)..<Int(swedishOthersEnd)] }
    /// Each phone as written, in national and in international digits (`0720390171 46720390171`).
    var phones: ArraySlice<UInt8> { storage[Int(swedishOthersEnd)...] }

    /// - Parameters:
    ///   - everySwedishWord: keep every word in the Swedish keys, as they were before they held
    ///     only the words that differ: for tests, which compare the two.
    ///   - withAffiliation: with the organisation and role (`Affiliation`); a `SearchKeyTable`
    ///     keeps those once for everyone who shares them.
    init(contact: Contact, everySwedishWord: Bool, withAffiliation: Bool = true) {
        var keys = KeyBuilder()
        keys.everySwedishWord = everySwedishWord
        keys.addName(contact.name)
        keys.addName(contact.nameZh)
        keys.addName(contact.pinyin)
        // The family name's own reading (曾 as Zēng, not céng), which the character-by-character
        // pinyin of name_zh may miss.
        keys.addName(contact.nameZh.map { ChineseName.pinyin($0) })
        keys.addName(contact.id)
        if withAffiliation { keys.addAffiliation(Affiliation(contact)) }
        keys.addOther(contact.wechat)
        for text in contact.emails + contact.tags + contact.topics { keys.addOther(text) }
        for written in contact.phones {
            let phone = PhoneNumber(written, defaultCountry: contact.country)
            keys.addPhone(phone.digits)
            keys.addPhone(phone.national)
            keys.addPhone(phone.e164.map { String($0.dropFirst()) })
        }
        self = keys.finish()
    }

    public init(contact: Contact) {
        self.init(contact: contact, everySwedishWord: false)
    }

    /// The keys of an organisation and role alone, in `others` and `swedishOthers`.
    init(affiliation: Affiliation) {
        var keys = KeyBuilder()
        keys.addAffiliation(affiliation)
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
        let keys = [names, swedishNames, initials, others, swedishOthers, phones]
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

    /// The six keys as a `Text` for as long as `body` runs.
    func withText<Result>(_ body: (Text) -> Result) -> Result {
        storage.withUnsafeBufferPointer { bytes in
            body(Text(bytes: bytes, ends: (namesEnd, swedishNamesEnd, initialsEnd, othersEnd, swedishOthersEnd)))
        }
    }

    /// One record's six keys read in place, wherever their bytes are held: in a `SearchKeys`, or
    /// in a `SearchKeyTable`'s chunk, where a ranking of every contact reads them without a copy,
    /// a retain or a release.
    struct Text {
        /// The six keys one after another, as in `SearchKeys.storage`.
        let bytes: UnsafeBufferPointer<UInt8>
        /// Where each of the first five keys ends in `bytes`; the phones end with it.
        let ends: (Int32, Int32, Int32, Int32, Int32)

        var names: UnsafeBufferPointer<UInt8> { part(0, ends.0) }
        var swedishNames: UnsafeBufferPointer<UInt8> { part(ends.0, ends.1) }
        var initials: UnsafeBufferPointer<UInt8> { part(ends.1, ends.2) }
        var others: UnsafeBufferPointer<UInt8> { part(ends.2, ends.3) }
        var swedishOthers: UnsafeBufferPointer<UInt8> { part(ends.3, ends.4) }
        var phones: UnsafeBufferPointer<UInt8> { part(ends.4, Int32(bytes.count)) }

        private func part(_ start: Int32, _ end: Int32) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(end)])
        }

        /// Same bytes in the same keys.
        func holdsSameKeys(as other: Text) -> Bool {
            ends == other.ends && bytes.elementsEqual(other.bytes)
        }
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
    /// See `SearchKeys.init(contact:everySwedishWord:)`.
    var everySwedishWord = false

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

    mutating func addAffiliation(_ affiliation: Affiliation) {
        for text in [affiliation.organisation, affiliation.organisationZh, affiliation.role] { addOther(text) }
    }

    mutating func addPhone(_ digits: String?) {
        guard let digits, !digits.isEmpty else { return }
        phones.add([digits])
    }

    func finish() -> SearchKeys {
        SearchKeys(names: names.bytes, swedishNames: swedishWords(swedishNames, besides: names), initials: initials.bytes,
                   others: others.bytes, swedishOthers: swedishWords(swedishOthers, besides: others), phones: phones.bytes)
    }

    /// The Swedish words a query typed with å, ä or ö (or another letter folding changes) could
    /// match: such a query word has a letter no folded word has, so it can only be found inside a
    /// word that has one too and that folding changed. An ASCII word, or one the folded key holds
    /// as it is (`张伟`), would only ever be searched in vain.
    private func swedishWords(_ swedish: WordList, besides folded: WordList) -> [UInt8] {
        if everySwedishWord { return swedish.bytes }
        var kept: [UInt8] = []
        for word in swedish.bytes.split(separator: WordMatch.space) where word.contains(where: { $0 >= 0x80 }) {
            guard !folded.contains(String(decoding: word, as: UTF8.self)) else { continue }
            if !kept.isEmpty { kept.append(WordMatch.space) }
            kept.append(contentsOf: word)
        }
        return kept
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

    func contains(_ word: String) -> Bool { seen.contains(word) }

    mutating func add(_ words: [String]) {
        for word in words where !word.isEmpty && seen.insert(word).inserted {
            if !bytes.isEmpty { bytes.append(WordMatch.space) }
            bytes.append(contentsOf: word.utf8)
        }
    }
}

/// Where a person works and as what: the part of their keys that many people share (the same
/// organisation and role on hundreds of cards), with its pinyin the largest part of the keys. A
/// `SearchKeyTable` keeps each one's keys once (7 MB less at 100,000 people).
struct Affiliation: Hashable, Sendable {
    var organisation: String?
    var organisationZh: String?
    var role: String?

    init(_ contact: Contact) {
        (organisation, organisationZh, role) = (contact.organisation, contact.organisationZh, contact.role)
    }

    var isEmpty: Bool {
        [organisation, organisationZh, role].allSatisfy { $0?.isEmpty ?? true }
    }
}
