import VisitDeskDomain

/// One layer of what has the keyboard above the panes. The dashboard keeps them in one stack
/// (`AppState.modes`): the top one gets the keys, `render` draws them bottom to top, and Esc
/// pops the top one (asking first when it holds typed input).
public enum Mode: Sendable, Equatable {
    /// A delegation's detail, a contact's card or the problems list, scrolled.
    case view(Overlay)
    case form(Form)
    case conflict(WriteConflict)
    case chooser(CopyChooser)
    case lookup(ContactLookup)
    /// `/` typing: keys go into the focused pane's filter.
    case filter
    /// A yes/no question about the mode under it ("discard changes? y/n").
    case prompt(Question)
    case help(HelpState)
    case palette(PaletteState)
    /// Every open follow-up of the store, overdue first (`F`).
    case followUps(FollowUpListState)
    /// A group's programme, slot by slot (`p`).
    case programme(ProgrammeState)
    /// Files the background sync could not merge (`S`).
    case syncInbox(SyncInboxState)
    /// What colleagues' commits changed, as this session's syncs brought it in (`I`).
    case arrivals(ArrivalsState)

    public var kind: ModeKind {
        switch self {
        case .view(.detail): return .detail
        case .view(.contact): return .card
        case .view(.problems): return .problems
        case .form: return .form
        case .conflict: return .conflict
        case .chooser: return .chooser
        case .lookup: return .lookup
        case .filter: return .filter
        case .prompt: return .prompt
        case .help: return .help
        case .palette: return .palette
        case .followUps: return .followUps
        case .programme: return .programme
        case .syncInbox: return .syncInbox
        case .arrivals: return .arrivals
        }
    }
}

/// A question that needs y or n before anything else happens.
public struct Question: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// Drop the form under the question.
        case discardForm
        /// Clear the long filter being typed.
        case clearFilter
        /// Delete a contact nobody names.
        case deleteContact(Contact)
        /// A contact still named: y picks someone to take their place (`@` lookup).
        case replaceContact(Contact)
        /// Put `by` in every place that names the contact, then delete the contact.
        case replaceAndDelete(Contact, by: String)

        /// Questions whose "no" leaves a contact in place.
        var deletes: Bool {
            switch self {
            case .discardForm, .clearFilter: return false
            case .deleteContact, .replaceContact, .replaceAndDelete: return true
            }
        }
    }

    public var text: String
    public var purpose: Purpose
    /// Lines shown above the question (the records that name a contact).
    public var details: [String] = []

    /// The box's title.
    var title: String {
        switch purpose {
        case .discardForm: return Localization.key("Unsaved changes")
        case .clearFilter: return Localization.key("Long filter")
        case .deleteContact, .replaceContact, .replaceAndDelete: return Localization.key("Delete contact")
        }
    }
}

/// The `?` box: its filter and how far it is scrolled.
public struct HelpState: Sendable, Equatable {
    public internal(set) var filter = ""
    public internal(set) var top = 0
    /// The mode whose commands are listed (the one under the help).
    public internal(set) var about: ModeKind
}
