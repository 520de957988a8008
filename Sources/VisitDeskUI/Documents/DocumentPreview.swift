import VisitDeskDocuments
import VisitDeskDomain

/// `D`: what would go out to a delegation, on screen before it goes — its programme, its name
/// list or a letter in the chosen language, scrollable, with keys to switch language and
/// document and the written format, write the file into the store's `export/` folder (and open
/// it), copy the text, and send a letter after a confirmation.
public struct DocumentPreview: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case programme, nameList
        case letter(LetterKind)
    }

    public internal(set) var delegationID: String
    public internal(set) var kind: Kind = .programme
    public internal(set) var language: String
    public internal(set) var top = 0
    /// What `w` and `o` write (`f` steps through `DocumentOutput.formats(for: kind)`).
    public internal(set) var format: DocumentFormat = .text
    /// What a letter's `.eml` (and a sent letter) carries besides the text (`a`).
    public internal(set) var attachments: LetterAttachments = .none
    /// The letter's mail, shown in the status bar and waiting for `y` to be sent.
    public internal(set) var pendingSend: MailMessage?

    /// The order `l` steps through; a letter is written in the first language of a pair.
    static let languages = ["en", "sv", "zh", "zh+en", "sv+en"]
    /// The order `n` steps through.
    static let kinds: [Kind] = [.programme, .nameList] + LetterKind.allCases.map { .letter($0) }

    /// A delegation with a Chinese title opens in Chinese and English, any other in English.
    init(delegation: Delegation) {
        delegationID = delegation.id
        language = delegation.titleZh == nil ? "en" : "zh+en"
    }

    var readers: ReaderLanguages { (try? ReaderLanguages(parsing: language)) ?? ReaderLanguages(.en) }

    func delegation(_ state: AppState) -> Delegation? {
        state.index.delegationByID[delegationID].map { state.catalog.delegations[$0] }
    }

    /// The programme or name list laid out; nil for a letter or a delegation that has gone.
    func body(_ state: AppState) -> DocumentBody? {
        guard let delegation = delegation(state) else { return nil }
        let catalog = state.catalog
        switch kind {
        case .programme:
            return ProgrammeLayout(delegation: delegation, settings: catalog.settings, readers: readers, contact: catalog.contact(id:)).body()
        case .nameList:
            return NameList(delegation: delegation, order: .delegation, contact: catalog.contact(id:)).body(readers: readers)
        case .letter:
            return nil
        }
    }

    /// The letter from the store's template (read when the dashboard started), else the default.
    func letter(_ state: AppState) -> Result<LetterTemplate.Letter, DocumentError>? {
        guard case .letter(let letterKind) = kind, let delegation = delegation(state) else { return nil }
        let name = letterKind.fileName(readers.primary)
        let template = LetterTemplate(file: LetterKind.folder + "/" + name,
                                      text: state.letterTemplates[name] ?? DefaultTemplates.text(letterKind, readers.primary))
        let context = LetterContext(delegation: delegation, settings: state.catalog.settings, language: readers.primary,
                                    today: state.today, contact: state.catalog.contact(id:))
        return Result { () throws(DocumentError) in try template.render(context) }
    }

    /// What the preview shows and `y` copies.
    func text(_ state: AppState) -> String {
        if let body = body(state) { return TextWriter.write(body) }
        switch letter(state) {
        case .success(let letter)?: return "Subject: \(letter.subject)\n\n\(letter.body)"
        case .failure(let error)?: return error.description + "\n"
        case nil: return "The delegation \(delegationID) is no longer in the store.\n"
        }
    }

    /// What `w` (`replace`: `W`) and `o` (`open`) ask the runner to write, in the chosen format;
    /// nil when there is nothing to write (a letter whose template fails, a delegation gone).
    func write(_ state: AppState, replace: Bool, open: Bool) -> DocumentWrite? {
        guard let content = content(state) else { return nil }
        let stem = "\(delegationID)-\(kindName)-\(writtenLanguage.replacingOccurrences(of: "+", with: "-"))"
        return DocumentWrite(fileName: stem + "." + DocumentOutput.fileExtension(format), content: content, replace: replace, open: open)
    }

    private func content(_ state: AppState) -> DocumentWrite.Content? {
        if let body = body(state) {
            switch format {
            case .html: return .text(HTMLWriter.write(body))
            case .pdf: return .pdf(html: HTMLWriter.write(body))
            default: return .text(TextWriter.write(body))
            }
        }
        guard case .success? = letter(state) else { return nil }
        if format == .eml, let mail = try? mail(state) { return .mail(mail, attachmentRequest(state)) }
        return .text(text(state))
    }

    /// The letter as a message to the lead, CC the owner (the runner adds date, id, attachments).
    /// Throws the error that names who lacks an email; nil when this is not a letter that renders.
    func mail(_ state: AppState) throws(DocumentError) -> MailMessage? {
        guard let delegation = delegation(state), case .success(let letter)? = letter(state) else { return nil }
        return try LetterMail.message(letter, delegation: delegation, language: readers.primary,
                                      contact: state.catalog.contact(id:), date: "", messageID: "")
    }

    /// The attachments chosen with `a`; the programme is laid out in the preview's languages.
    func attachmentRequest(_ state: AppState) -> MailAttachmentRequest {
        guard let delegation = delegation(state) else { return .none }
        var request = MailAttachmentRequest()
        if attachments.calendar && !delegation.slots.isEmpty { request.calendarOf = delegation.id }
        if attachments.pdf {
            let layout = ProgrammeLayout(delegation: delegation, settings: state.catalog.settings, readers: readers, contact: state.catalog.contact(id:))
            request.programmePDF = .init(fileName: "\(delegation.id)-programme-\(readers.description.replacingOccurrences(of: "+", with: "-")).pdf",
                                         html: HTMLWriter.write(layout.body()))
        }
        return request
    }

    var kindName: String {
        switch kind {
        case .programme: return "programme"
        case .nameList: return "namelist"
        case .letter(let letterKind): return letterKind.rawValue
        }
    }

    /// The language the document is in: the pair for a programme or name list, the first of it
    /// for a letter (written in one language), as the header and the file name say.
    var writtenLanguage: String {
        kind == .programme || kind == .nameList ? language : readers.primary.rawValue
    }

    /// The box's title in the language on screen: `Programme · zh+en · hebei-2027 · writes text`,
    /// `Program · …  · skriver text`, `日程 · … · 写出文本`. The document's own language code and
    /// the id stay as the file name has them.
    func title(_ l10n: Localization) -> String {
        "\(kindTitle(l10n)) · \(writtenLanguage) · \(delegationID) · \(formatLabel(l10n))"
    }

    /// What the document is, as a title: the programme, the name list, or the letter's kind.
    func kindTitle(_ l10n: Localization) -> String {
        switch kind {
        case .programme: return l10n.text("Programme", context: "document")
        case .nameList: return l10n.text("Namelist", context: "document")
        case .letter(let letterKind):
            switch letterKind {
            case .confirmation: return l10n.text("Confirmation", context: "document")
            case .decline: return l10n.text("Decline", context: "document")
            case .onHold: return l10n.text("On-hold", context: "document")
            case .visitorsList: return l10n.text("Visitors-list", context: "document")
            case .thankYou: return l10n.text("Thank-you", context: "document")
            }
        }
    }

    /// The header's last part, what `w` would write: "writes text", "writes HTML", "writes PDF",
    /// "writes .eml + .ics".
    func formatLabel(_ l10n: Localization) -> String {
        switch format {
        case .eml: return attachments == .none ? l10n.format("writes %s", ".eml") : l10n.format("writes %s", ".eml " + attachments.label)
        case .text: return l10n.text("writes text")
        default: return l10n.format("writes %s", format.rawValue.uppercased())
        }
    }
}
