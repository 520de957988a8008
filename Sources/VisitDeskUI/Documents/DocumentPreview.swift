import VisitDeskDocuments
import VisitDeskDomain

/// `D`: what would go out to a delegation, on screen before it goes — its programme, its name
/// list or a letter in the chosen language, scrollable, with keys to switch language and
/// document, write the file into the store's `export/` folder, copy the text, and send a letter
/// after a confirmation.
public struct DocumentPreview: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case programme, nameList
        case letter(LetterKind)
    }

    public internal(set) var delegationID: String
    public internal(set) var kind: Kind = .programme
    public internal(set) var language: String
    public internal(set) var top = 0
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

    /// What `w` writes: the HTML of a programme or name list, the text of a letter.
    func file(_ state: AppState) -> (name: String, contents: String)? {
        let stem = "\(delegationID)-\(kindName)-\(language.replacingOccurrences(of: "+", with: "-"))"
        if let body = body(state) { return (stem + ".html", HTMLWriter.write(body)) }
        guard case .success? = letter(state) else { return nil }
        return (stem + ".txt", text(state))
    }

    var kindName: String {
        switch kind {
        case .programme: return "programme"
        case .nameList: return "namelist"
        case .letter(let letterKind): return letterKind.rawValue
        }
    }

    var title: String {
        let language = kind == .programme || kind == .nameList ? self.language : readers.primary.rawValue
        return "\(kindName.prefix(1).uppercased() + kindName.dropFirst()) · \(language) · \(delegationID)"
    }
}
