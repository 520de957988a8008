/// The languages the dashboard speaks. English is the source text (the catalogues' keys); Swedish
/// and Chinese (simplified, as the partner regions write it) have a catalogue each in `po/`.
public enum Language: String, CaseIterable, Sendable, Hashable {
    case en
    case sv
    case zh

    /// The language's own name, as the palette and the status bar say it after a switch.
    public var nativeName: String {
        switch self {
        case .en: return "English"
        case .sv: return "svenska"
        case .zh: return "中文"
        }
    }

    /// The Foundation locale whose month and weekday names the calendar uses. These work under
    /// the C.UTF-8 system locale: Foundation carries its own locale data.
    public var localeIdentifier: String {
        switch self {
        case .en: return "en_GB"
        case .sv: return "sv_SE"
        case .zh: return "zh_CN"
        }
    }

    /// `sv`, `sv_SE`, `sv-SE`, `sv_SE.UTF-8`, `zh_CN.UTF-8@pinyin`, `ZH`: the language part of a code
    /// or a POSIX locale name. Nil for anything else (`de`, `C`, an empty string).
    public init?(code: String) {
        let lowered = code.lowercased()
        let language = lowered.prefix { $0.isLetter }
        guard let known = Language(rawValue: String(language)) else { return nil }
        self = known
    }

    /// The language of the POSIX environment, as gettext picks it: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides; `C`, `POSIX` or a language
    /// without a catalogue means English. Nil when none is set.
    public static func fromEnvironment(_ environment: [String: String]) -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(code: value) ?? .en
        }
        return nil
    }

    /// The language to start in: the configured code (`language = "sv"` in config.toml, or
    /// `--language`), else the environment's, else English. An unknown configured code means
    /// English and a message saying so; it never stops the dashboard.
    public static func resolve(configured: String?, environment: [String: String]) -> (language: Language, problem: String?) {
        if let configured {
            if let known = Language(code: configured) { return (known, nil) }
            let codes = Language.allCases.map(\.rawValue).joined(separator: ", ")
            return (.en, "no language `\(configured)` (known: \(codes)); English is used")
        }
        return (fromEnvironment(environment) ?? .en, nil)
    }
}
