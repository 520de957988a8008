import VisitDeskDomain
import VisitDeskRuntime
import VisitDeskUI

/// Runs the dashboard's copy effect: `y`/`Y` in Contacts end here, and the status bar then says
/// what was copied and which ways it went, or that nothing could take it.
enum ClipboardEffect {
    /// nil: not a clipboard effect.
    static func perform(_ effect: Effect, clipboard: Clipboard = Clipboard()) -> [Action]? {
        guard case .copyToClipboard(let raw, let what) = effect else { return nil }
        // A "phone number" in a file can hold a newline and a command: the clipboard gets it shown.
        let text = TerminalText.sanitised(raw)
        let used = clipboard.copy(text)
        if used.isEmpty { return [.say(Phrase("could not copy %s: the terminal took no OSC 52 and no wl-copy or xclip runs", what))] }
        let ways = used.joined(separator: ", ")
        if text.contains(where: \.isNewline) {
            return [.say(Phrase("copied %s (%d lines) (%s)", what, text.split(whereSeparator: \.isNewline).count, ways))]
        }
        return [.say(Phrase("copied %s %s (%s)", what, text, ways))]
    }
}
