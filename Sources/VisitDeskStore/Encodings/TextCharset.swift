/// The character sets an imported file may be written in, by the names files and people use for
/// them. GB18030 contains GBK, which contains GB2312, so all three are read as GB18030.
public enum TextCharset: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case gb18030 = "GB18030"
    case big5 = "Big5"
    case shiftJIS = "Shift_JIS"
    case latin1 = "ISO-8859-1"
    case latin9 = "ISO-8859-15"
    case windows1252 = "Windows-1252"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"

    /// A charset as a vCard's `CHARSET=` or `--encoding` names it, in any case; nil when unknown.
    public init?(named name: String) {
        let key = name.uppercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "UTF8": self = .utf8
        case "GB18030", "GBK", "GB2312", "EUCCN", "CP936", "MS936", "WINDOWS936", "CHINESE": self = .gb18030
        case "BIG5", "BIG5HKSCS", "CP950", "MS950": self = .big5
        case "SHIFTJIS", "SJIS", "CP932", "MS932", "WINDOWS31J", "MSKANJI": self = .shiftJIS
        case "ISO88591", "LATIN1", "L1", "ISOLATIN1", "CP819": self = .latin1
        case "ISO885915", "LATIN9", "LATIN0": self = .latin9
        case "WINDOWS1252", "CP1252", "MS1252", "ANSI": self = .windows1252
        case "UTF16LE": self = .utf16LE
        case "UTF16BE", "UTF16": self = .utf16BE
        default: return nil
        }
    }

    /// The name glibc's iconv knows it by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .gb18030: "GB18030"
        case .big5: "BIG5"
        case .shiftJIS: "SHIFT_JIS"
        case .latin1: "ISO-8859-1"
        case .latin9: "ISO-8859-15"
        case .windows1252: "CP1252"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        }
    }

    /// For messages and `--encoding`'s help.
    public static var namesForHelp: String {
        "UTF-8, GB18030 (also GBK, GB2312), Big5, Shift_JIS, ISO-8859-1, ISO-8859-15, Windows-1252, UTF-16LE, UTF-16BE"
    }
}
