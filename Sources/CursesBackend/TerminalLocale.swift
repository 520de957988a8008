#if canImport(Glibc)
import Glibc
#endif
import CNcursesShim

/// ncursesw only draws and reads non-ASCII text under a UTF-8 LC_CTYPE: under LANG=C Chinese
/// vanishes, borders turn into `lqqk` and wcwidth calls CJK unprintable.
public enum TerminalLocale {
    /// Takes the user's locale, or C.UTF-8 when that is not UTF-8. Returns the LC_CTYPE in use.
    @discardableResult
    public static func activate() -> String {
        setlocale(LC_ALL, "")
        if vd_locale_is_utf8() == 0 {
            if setlocale(LC_ALL, "C.UTF-8") == nil { setlocale(LC_CTYPE, "C.UTF-8") }
        }
        return setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
    }
}
