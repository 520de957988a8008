/// A language a document can be written in. Swedish for the hosts, Chinese for a delegation,
/// English for everyone in between (interpreters, foreign members, the park's own staff).
public enum DocumentLanguage: String, CaseIterable, Sendable, Hashable {
    case en, sv, zh

    /// The `lang` attribute HTML wants: browsers and PDF engines pick the Chinese font by it.
    public var htmlCode: String {
        switch self {
        case .en: return "en"
        case .sv: return "sv"
        case .zh: return "zh-CN"
        }
    }

    /// English and Swedish readers need pinyin beside a Chinese name to say it.
    public var isLatinScript: Bool { self != .zh }
}

/// Who reads a document: one language, or a pair (`zh+en`) where the first leads and the second
/// follows each heading and label, as programmes for a Chinese delegation and its interpreter are
/// usually written.
public struct ReaderLanguages: Hashable, Sendable, CustomStringConvertible {
    public let primary: DocumentLanguage
    public let secondary: DocumentLanguage?

    public init(_ primary: DocumentLanguage, _ secondary: DocumentLanguage? = nil) {
        self.primary = primary
        self.secondary = secondary == primary ? nil : secondary
    }

    /// Parses `en`, `sv`, `zh`, `zh+en`, `sv+en` (any pair of two different languages).
    public init(parsing text: String) throws(DocumentError) {
        let parts = text.lowercased().split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        let languages = parts.compactMap(DocumentLanguage.init(rawValue:))
        guard (1...2).contains(parts.count), languages.count == parts.count, Set(languages).count == languages.count else {
            throw DocumentError("unknown language `\(text)`: use en, sv, zh, or a pair such as zh+en or sv+en")
        }
        self.init(languages[0], languages.count > 1 ? languages[1] : nil)
    }

    public var all: [DocumentLanguage] { [primary] + (secondary.map { [$0] } ?? []) }

    /// Whether any reader reads only Latin script (and so needs pinyin and Latin names).
    var needsLatin: Bool { all.contains { $0.isLatinScript } }
    var readsChinese: Bool { all.contains(.zh) }

    public var description: String { all.map(\.rawValue).joined(separator: "+") }

    /// A word or phrase in every reader's language, the leading one first: `日程安排 · Programme`.
    func say(_ term: Term, separator: String = " · ") -> String {
        var seen = Set<String>()
        return all.map { term.text(in: $0) }.filter { seen.insert($0).inserted }.joined(separator: separator)
    }
}

/// A failure the person at the terminal can act on; the message names what to change.
public struct DocumentError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
