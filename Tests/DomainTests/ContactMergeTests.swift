import Testing
@testable import VisitDeskDomain

/// Importing into a known person: fields added, differences kept or taken, nothing removed.
@Suite struct ContactMergeTests {
    static let wang = Contact(
        id: "wang-fang", name: "Wang Fang", nameZh: "王芳", country: "CN", organisation: "Hebei Bureau of Commerce",
        organisationZh: "河北省商务厅", role: "Deputy director", phones: ["+86 138 0013 8000", "0311-8765 4321"],
        emails: ["wang.fang@example.cn"], wechat: "wangfang_hb", languages: ["zh", "en"], tags: ["delegation-lead"])

    @Test func aTwoColumnRowChangesNothing() {
        let row = Contact(id: "x", name: "Wang Fang", emails: ["Wang.Fang@Example.CN"])
        let (merged, changes) = ContactMerge.merge(row, into: Self.wang)
        #expect(merged == Self.wang)
        #expect(changes.isEmpty)
    }

    @Test func missingFieldsAndListEntriesAreAddedNormalised() {
        var ours = Self.wang
        ours.wechat = nil
        let incoming = Contact(
            id: "x", name: "Wang Fang", phones: ["+86 311 8765 4321", "+86 139 1111 2222"],
            emails: ["wf@example.org"], wechat: "wf_new", tags: ["Delegation-Lead", "hebei"], notes: "Met in Borlänge.")
        let (merged, changes) = ContactMerge.merge(incoming, into: ours)
        #expect(merged.phones == ["+86 138 0013 8000", "0311-8765 4321", "+86 139 1111 2222"], "0311-… is +86 311 …")
        #expect(merged.emails == ["wang.fang@example.cn", "wf@example.org"])
        #expect(merged.wechat == "wf_new")
        #expect(merged.tags == ["delegation-lead", "hebei"])
        #expect(merged.notes == "Met in Borlänge.")
        #expect(changes.map(\.field) == ["phones", "emails", "wechat", "tags", "notes"])
        #expect(changes.allSatisfy { $0.kind == .added })
    }

    @Test func aDifferingSingleValueIsOursUnlessIncomingIsPreferred() {
        let incoming = Contact(id: "x", name: "Wang Fang", role: "Director", emails: ["wang.fang@example.cn"])
        let kept = ContactMerge.merge(incoming, into: Self.wang)
        #expect(kept.contact.role == "Deputy director")
        #expect(kept.changes == [ContactMerge.Change(field: "role", kind: .kept, ours: "Deputy director", incoming: "Director")])
        let taken = ContactMerge.merge(incoming, into: Self.wang, prefer: .incoming)
        #expect(taken.contact.role == "Director")
        #expect(taken.changes == [ContactMerge.Change(field: "role", kind: .changed, ours: "Deputy director", incoming: "Director")])
    }

    @Test func anIncomingNoteAlreadyHeldIsNotRepeated() {
        var ours = Self.wang
        ours.notes = "Interested in sludge.\nMet in Borlänge."
        let (merged, changes) = ContactMerge.merge(Contact(id: "x", name: "Wang Fang", notes: "Met in Borlänge."), into: ours)
        #expect(merged.notes == ours.notes)
        #expect(changes.isEmpty)
    }

