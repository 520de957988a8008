/// Ranks records against what the coordinator types: names beat organisations and emails, a
/// whole word beats its start, which beats a fragment, and every word typed must match somewhere.
public enum Matcher {
    /// Score tiers: a name always outranks an organisation or email, so the person typed comes first.
    enum Points {
        static let nameExact = 1000, namePrefix = 900, nameSubstring = 600
        static let initialsExact = 550, initialsPrefix = 500
        static let phoneExact = 450, phonePrefix = 350, phoneSubstring = 300
        static let otherExact = 400, otherPrefix = 350, otherSubstring = 200
        /// Typed with å, ä or ö and found with them: ahead of the same word without the dots.
        static let swedishBonus = 10
    }

    /// A query taken apart once per keystroke, so scoring thousands of records allocates nothing.
    public struct Query: Sendable {
        struct Word: Sendable {
            var folded: [UInt8]
            /// Set when the word has letters folding would change (`åsa`).
            var swedish: [UInt8]?
        }

        let words: [Word]
        /// The digits of a query that looks like a phone number (`+46 72 039 01 71`, `039 01`).
        let phoneDigits: [[UInt8]]

        public init(_ text: String) {
            let folded = SearchText.words(SearchText.folded(text))
            let swedish = SearchText.words(SearchText.swedish(text))
            // Folding never adds or removes separators, so the two lists line up word by word.
            let aligned = folded.count == swedish.count
            words = folded.indices.map { index in
                let plain = Array(folded[index].utf8)
                let kept = aligned ? Array(swedish[index].utf8) : plain
                return Word(folded: plain, swedish: kept == plain ? nil : kept)
            }
            phoneDigits = Query.phoneDigits(of: text)
        }

        public var isEmpty: Bool { words.isEmpty }

        private static func phoneDigits(of text: String) -> [[UInt8]] {
            let phoneLike = text.contains { $0.isASCIIDigit }
                && text.allSatisfy { $0.isASCIIDigit || $0.isWhitespace || "+-./()".contains($0) }
            guard phoneLike else { return [] }
            let digits = PhoneText(text).mainDigits
            var forms = [Array(digits.utf8)]
            if digits.hasPrefix("00") && digits.count > 2 { forms.append(Array(digits.dropFirst(2).utf8)) }
            return forms
        }
    }

    /// True when every record that matches `new` also matches `old`, so a list ranked for `old`
    /// may be narrowed instead of searched again: `new` is `old` with text typed after it. A
    /// longer word only matches where its start matches (every tier is a substring or a prefix),
    /// and another word only adds a condition. Phone-like queries are left out: their digits are
    /// normalised (`00` prefixes, `+`), so a longer one may match numbers a shorter one did not.
    public static func narrows(from old: String, to new: String) -> Bool {
        !old.isEmpty && new.hasPrefix(old) && Query(old).phoneDigits.isEmpty && Query(new).phoneDigits.isEmpty
    }

    /// nil when some word of the query matches nothing; otherwise higher is better. An empty query
    /// matches everything with 0, so the list shows all records before anything is typed.
    public static func score(query: String, keys: SearchKeys) -> Int? {
        score(Query(query), keys: keys)
    }

    public static func score(_ query: Query, keys: SearchKeys) -> Int? {
        keys.withText { score(query, text: $0) }
    }

    /// - Parameter shared: keys kept apart from the record's own and counted as its others (a
    ///   person's organisation and role, `Affiliation`).
    static func score(_ query: Query, text keys: SearchKeys.Text, shared: SearchKeys.Text? = nil) -> Int? {
        var wordTotal = 0
        var allWordsMatch = true
        for word in query.words {
            guard let points = best(word, keys, shared) else {
                allWordsMatch = false
                break
            }
            wordTotal += points
        }
        let phone = phonePoints(query.phoneDigits, keys.phones)
        if allWordsMatch { return max(wordTotal, phone ?? 0) }
        return phone
    }

    /// Records that match, best first; ties keep the order given (e.g. sorted by name).
    public static func search<ID>(_ text: String, in records: [(id: ID, keys: SearchKeys)]) -> [(id: ID, score: Int)] {
        let query = Query(text)
        var hits: [(id: ID, score: Int, order: Int)] = []
        for (order, record) in records.enumerated() {
            if let score = score(query, keys: record.keys) { hits.append((record.id, score, order)) }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
        return hits.map { ($0.id, $0.score) }
    }

    private static func best(_ word: Query.Word, _ keys: SearchKeys.Text, _ shared: SearchKeys.Text?) -> Int? {
        var best: Int?
        func consider(_ points: Int?) {
            if let points, points > (best ?? Int.min) { best = points }
        }
        consider(points(WordMatch.best(word.folded, in: keys.names), Points.nameExact, Points.namePrefix, Points.nameSubstring))
        consider(points(WordMatch.best(word.folded, in: keys.initials), Points.initialsExact, Points.initialsPrefix, nil))
        consider(points(WordMatch.best(word.folded, in: keys.others), Points.otherExact, Points.otherPrefix, Points.otherSubstring))
        if let shared {
            consider(points(WordMatch.best(word.folded, in: shared.others), Points.otherExact, Points.otherPrefix, Points.otherSubstring))
        }
        consider(points(WordMatch.best(word.folded, in: keys.phones), Points.phoneExact, Points.phonePrefix, Points.phoneSubstring))
        if let swedish = word.swedish {
            let name = points(WordMatch.best(swedish, in: keys.swedishNames), Points.nameExact, Points.namePrefix, Points.nameSubstring)
            consider(name.map { $0 + Points.swedishBonus })
            func considerOthers(_ others: UnsafeBufferPointer<UInt8>) {
                let other = points(WordMatch.best(swedish, in: others), Points.otherExact, Points.otherPrefix, Points.otherSubstring)
                consider(other.map { $0 + Points.swedishBonus })
            }
            considerOthers(keys.swedishOthers)
            if let shared { considerOthers(shared.swedishOthers) }
        }
        return best
    }

    private static func phonePoints(_ forms: [[UInt8]], _ phones: UnsafeBufferPointer<UInt8>) -> Int? {
        var best: Int?
        for form in forms {
            if let p = points(WordMatch.best(form, in: phones), Points.phoneExact, Points.phonePrefix, Points.phoneSubstring),
               p > (best ?? Int.min) {
                best = p
            }
        }
        return best
    }

    private static func points(_ match: WordMatch?, _ exact: Int, _ prefix: Int, _ substring: Int?) -> Int? {
        switch match {
        case .exact?: return exact
        case .prefix?: return prefix
        case .substring?: return substring
        case nil: return nil
        }
    }
}
