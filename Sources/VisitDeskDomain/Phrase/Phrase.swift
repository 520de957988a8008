/// A sentence for a person, made where no language is known (the store, sharing, the runtime,
/// the command line's workers) and translated where it is shown: the English text with `%s` /
/// `%d` placeholders, which is also the catalogues' key (gettext's msgid), and the values that
/// fill them. `description` is the English sentence, for logs, commit messages and tests.
///
/// `Localization.text(_ phrase:)` in the UI core looks the key up in the language on screen;
/// LocalizationTests find every literal given to `Phrase` and `Phrase.plural` in the sources and
/// fail when a catalogue lacks one.
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    /// The English text with placeholders: the catalogue key.
    public let key: String
    public private(set) var arguments: [Argument]

    /// A value for a placeholder: text as it is (a file name, a count), or a sentence of its own
    /// that is translated with the one around it ("sync: %s" around "up to date").
    public enum Argument: Sendable, Hashable {
        case text(String)
        case phrase(Phrase)
    }

    public init(_ key: String, _ arguments: any CustomStringConvertible...) {
        self.init(key: key, arguments: arguments)
    }

    /// A `Phrase` among `arguments` stays a phrase (translated in turn); anything else is text.
    public init(key: String, arguments: [any CustomStringConvertible]) {
        self.key = key
        self.arguments = arguments.map { ($0 as? Phrase).map(Argument.phrase) ?? .text($0.description) }
    }

    /// `singular` for exactly one, else `plural`, with the count as the first argument: the
    /// rule English and Swedish share (Chinese translates both the same).
    public static func plural(_ count: Int, _ singular: String, _ plural: String, _ more: any CustomStringConvertible...) -> Phrase {
        Phrase(key: count == 1 ? singular : plural, arguments: [count] + more)
    }

    /// The sentence with `translate` applied to its key and to every phrase among its arguments.
    public func rendered(_ translate: (String) -> String) -> String {
        Self.fill(translate(key), arguments.map {
            switch $0 {
            case .text(let text): return text
            case .phrase(let phrase): return phrase.rendered(translate)
            }
        })
    }

    public var description: String { rendered { $0 } }

    /// Text that is no catalogue entry (an error from a parser or the system), shown as it is.
    public static func verbatim(_ text: String) -> Phrase {
        Phrase(key: "%s", arguments: [text])
    }

    /// The phrase with `change` applied to every plain-text argument, nested ones included (the
    /// command line spells record ids out as names: `Hebei Group (hebei-2027)`).
    public func mappingTexts(_ change: (String) -> String) -> Phrase {
        var copy = self
        copy.arguments = arguments.map {
            switch $0 {
            case .text(let text): return .text(change(text))
            case .phrase(let phrase): return .phrase(phrase.mappingTexts(change))
            }
        }
        return copy
    }

    /// `template` with its `%s` / `%d` (or positional `%2$s`, for a language that puts the parts
    /// in another order) replaced by `arguments` in turn; `%%` is a percent sign. A missing
    /// argument is left out, never a crash.
    public static func fill(_ template: String, _ arguments: [String]) -> String {
        guard template.contains("%") else { return template }
        var out = ""
        var next = 0
        var rest = Substring(template)
        while let percent = rest.firstIndex(of: "%") {
            out += rest[..<percent]
            rest = rest[rest.index(after: percent)...]
            if rest.first == "%" {
                out.append("%")
                rest = rest.dropFirst()
                continue
            }
            // `%2$s`: a position; `%s` / `%d`: the next argument.
            let digits = rest.prefix { $0.isNumber }
            var position: Int?
            if !digits.isEmpty, rest.dropFirst(digits.count).first == "$" {
                position = Int(digits).map { $0 - 1 }
                rest = rest.dropFirst(digits.count + 1)
            }
            guard let conversion = rest.first, conversion == "s" || conversion == "d" else {
                out.append("%")
                continue
            }
            rest = rest.dropFirst()
            let index = position ?? next
            next = index + 1
            out += arguments.indices.contains(index) ? arguments[index] : ""
        }
        return out + rest
    }
}
