/// Many writes as one step: an import creating thousands of contacts must not re-check every
/// delegation's references after each file (each new contact changes the set of ids, which
/// asks for all of them). Inside `batch` the catalog follows every write as usual; the rules
/// across records are checked once, when the batch ends.
extension RecordStore {
    public func batch<T>(_ body: () throws -> T) rethrows -> T {
        let outermost = deferredRules == nil
        if outermost { deferredRules = DeferredRules() }
        defer {
            if outermost, let pending = deferredRules {
                deferredRules = nil
                if pending.allContacts { revalidateAll() } else { pending.delegations.forEach(revalidate) }
                if pending.any { publishProblems() }
            }
        }
        return try body()
    }
}

/// What the rules across records still have to look at when a batch ends.
struct DeferredRules {
    private(set) var allContacts = false
    private(set) var delegations: Set<String> = []
    private(set) var any = false

    mutating func note(allContacts changedSet: Bool, delegations touched: [String]) {
        any = true
        allContacts = allContacts || changedSet
        if !allContacts { delegations.formUnion(touched) }
    }
}
