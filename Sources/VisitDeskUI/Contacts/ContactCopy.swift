import VisitDeskDomain

/// `y` and `Y`: a contact's phone or email to the clipboard, straight away when there is one,
/// through a chooser when there are several. The copy itself is an effect the runtime performs
/// (OSC 52 and a desktop tool); it reports back what was copied for the status bar.
enum ContactCopy {
    static func start(_ kind: CopyChooser.Kind, for contact: Contact, _ state: inout AppState) -> [Effect] {
        let options = options(kind, of: contact)
        switch options.count {
        case 0:
            state.message = state.l10n.format(kind == .phone ? "%s has no phone number" : "%s has no email address", contact.name)
            return []
        case 1:
            return [effect(options[0], kind: kind, name: contact.name, state.l10n)]
        default:
            state.push(.chooser(CopyChooser(kind: kind, contactName: contact.name, options: options)))
            return []
        }
    }

    /// Phones go out in international form, which dials from anywhere; one VisitDesk could not
    /// understand goes out as written.
    static func options(_ kind: CopyChooser.Kind, of contact: Contact) -> [CopyChooser.Option] {
        switch kind {
        case .phone:
            return contact.phones.map { written in
                let number = PhoneNumber(written, defaultCountry: contact.country)
                return CopyChooser.Option(shown: PhoneDisplay.line(number), text: number.international ?? written)
            }
        case .email:
            return contact.emails.map { CopyChooser.Option(shown: $0, text: $0) }
        }
    }

    /// `what` is in the language on screen: the runtime reports it back in a sentence of its own.
    static func effect(_ option: CopyChooser.Option, kind: CopyChooser.Kind, name: String, _ l10n: Localization) -> Effect {
        let what = kind == .phone ? l10n.format("%s's phone", name) : l10n.format("%s's email", name)
        return .copyToClipboard(text: option.text, what: what)
    }

    static func moveChoice(_ step: Step, _ state: inout AppState) {
        guard var chooser = state.chooser else { return }
        chooser.cursor = Movement.target(step, current: chooser.cursor, count: chooser.options.count, page: chooser.options.count)
        state.chooser = chooser
    }

    /// The row's digit copies it at once.
    static func pickDigit(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard case .character(let c) = key, c.isASCII, let digit = c.wholeNumberValue,
              let chooser = state.chooser, digit >= 1, digit <= chooser.options.count else { return [] }
        return pick(digit - 1, &state)
    }

    /// Copies choice `index` (nil: the highlighted one) and closes the chooser.
    static func pick(_ index: Int?, _ state: inout AppState) -> [Effect] {
        guard let chooser = state.chooser else { return [] }
        state.chooser = nil
        let picked = index ?? chooser.cursor
        guard chooser.options.indices.contains(picked) else { return [] }
        return [effect(chooser.options[picked], kind: chooser.kind, name: chooser.contactName, state.l10n)]
    }
}
