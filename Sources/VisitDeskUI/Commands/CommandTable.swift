/// Every command of the dashboard, in the order help lists them. Adding a command is adding one
/// entry to one of these lists (or a new list for a new area, joined into `all`): its keys then
/// work, help and the palette list it, `[keys]` can rebind it, and the README test asks for it.
enum CommandTable {
    static let all: [Command] =
        app + panes + lists + requests + calendar + contacts + views + card
        + form + conflict + chooser + lookup + filter + prompt + help + palette + report + documents + followUps + programme + sync + attention

    /// Position in `all` by name, for user keymaps and the palette.
    static let indexByName: [String: Int] = Dictionary(all.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })

    static func command(named name: String) -> Command? { indexByName[name].map { all[$0] } }

    typealias M = ModeKind

    static let app: [Command] = [
        Command("app.quit", M.browsing + [.chooser], keys: ["q", "C-c"], "quit") { _, _ in [.quit] },
        Command("app.help", M.browsing + [.conflict, .chooser], keys: ["?"], "the keys of this mode; type to filter, Esc closes",
                does: { state, given in state.push(.help(HelpState(about: given.mode))) }),
        Command("app.palette", M.browsing + [.conflict], keys: [":"],
                "run a command by name: :quit, :goto 2027-02-06, :theme light, :filter status:new",
                does: { state, given in Palette.open(over: given.mode, &state) }),
        Command("app.theme", M.browsing, keys: ["T"], "next colour theme (:theme light picks one)", argument: .theme) { state, given in
            AppCommands.theme(given.argument, &state)
        },
        Command("app.language", M.browsing, keys: ["L"], "next language: English, svenska, 中文 (:language sv picks one)", argument: .language) { state, given in
            AppCommands.language(given.argument, &state)
        },
        Command("app.problems", M.panes + [.problems], keys: ["!"], "problems in the store (file:line: message)",
                does: { state, _ in AppCommands.toggleProblems(&state) }),
        Command("app.undo", M.delegationLists + [.detail, .followUps, .contacts, .card, .programme], keys: ["u"], "undo the last change of the session (E edits too)", writes: true) { state, _ in
            TriageCommands.undo(&state)
        },
        Command("app.redo", M.delegationLists + [.detail, .followUps, .contacts, .card, .programme], keys: ["C-r"], "redo what was undone", writes: true) { state, _ in
            TriageCommands.redo(&state)
        },
    ]

    static let panes: [Command] = [
        Command("pane.next", M.panes, keys: ["Tab"], "next pane (the report pane too, when it is open)",
                does: { state, _ in ReportKeys.focusNext(forward: true, &state) }),
        Command("pane.previous", M.panes, keys: ["BTab"], "previous pane", does: { state, _ in ReportKeys.focusNext(forward: false, &state) }),
        Command("pane.requests", M.panes, keys: ["1"], "the Requests pane", does: { state, _ in AppCommands.focus(.requests, &state) }),
        Command("pane.groups", M.panes, keys: ["2"], "the Groups pane", does: { state, _ in AppCommands.focus(.groups, &state) }),
        Command("pane.calendar", M.panes, keys: ["3"], "the Calendar pane", does: { state, _ in AppCommands.focus(.calendar, &state) }),
        Command("pane.contacts", M.panes, keys: ["4"], "the Contacts pane", does: { state, _ in AppCommands.focus(.contacts, &state) }),
        Command("pane.filter", M.panes, keys: ["/"], "filter this pane as you type (Enter keeps, Esc clears); words: status: dir: interest: owner: month:2027-01 sort:age|received|wished|size",
                argument: .text, does: { state, given in AppCommands.filter(given.argument, &state) }),
        Command("contact.find", M.panes, keys: ["@"], "find a contact by name, 中文, pinyin, initials, org, email or phone",
                does: { state, _ in ContactLookupKeys.open(&state) }),
    ]

    static let lists: [Command] = [
        Command("list.up", M.lists, keys: ["Up", "k"], "previous row", does: { state, _ in ListKeys.move(.up, &state) }),
        Command("list.down", M.lists, keys: ["Down", "j"], "next row", does: { state, _ in ListKeys.move(.down, &state) }),
        Command("list.page-up", M.lists, keys: ["PgUp"], "a page up", does: { state, _ in ListKeys.move(.pageUp, &state) }),
        Command("list.page-down", M.lists, keys: ["PgDn"], "a page down", does: { state, _ in ListKeys.move(.pageDown, &state) }),
        Command("list.first", M.lists, keys: ["Home", "g"], "first row", does: { state, _ in ListKeys.move(.first, &state) }),
        Command("list.last", M.lists, keys: ["End", "G"], "last row", does: { state, _ in ListKeys.move(.last, &state) }),
        Command("list.open", M.delegationLists, keys: ["Enter"], "every detail of the selected delegation", target: .delegation,
                does: { state, _ in ListKeys.open(&state) }),
        Command("list.clear", M.panes, keys: ["Esc"], "clear this pane's marks, else its filter", does: { state, _ in ListKeys.clear(&state) }),
    ]

    static let requests: [Command] = [
        Command("request.mark", M.delegationLists, keys: ["Space"], "mark / unmark; the next command in this pane acts on every marked record",
                target: .delegation, does: { state, _ in TriageCommands.toggleMark(&state) }),
        Command("request.review", M.delegationLists + [.detail], keys: ["r"], "reviewing (reopens a declined or cancelled one: a dated line in its history)", writes: true, target: .delegations) { state, given in
            TriageCommands.setStatus(.reviewing, given, &state)
        },
        decision("request.hold", "h", "on hold (asks a reason)", .setStatus(.onHold)),
        decision("request.decline", "d", "decline (asks a reason)", .setStatus(.declined)),
        decision("request.cancel", "x", "cancel (asks a reason)", .setStatus(.cancelled)),
        decision("request.accept", "a", "accept: confirm with one slot or more (C-n adds another)", .accept),
        decision("request.visited", "v", "mark a confirmed group visited (asks the outcome)", .visited),
        decision("request.owner", "o", "set the owner", .owner),
        decision("request.interests", "t", "edit the interest tags", .interests),
        Command("request.new", M.delegationLists, keys: ["n"], "new request (form)", writes: true,
                does: { state, _ in state.form = TriageForms.newRequest() }),
        Command("request.edit", M.delegationLists + [.detail], keys: ["e"], "edit the selected record in a form", writes: true, target: .delegation,
                does: { state, given in TriageCommands.openEdit(given, &state) }),
        Command("request.edit-file", M.delegationLists + [.detail], keys: ["E"], "open its file in $VISUAL / $EDITOR, reload after (u undoes)",
                target: .delegation) { state, given in
            TriageCommands.editFile(given, &state)
        },
    ]

    /// A decision that opens a form for the targets (or refuses the ones it cannot move).
    private static func decision(_ name: String, _ key: String, _ help: String, _ purpose: FormPurpose) -> Command {
        Command(name, M.delegationLists + [.detail], keys: [key], help, writes: true, target: .delegations,
                does: { state, given in TriageCommands.open(purpose, given, &state) })
    }

    static let calendar: [Command] = [
        Command("calendar.month", [.calendar], keys: ["m"], "month view", does: { state, _ in CalendarKeys.switchView(.month, &state) }),
        Command("calendar.week", [.calendar], keys: ["w"], "week view", does: { state, _ in CalendarKeys.switchView(.week, &state) }),
        Command("calendar.agenda", [.calendar], keys: ["A"], "agenda view", does: { state, _ in CalendarKeys.switchView(.agenda, &state) }),
        Command("calendar.zoom", [.calendar], keys: ["z"], "the calendar over the whole screen (z again: back in its pane)",
                does: { state, _ in CalendarZoom.toggle(&state) }),
        Command("calendar.previous", [.calendar], keys: ["["], "previous month (week: week, agenda: week)", target: .day,
                does: { state, _ in CalendarKeys.turn(-1, &state) }),
        Command("calendar.next", [.calendar], keys: ["]"], "next month (week: week, agenda: week)", target: .day,
                does: { state, _ in CalendarKeys.turn(1, &state) }),
        Command("calendar.today", [.calendar], keys: ["t"], "today", target: .day,
                does: { state, _ in SlotNavigation.selectDay(state.today, &state) }),
        Command("calendar.goto", [.calendar], keys: [], "go to a date: :goto 2027-01-14, 14/1, +3d, today (or just the date after :)",
                target: .day, argument: .date, does: { state, given in CalendarKeys.goto(given.argument ?? "", &state) }),
        Command("calendar.day-before", [.calendar], keys: ["Left", "h"], "previous day", target: .day,
                does: { state, _ in CalendarKeys.days(-1, &state) }),
        Command("calendar.day-after", [.calendar], keys: ["Right", "l"], "next day", target: .day,
                does: { state, _ in CalendarKeys.days(1, &state) }),
        Command("calendar.up", [.calendar], keys: ["Up", "k"], "previous week (week, agenda: previous visit)", target: .day,
                does: { state, _ in CalendarKeys.vertical(-1, &state) }),
        Command("calendar.down", [.calendar], keys: ["Down", "j"], "next week (week, agenda: next visit)", target: .day,
                does: { state, _ in CalendarKeys.vertical(1, &state) }),
        Command("calendar.page-up", [.calendar], keys: ["PgUp"], "previous month (week, agenda: week)", target: .day,
                does: { state, _ in CalendarKeys.page(-1, &state) }),
        Command("calendar.page-down", [.calendar], keys: ["PgDn"], "next month (week, agenda: week)", target: .day,
                does: { state, _ in CalendarKeys.page(1, &state) }),
        Command("calendar.month-start", [.calendar], keys: ["Home", "g"], "first day of the month", target: .day,
                does: { state, _ in CalendarKeys.monthEdge(last: false, &state) }),
        Command("calendar.month-end", [.calendar], keys: ["End", "G"], "last day of the month", target: .day,
                does: { state, _ in CalendarKeys.monthEdge(last: true, &state) }),
        Command("calendar.open", [.calendar], keys: ["Enter"], "details of the selected visit", target: .day,
                does: { state, _ in CalendarKeys.open(&state) }),
    ]

    static let contacts: [Command] = [
        Command("contact.open", [.contacts], keys: ["Enter"], "the whole card and the delegations naming this person", target: .contact,
                does: { state, _ in if let contact = state.selectedContact { ContactKeys.openCard(contact.id, &state) } }),
        Command("contact.side", [.contacts], keys: ["s"], "Swedish side / Chinese side / all", does: { state, _ in ContactKeys.nextSide(&state) }),
        Command("contact.sort", [.contacts], keys: ["o"], "sort by name / by organisation", does: { state, _ in ContactKeys.nextOrder(&state) }),
        Command("contact.copy-phone", [.contacts, .card], keys: ["y"], "copy the phone (a chooser when there are several)", target: .contact) { state, _ in
            ContactKeys.copy(.phone, &state)
        },
        Command("contact.new", [.contacts], keys: ["n"], "new contact (form; pinyin shown, id from the name)", writes: true,
                does: { state, _ in ContactForms.openNew(&state) }),
        Command("contact.edit", [.contacts, .card], keys: ["e"], "edit the contact in a form", writes: true, target: .contact,
                does: { state, given in ContactForms.openEdit(given, &state) }),
        Command("contact.edit-file", [.contacts, .card], keys: ["E"], "open the contact's file in $VISUAL / $EDITOR, reload after (u undoes)",
                target: .contact) { state, given in ContactForms.editFile(given, &state) },
        Command("contact.copy-email", [.contacts, .card], keys: ["Y"], "copy the email", target: .contact) { state, _ in
            ContactKeys.copy(.email, &state)
        },
        Command("contact.delete", [.contacts, .card], keys: ["D"],
                "delete the contact; while records name them, lists those and offers someone to take their place (u undoes)",
                writes: true, target: .contact, does: { state, given in ContactRemoval.open(given, &state) }),
    ]

    static let views: [Command] = [
        Command("view.up", [.detail, .problems, .conflict], keys: ["Up", "k"], "scroll a line up (problems: the one above)", does: { state, _ in ViewScrolling.scroll(.up, &state) }),
        Command("view.down", [.detail, .problems, .conflict], keys: ["Down", "j"], "scroll a line down (problems: the one below)", does: { state, _ in ViewScrolling.scroll(.down, &state) }),
        Command("view.page-up", [.detail, .card, .problems, .conflict], keys: ["PgUp"], "scroll a page up", does: { state, _ in ViewScrolling.scroll(.pageUp, &state) }),
        Command("view.page-down", [.detail, .card, .problems, .conflict], keys: ["PgDn"], "scroll a page down", does: { state, _ in ViewScrolling.scroll(.pageDown, &state) }),
        Command("view.top", [.detail, .card, .problems, .conflict], keys: ["Home", "g"], "top", does: { state, _ in ViewScrolling.scroll(.first, &state) }),
        Command("view.bottom", [.detail, .card, .problems, .conflict], keys: ["End", "G"], "bottom", does: { state, _ in ViewScrolling.scroll(.last, &state) }),
        Command("view.open-file", [.problems], keys: ["Enter", "E"],
                "open the selected problem's file at its line in $VISUAL / $EDITOR; fixed, the problem leaves the list", target: .mode) { state, _ in
            ProblemFiles.open(&state)
        },
        Command("view.close", M.views, keys: ["Esc"], "back to what was under it", does: { state, _ in state.pop() }),
    ]

    static let card: [Command] = [
        Command("card.up", [.card], keys: ["Up", "k"], "highlight the delegation above (scrolls)", does: { state, _ in ContactCardKeys.move(-1, &state) }),
        Command("card.down", [.card], keys: ["Down", "j"], "highlight the delegation below (scrolls)", does: { state, _ in ContactCardKeys.move(1, &state) }),
        Command("card.open", [.card], keys: ["Enter"], "open the highlighted delegation (Esc there comes back here)", target: .delegation,
                does: { state, _ in ContactCardKeys.open(&state) }),
    ]

    static let form: [Command] = [
        Command("form.next-field", [.form], keys: ["Tab"], "next field", target: .field, does: { state, _ in FormKeys.moveField(1, &state) }),
        Command("form.previous-field", [.form], keys: ["BTab"], "previous field", target: .field, does: { state, _ in FormKeys.moveField(-1, &state) }),
        Command("form.down", [.form], keys: ["Down"], "next contact match; in notes, reasons and outcome the line below until the last; else next field", target: .field, does: { state, _ in FormKeys.vertical(1, &state) }),
        Command("form.up", [.form], keys: ["Up"], "previous contact match; in notes, reasons and outcome the line above until the first; else previous field", target: .field, does: { state, _ in FormKeys.vertical(-1, &state) }),
        Command("form.enter", [.form], keys: ["Enter"], "pick the contact match; in notes, reasons and outcome a new line; else next field, save from the last", writes: true, target: .mode) { state, _ in
            FormKeys.enter(&state)
        },
        Command("form.another-slot", [.form], keys: ["C-n"], "accepting a request: keep this slot and enter another (the next day); C-s writes them all as one step",
                target: .mode, does: { state, _ in AcceptSlots.another(&state) }),
        Command("form.save", [.form], keys: ["C-s"], "save from any field", writes: true, target: .mode) { state, _ in
            FormSubmit.submit(&state)
        },
        Command("form.cancel", [.form], keys: ["Esc", "C-c"], "close the contact matches, else cancel (asks when something was typed)", target: .mode,
                does: { state, _ in FormKeys.cancel(&state) }),
    ]

    static let report: [Command] = [
        Command("report.open", M.panes, keys: ["R"], "the season report: funnel, topics, hosts") { state, _ in ReportKeys.open(&state) },
        Command("report.previous", [.report], keys: ["["], "the previous season", does: { state, _ in ReportKeys.step(false, &state) }),
        Command("report.next", [.report], keys: ["]"], "the next season", does: { state, _ in ReportKeys.step(true, &state) }),
        Command("report.up", [.report], keys: ["Up", "k"], "previous figure", does: { state, _ in ReportKeys.move(.up, &state) }),
        Command("report.down", [.report], keys: ["Down", "j"], "next figure", does: { state, _ in ReportKeys.move(.down, &state) }),
        Command("report.page-up", [.report], keys: ["PgUp"], "a page up", does: { state, _ in ReportKeys.move(.pageUp, &state) }),
        Command("report.page-down", [.report], keys: ["PgDn"], "a page down", does: { state, _ in ReportKeys.move(.pageDown, &state) }),
        Command("report.first", [.report], keys: ["Home", "g"], "first figure", does: { state, _ in ReportKeys.move(.first, &state) }),
        Command("report.last", [.report], keys: ["End", "G"], "last figure", does: { state, _ in ReportKeys.move(.last, &state) }),
        Command("report.open-figure", [.report], keys: ["Enter"], "the delegations behind the figure; on one, every detail",
                does: { state, _ in ReportKeys.enter(&state) }),
        Command("report.back", [.report], keys: ["Esc"], "out of a figure's list, else out of the report", does: { state, _ in ReportKeys.back(&state) }),
        Command("report.close", [.report], keys: ["R"], "close the report", does: { state, _ in ReportKeys.close(&state) }),
        Command("report.next-pane", [.report], keys: ["Tab"], "report pane (180x40 and up): to the first of the other panes",
                does: { state, _ in ReportKeys.leavePane(forward: true, &state) }),
        Command("report.previous-pane", [.report], keys: ["BTab"], "report pane: to the last of the other panes",
                does: { state, _ in ReportKeys.leavePane(forward: false, &state) }),
    ]

    static let documents: [Command] = [
        // Not in Contacts: a person has no documents, and D there deletes the person.
        Command("document.open", M.delegationLists + [.calendar, .detail], keys: ["D"], "documents: programme, name list, letters",
                target: .delegation, does: { state, _ in DocumentPreviewKeys.open(&state) }),
        Command("document.language", [.documents], keys: ["l"], "next language", does: { state, _ in DocumentPreviewKeys.nextLanguage(&state) }),
        Command("document.kind", [.documents], keys: ["n"], "next document: programme, name list, the letters",
                does: { state, _ in DocumentPreviewKeys.nextKind(&state) }),
        Command("document.format", [.documents], keys: ["f"], "next written format: text, HTML, PDF (a letter: text, .eml)",
                does: { state, _ in DocumentPreviewKeys.nextFormat(&state) }),
        Command("document.attachments", [.documents], keys: ["a"], "a letter's attachments: none, .ics, programme PDF, both",
                does: { state, _ in DocumentPreviewKeys.nextAttachments(&state) }),
        Command("document.write", [.documents], keys: ["w"], "write the file to the store's export/ folder") { state, _ in
            DocumentPreviewKeys.write(replacing: false, &state)
        },
        Command("document.open-file", [.documents], keys: ["o"], "write the file and open it (xdg-open, on a desktop)") { state, _ in
            DocumentPreviewKeys.write(replacing: false, open: true, &state)
        },
        Command("document.replace", [.documents], keys: ["W"], "write the file, replacing one of the same name") { state, _ in
            DocumentPreviewKeys.write(replacing: true, &state)
        },
        Command("document.copy", [.documents], keys: ["y"], "copy the text (after s: send)") { state, _ in DocumentPreviewKeys.copyOrConfirm(&state) },
        Command("document.send", [.documents], keys: ["s"], "send the letter: shows who it goes to, y then sends",
                does: { state, _ in DocumentPreviewKeys.send(&state) }),
        Command("document.up", [.documents], keys: ["Up", "k"], "scroll a line up", does: { state, _ in DocumentPreviewKeys.scroll(.up, &state) }),
        Command("document.down", [.documents], keys: ["Down", "j"], "scroll a line down", does: { state, _ in DocumentPreviewKeys.scroll(.down, &state) }),
        Command("document.page-up", [.documents], keys: ["PgUp"], "a page up", does: { state, _ in DocumentPreviewKeys.scroll(.pageUp, &state) }),
        Command("document.page-down", [.documents], keys: ["PgDn"], "a page down", does: { state, _ in DocumentPreviewKeys.scroll(.pageDown, &state) }),
        Command("document.top", [.documents], keys: ["Home", "g"], "top", does: { state, _ in DocumentPreviewKeys.scroll(.first, &state) }),
        Command("document.bottom", [.documents], keys: ["End", "G"], "bottom", does: { state, _ in DocumentPreviewKeys.scroll(.last, &state) }),
        Command("document.close", [.documents], keys: ["Esc", "D"], "close the preview", does: { state, _ in DocumentPreviewKeys.close(&state) }),
    ]

    static let sync: [Command] = [
        Command("sync.inbox", M.panes + [.syncInbox], keys: ["S"], "sync conflicts: files the last sync could not merge",
                does: { state, _ in SyncInbox.toggle(&state) }),
        Command("sync.keep-mine", [.syncInbox], keys: ["m"], "keep my values at this file's conflicting keys (m again: undecided)",
                does: { state, _ in SyncInbox.choose(.mine, &state) }),
        Command("sync.keep-theirs", [.syncInbox], keys: ["t"], "keep their values at this file's conflicting keys (t again: undecided)",
                does: { state, _ in SyncInbox.choose(.theirs, &state) }),
        Command("sync.keep-both", [.syncInbox], keys: ["b"],
                "keep both records created on both sides with one id: the later one gets a new id, its references follow (b again: undecided)",
                does: { state, _ in SyncInbox.choose(.both, &state) }),
        Command("sync.type-values", [.syncInbox], keys: ["e"],
                "type the value for each of this file's conflicting keys (neither side's); they win at settling",
                does: { state, _ in SyncValueForm.open(&state) }),
        Command("sync.settle", [.syncInbox], keys: ["Enter"], "settle: merge with the chosen sides, commit and push", writes: true,
                target: .mode) { state, _ in SyncInbox.settle(&state) },
        Command("sync.now", [.syncInbox], keys: ["s"], "fetch, merge and push now") { state, _ in SyncInbox.syncNow(&state) },
        Command("sync.up", [.syncInbox], keys: ["Up", "k"], "previous file", does: { state, _ in SyncInbox.move(.up, &state) }),
        Command("sync.down", [.syncInbox], keys: ["Down", "j"], "next file", does: { state, _ in SyncInbox.move(.down, &state) }),
        Command("sync.close", [.syncInbox], keys: ["Esc"], "close the inbox", does: { state, _ in state.pop() }),
        Command("sync.arrivals", M.panes + [.arrivals], keys: ["I"],
                "what colleagues changed: each record this session's syncs brought in, newest first (I again closes)") { state, _ in
            Arrivals.toggle(&state)
        },
        Command("arrivals.open", [.arrivals], keys: ["Enter"], "open the record (Esc comes back)", does: { state, _ in Arrivals.open(&state) }),
        Command("arrivals.reload", [.arrivals], keys: ["r"], "read the list again from git") { state, _ in Arrivals.reload(&state) },
        Command("arrivals.up", [.arrivals], keys: ["Up", "k"], "previous record", does: { state, _ in Arrivals.move(.up, &state) }),
        Command("arrivals.down", [.arrivals], keys: ["Down", "j"], "next record", does: { state, _ in Arrivals.move(.down, &state) }),
        Command("arrivals.close", [.arrivals], keys: ["Esc"], "close the list", does: { state, _ in state.pop() }),
    ]

    static let followUps: [Command] = [
        Command("followup.add", M.delegationLists + [.detail, .followUps], keys: ["f"], "add a follow-up (what, due date) to the delegation",
                writes: true, target: .delegation, does: { state, given in FollowUpForms.open(given, &state) }),
        Command("followup.list", M.panes + [.followUps], keys: ["F"], "every open follow-up, overdue first (F again closes)",
                does: { state, _ in FollowUpList.toggle(&state) }),
        Command("followup.done", [.followUps], keys: ["Space", "x"], "tick the follow-up done (one line of its file; u undoes)",
                writes: true, target: .mode) { state, _ in FollowUpList.tick(&state) },
        Command("followup.open", [.followUps], keys: ["Enter"], "the delegation's details (Esc comes back)",
                does: { state, _ in FollowUpList.open(&state) }),
        Command("followup.up", [.followUps], keys: ["Up", "k"], "previous follow-up", does: { state, _ in FollowUpList.move(.up, &state) }),
        Command("followup.down", [.followUps], keys: ["Down", "j"], "next follow-up", does: { state, _ in FollowUpList.move(.down, &state) }),
        Command("followup.page-up", [.followUps], keys: ["PgUp"], "a page up", does: { state, _ in FollowUpList.move(.pageUp, &state) }),
        Command("followup.page-down", [.followUps], keys: ["PgDn"], "a page down", does: { state, _ in FollowUpList.move(.pageDown, &state) }),
        Command("followup.first", [.followUps], keys: ["Home", "g"], "first follow-up", does: { state, _ in FollowUpList.move(.first, &state) }),
        Command("followup.last", [.followUps], keys: ["End", "G"], "last follow-up", does: { state, _ in FollowUpList.move(.last, &state) }),
        Command("followup.close", [.followUps], keys: ["Esc"], "close the list", does: { state, _ in state.pop() }),
    ]

    static let programme: [Command] = [
        Command("programme.open", M.delegationLists + [.detail], keys: ["p"], "the programme of a confirmed or visited group: slots day by day",
                target: .delegation, does: { state, given in ProgrammeEditor.open(given, &state) }),
        Command("programme.add", [.programme], keys: ["a"], "add a slot (after the selected one; End date for a slot over several days)",
                writes: true, does: { state, _ in ProgrammeEditor.add(&state) }),
        Command("programme.edit", [.programme], keys: ["e", "Enter"], "edit the selected slot", writes: true,
                does: { state, _ in ProgrammeEditor.edit(&state) }),
        Command("programme.delete", [.programme], keys: ["d"], "delete the selected slot (u undoes)", writes: true) { state, _ in
            ProgrammeEditor.delete(&state)
        },
        Command("programme.duplicate", [.programme], keys: ["y"], "the selected slot again the next day, same time", writes: true) { state, _ in
            ProgrammeEditor.duplicate(&state)
        },
        Command("programme.day-earlier", [.programme], keys: ["["], "move the selected slot a day earlier (u undoes)", writes: true) { state, _ in
            ProgrammeEditor.shift(minutes: -24 * 60, &state)
        },
        Command("programme.day-later", [.programme], keys: ["]"], "move the selected slot a day later", writes: true) { state, _ in
            ProgrammeEditor.shift(minutes: 24 * 60, &state)
        },
        Command("programme.hour-earlier", [.programme], keys: ["{"], "move the selected slot an hour earlier", writes: true) { state, _ in
            ProgrammeEditor.shift(minutes: -60, &state)
        },
        Command("programme.hour-later", [.programme], keys: ["}"], "move the selected slot an hour later", writes: true) { state, _ in
            ProgrammeEditor.shift(minutes: 60, &state)
        },
        Command("programme.up", [.programme], keys: ["Up", "k"], "previous slot", does: { state, _ in ProgrammeEditor.move(.up, &state) }),
        Command("programme.down", [.programme], keys: ["Down", "j"], "next slot", does: { state, _ in ProgrammeEditor.move(.down, &state) }),
        Command("programme.first", [.programme], keys: ["Home", "g"], "first slot", does: { state, _ in ProgrammeEditor.move(.first, &state) }),
        Command("programme.last", [.programme], keys: ["End", "G"], "last slot", does: { state, _ in ProgrammeEditor.move(.last, &state) }),
        Command("programme.close", [.programme], keys: ["Esc", "p"], "close the programme", does: { state, _ in state.pop() }),
    ]

    /// The attention line's keys (above the panes at 30 rows or more): each count's list.
    static let attention: [Command] = [
        Command("attention.new", M.panes, keys: ["N"], "the new requests (Requests, filtered status:new)",
                does: { state, _ in AttentionKeys.newRequests(&state) }),
        Command("attention.waiting", M.panes, keys: ["O"], "requests waiting longer than the ageing limit (not on hold)",
                does: { state, _ in AttentionKeys.waiting(&state) }),
        Command("attention.week", M.panes, keys: ["W"], "this week's visits: the calendar's week view on today",
                does: { state, _ in AttentionKeys.week(&state) }),
        Command("attention.double-booking", M.panes, keys: ["C"], "the next day with a double-booking (C again: the one after)",
                target: .day, does: { state, _ in AttentionKeys.nextDoubleBooking(&state) }),
    ]

    static let conflict: [Command] = [
        Command("conflict.keep-mine", [.conflict], keys: ["m"], "keep mine: write it over the disk's version", writes: true, target: .mode) { state, _ in
            ConflictKeys.keepMine(&state)
        },
        Command("conflict.keep-disk", [.conflict], keys: ["d"], "keep the disk's version; nothing is written", target: .mode,
                does: { state, _ in ConflictKeys.keepDisk(&state) }),
        Command("conflict.back", [.conflict], keys: ["Esc", "C-c"], "back to the form you were saving (else: decide later in the conflict inbox, S)", target: .mode,
                does: { state, _ in ConflictKeys.back(&state) }),
        Command("conflict.edit-file", [.conflict], keys: ["E"], "edit the file in $VISUAL / $EDITOR", target: .mode) { state, _ in
            ConflictKeys.editFile(&state)
        },
    ]

    static let chooser: [Command] = [
        Command("chooser.up", [.chooser], keys: ["Up", "k"], "previous choice", does: { state, _ in ContactCopy.moveChoice(.up, &state) }),
        Command("chooser.down", [.chooser], keys: ["Down", "j"], "next choice (or press its digit 1–9)", does: { state, _ in ContactCopy.moveChoice(.down, &state) }),
        Command("chooser.copy", [.chooser], keys: ["Enter"], "copy the highlighted choice", target: .mode) { state, _ in
            ContactCopy.pick(nil, &state)
        },
        Command("chooser.cancel", [.chooser], keys: ["Esc"], "copy nothing", does: { state, _ in state.pop() }),
    ]

    static let lookup: [Command] = [
        Command("lookup.up", [.lookup], keys: ["Up", "C-p"], "previous person", does: { state, _ in ContactLookupKeys.move(by: -1, &state) }),
        Command("lookup.down", [.lookup], keys: ["Down", "C-n"], "next person", does: { state, _ in ContactLookupKeys.move(by: 1, &state) }),
        Command("lookup.page-up", [.lookup], keys: ["PgUp"], "a page up", does: { state, _ in ContactLookupKeys.move(pages: -1, &state) }),
        Command("lookup.page-down", [.lookup], keys: ["PgDn"], "a page down", does: { state, _ in ContactLookupKeys.move(pages: 1, &state) }),
        Command("lookup.open", [.lookup], keys: ["Enter"], "show the highlighted person's card (after D: pick them to take the deleted one's place)", target: .contact,
                does: { state, _ in ContactLookupKeys.openSelected(&state) }),
        Command("lookup.close", [.lookup], keys: ["Esc", "C-c"], "close the lookup", does: { state, _ in state.pop() }),
    ]

    static let filter: [Command] = [
        Command("filter.keep", [.filter], keys: ["Enter"], "keep the filter (Contacts: show the best match's card)",
                does: { state, _ in FilterTyping.keep(&state) }),
        Command("filter.clear", [.filter], keys: ["Esc", "C-c"], "clear the filter and stop typing", does: { state, _ in FilterTyping.clear(&state) }),
    ]

    static let prompt: [Command] = [
        Command("prompt.yes", [.prompt], keys: ["y"], "yes", target: .mode) { state, _ in Prompts.answer(true, &state) },
        Command("prompt.no", [.prompt], keys: ["n", "Esc", "C-c"], "no: back to what was under the question", target: .mode) { state, _ in
            Prompts.answer(false, &state)
        },
    ]

    static let help: [Command] = [
        Command("help.up", [.help], keys: ["Up"], "scroll up", does: { state, _ in HelpKeys.scroll(.up, &state) }),
        Command("help.down", [.help], keys: ["Down"], "scroll down", does: { state, _ in HelpKeys.scroll(.down, &state) }),
        Command("help.page-up", [.help], keys: ["PgUp"], "a page up", does: { state, _ in HelpKeys.scroll(.pageUp, &state) }),
        Command("help.page-down", [.help], keys: ["PgDn"], "a page down", does: { state, _ in HelpKeys.scroll(.pageDown, &state) }),
        Command("help.top", [.help], keys: ["Home"], "top", does: { state, _ in HelpKeys.scroll(.first, &state) }),
        Command("help.bottom", [.help], keys: ["End"], "bottom", does: { state, _ in HelpKeys.scroll(.last, &state) }),
        Command("help.close", [.help], keys: ["Esc", "Enter", "C-c"], "clear the filter, else close help", does: { state, _ in HelpKeys.close(&state) }),
    ]

    static let palette: [Command] = [
        Command("palette.run", [.palette], keys: ["Enter"], "run the first match (with what follows its name)", target: .mode) { state, _ in
            Palette.run(&state)
        },
        Command("palette.up", [.palette], keys: ["Up"], "previous match", does: { state, _ in Palette.move(-1, &state) }),
        Command("palette.down", [.palette], keys: ["Down"], "next match", does: { state, _ in Palette.move(1, &state) }),
        Command("palette.close", [.palette], keys: ["Esc", "C-c"], "close the palette", does: { state, _ in state.pop() }),
    ]
}
