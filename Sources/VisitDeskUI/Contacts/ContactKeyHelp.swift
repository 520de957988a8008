/// The contact keys as the `?` overlay lists them.
enum ContactKeyHelp {
    static let pane: [KeyHelp.Entry] = [
        KeyHelp.Entry(keys: "Enter", action: "the whole card and the delegations naming this person"),
        KeyHelp.Entry(keys: "/ … Enter", action: "look up as you type (best match first), Enter shows the card"),
        KeyHelp.Entry(keys: "s", action: "Swedish side / Chinese side / all"),
        KeyHelp.Entry(keys: "o", action: "sort by name / by organisation"),
        KeyHelp.Entry(keys: "y", action: "copy the phone (a chooser when there are several)"),
        KeyHelp.Entry(keys: "Y", action: "copy the email"),
    ]

    static let card: [KeyHelp.Entry] = [
        KeyHelp.Entry(keys: "Up / Down, k / j", action: "highlight a delegation naming this person"),
        KeyHelp.Entry(keys: "Enter", action: "open the highlighted delegation (Esc there comes back here)"),
        KeyHelp.Entry(keys: "y / Y", action: "copy the phone / the email"),
    ]
}
