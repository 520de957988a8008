extension KeyHelp {
    /// The triage keys of Requests and Groups, for the `?` overlay.
    static let triage: [Entry] = [
        Entry(keys: "Space", action: "mark / unmark; the next action applies to every marked record"),
        Entry(keys: "r", action: "reviewing"),
        Entry(keys: "h", action: "on hold (asks a reason)"),
        Entry(keys: "d", action: "decline (asks a reason)"),
        Entry(keys: "x", action: "cancel (asks a reason)"),
        Entry(keys: "a", action: "accept: confirm with a slot (date, start, end, place, host)"),
        Entry(keys: "v", action: "mark a confirmed group visited (asks the outcome)"),
        Entry(keys: "o", action: "set the owner"),
        Entry(keys: "t", action: "edit the interest tags"),
        Entry(keys: "n", action: "new request (form)"),
        Entry(keys: "e", action: "edit the selected record in a form"),
        Entry(keys: "E", action: "open its file in $VISUAL / $EDITOR, reload after"),
        Entry(keys: "u / C-r", action: "undo / redo every change of the session"),
        Entry(keys: "/ status:new sort:size", action: "filter words: status: dir: interest: owner: month:2027-01 sort:age|received|wished|size"),
        Entry(keys: "form: Tab, Enter, C-s", action: "next field, next field or save, save; Esc cancels"),
        Entry(keys: "conflict: m / d / E", action: "keep mine, keep the disk's, edit the file"),
    ]
}