    /// Random contacts merged into random contacts, both preferences: every value ours had is
    /// still there afterwards — list entries always, single values unless replaced by a value.
    @Test func importNeverRemovesAValue() {
        var random = RandomContacts(seed: 20)
        for _ in 0..<2_000 {
            let ours = random.contact(id: "ours")
            let incoming = random.contact(id: "theirs")
            for prefer in ContactMerge.Preference.allCases {
                let (merged, _) = ContactMerge.merge(incoming, into: ours, prefer: prefer)
                #expect(merged.id == ours.id)
                let lists: [(Contact) -> [String]] = [{ Array($0.phones) }, { Array($0.emails) }, \.languages, \.topics, \.tags]
                for list in lists {
                    #expect(list(ours).allSatisfy(list(merged).contains), "\(ours) ← \(incoming)")
                }
                for keyPath in [\Contact.nameZh, \.country, \.organisation, \.organisationZh, \.role, \.wechat, \.uid, \.pinyin]
                where ours[keyPath: keyPath]?.isEmpty == false {
                    #expect(merged[keyPath: keyPath]?.isEmpty == false)
                    if prefer == .ours { #expect(merged[keyPath: keyPath] == ours[keyPath: keyPath]) }
                }
                #expect(ours.notes.isEmpty || merged.notes.contains(ours.notes))
                #expect(!merged.name.isEmpty)
                if prefer == .ours { #expect(merged.name == ours.name) }
            }
        }
    }
}

/// Who an imported record is: UID, else e-mail, else phone; never the name alone.
@Suite struct ContactIdentityTests {
    static let liNa = Contact(id: "li-na", name: "Li Na", nameZh: "李娜", country: "CN",
                              phones: ["+86 135 3305 7721"], emails: ["lina.ts@example.cn"], uid: "ABC-1")
    static let identity = ContactIdentity([liNa, ContactMergeTests.wang])

    @Test func uidThenEmailThenPhone() {
        #expect(Self.identity.match(Contact(id: "", name: "Someone", uid: "ABC-1"))?.id == "li-na")
        #expect(Self.identity.match(Contact(id: "", name: "Someone", uid: "li-na"))?.id == "li-na", "our own export's UID is the id")
        #expect(Self.identity.match(Contact(id: "", name: "Someone", emails: ["LINA.TS@example.cn"]))?.by == .email("LINA.TS@example.cn"))
        #expect(Self.identity.match(Contact(id: "", name: "Someone", country: "CN", phones: ["135 3305 7721"]))?.id == "li-na")
        #expect(Self.identity.match(Contact(id: "", name: "Someone", phones: ["0311-8765 4321"])) == nil, "a national number without a country is no identity")
    }

    @Test func aSharedPhoneIsNoIdentityWhenTheEmailsDiffer() {
        let colleague = Contact(id: "", name: "Zhao Lei", phones: ["+86 135 3305 7721"], emails: ["zhao.lei@example.cn"])
        #expect(Self.identity.match(colleague) == nil)
        var noEmail = colleague
        noEmail.emails = []
        #expect(Self.identity.match(noEmail)?.id == "li-na")
    }

    @Test func theSameNameIsNoIdentityButIsAPossibleDuplicate() {
        let other = Contact(id: "li-na", name: "li  na", emails: ["li.na@example.edu.cn"])
        #expect(Self.identity.match(other) == nil)
        #expect(Self.identity.sameName(as: other) == ["li-na"])
        #expect(Self.identity.sameName(as: Contact(id: "", name: "Lina", nameZh: "李 娜")) == ["li-na"], "the Chinese name too")
        #expect(Self.identity.sameName(as: Contact(id: "", name: "Zhang Wei")).isEmpty)
    }
}

/// Random contacts from a seeded generator (the one the conflict tests use), so a failure is
/// the same on every run: values that are equal, equal but written differently, or different.
struct RandomContacts {
    var random: ConflictLedgerTests.Generator

    init(seed: UInt64) { random = ConflictLedgerTests.Generator(state: seed) }

    mutating func pick<T>(_ options: [T]) -> T { options.randomElement(using: &random)! }

    mutating func maybe(_ options: [String]) -> String? { Bool.random(using: &random) ? pick(options) : nil }

    mutating func some(_ options: [String]) -> [String] { (0..<Int.random(in: 0..<4, using: &random)).map { _ in pick(options) } }

    mutating func contact(id: String) -> Contact {
        Contact(
            id: id, name: pick(["Wang Fang", "wang fang", "Li Na", "Åsa Öberg", " "]), nameZh: maybe(["王芳", "李娜", ""]),
            country: maybe(["CN", "cn", "SE", ""]), organisation: maybe(["Hebei", "HEBEI", "Scania"]), organisationZh: maybe(["河北", ""]),
            role: maybe(["Director", "director", "Deputy"]),
            phones: SmallList(some(["+86 138 0013 8000", "138 0013 8000", "0311-8765 4321", "070-123 45 67", "+46 70 123 45 67", "123", ""])),
            emails: SmallList(some(["a@x.cn", "A@X.CN", "mailto:a@x.cn", "b@y.se", " "])), wechat: maybe(["wx1", "wx2"]),
            languages: some(["zh", "ZH", "en"]), topics: some(["water", "Water"]), tags: some(["lead", "x"]),
            notes: pick(["", "Met in Borlänge.", "Two\nlines"]), uid: maybe(["U1", "U2"]), pinyin: maybe(["Wáng Fāng"]))
    }
}
