import TOMLDocument

/// Three-way merge of two edited versions of one TOML record, key by key instead of line by
/// line: edits of different keys always combine (also on adjacent lines, where git's line merge
/// gives up), sets combine element by element, and array-of-table entries are matched by
/// identity. Their changes are applied as surgical edits to our text, so our comments, key
/// order and unknown keys survive.
public struct TOMLMerge {
    let rules: MergeRules

    public init(rules: MergeRules = .store) { self.rules = rules }

    public enum Failure: Error, CustomStringConvertible {
        /// One of the versions is not valid TOML: a key-level merge is impossible.
        case unreadable(side: String, error: TOMLParseError)

        public var description: String {
            switch self {
            case .unreadable(let side, let error): "the \(side) version is not valid TOML (\(error))"
            }
        }
    }

    public func merge(base: String, ours: String, theirs: String) throws(Failure) -> MergeOutcome {
        let o = try parse(base, side: "common")
        let a = try parse(ours, side: "our")
        let b = try parse(theirs, side: "their")
        var work = MergeWork(rules: rules, document: a, theirs: b)
        let (fo, fa, fb) = (FlatRecord(o.root, rules: rules), FlatRecord(a.root, rules: rules), FlatRecord(b.root, rules: rules))
        let settled = work.mergeEntries(fo, fa, fb)
        work.mergeLeaves(fo, fa, fb, skipping: settled)
        return work.outcome()
    }

    private func parse(_ text: String, side: String) throws(Failure) -> TOMLDocument {
        do { return try TOMLDocument(parsing: text) } catch { throw .unreadable(side: side, error: error) }
    }
}

/// The merge in progress: our document with their changes applied so far, and what conflicted.
struct MergeWork {
    let rules: MergeRules
    var document: TOMLDocument
    let theirs: TOMLDocument
    var conflicts: [MergeConflict] = []
    /// Conflicts whose lines get markers: where the text is in our result (after edits) and in theirs.
    var marks: [ConflictMark] = []

    init(rules: MergeRules, document: TOMLDocument, theirs: TOMLDocument) {
        self.rules = rules
        self.document = document
        self.theirs = theirs
    }

    /// Entries added or removed on one side. Returns the entry paths whose fields are settled
    /// here (and must not be merged key by key).
    mutating func mergeEntries(_ o: FlatRecord, _ a: FlatRecord, _ b: FlatRecord) -> [FieldPath] {
        var settled: [FieldPath] = []
        let paths = Set(o.entries.keys).union(a.entries.keys).union(b.entries.keys).sorted()
        for path in paths {
            let (base, ours, their) = (o.entries[path], a.entries[path], b.entries[path])
            switch (base, ours, their) {
            case (nil, nil, let added?):
                settled.append(path)
                appendEntry(added, at: path)
            case (let base?, let ours?, nil):
                settled.append(path)
                if ours == base { removeEntry(at: path) } else { conflictOnEntry(path, base: base, ours: ours, theirs: nil) }
            case (let base?, nil, let their?):
                settled.append(path)
                if their != base { conflictOnEntry(path, base: base, ours: nil, theirs: their) }
            case (_?, nil, nil), (nil, _?, nil):
                settled.append(path)
            default:
                break // both have it: merged field by field
            }
        }
        return settled
    }

    mutating func mergeLeaves(_ o: FlatRecord, _ a: FlatRecord, _ b: FlatRecord, skipping settled: [FieldPath]) {
        let paths = Set(o.leaves.keys).union(a.leaves.keys).union(b.leaves.keys).sorted()
        for path in paths where !settled.contains(where: { path.hasPrefix($0) }) {
            let (base, ours, their) = (o.leaves[path], a.leaves[path], b.leaves[path])
            if ours == their || base == their { continue }
            if base == ours {
                take(their, at: path)
            } else if let key = path.lastKey, rules.setKeys.contains(key),
                let merged = SetMerge.merge(base: base?.array ?? [], ours: ours?.array, theirs: their?.array) {
                if merged != ours { take(merged, at: path) }
            } else {
                conflictOnLeaf(path, base: base, ours: ours, theirs: their)
            }
        }
    }

    // MARK: applying their side

    private mutating func take(_ value: TOMLValue?, at path: FieldPath) {
        do {
            if let value {
                guard let target = document.locate(path, rules: rules) ?? locateNew(path) else { throw Unplaceable() }
                try document.setValue(value, at: target)
            } else if let target = document.locate(path, rules: rules) {
                try document.removeValue(at: target)
            }
        } catch {
            // Their change cannot be written here (a table our side turned into a value, …):
            // it is a conflict rather than a silent loss.
            conflictOnLeaf(path, base: nil, ours: document.locate(path, rules: rules).flatMap(document.value(at:)), theirs: value)
        }
    }

    /// A new key under a parent that exists (by identity) in our document.
    private func locateNew(_ path: FieldPath) -> TOMLPath? {
        guard case .key(let key)? = path.steps.last else { return nil }
        return document.locate(FieldPath(Array(path.steps.dropLast())), rules: rules)?.appending(.key(key))
    }

    private mutating func appendEntry(_ table: TOMLTable, at path: FieldPath) {
        let arrayPath = FieldPath(Array(path.steps.dropLast()))
        guard let target = document.locate(arrayPath, rules: rules) ?? locateNew(arrayPath),
            (try? document.appendTable(table, toArrayOfTables: target)) != nil else {
            conflictOnEntry(path, base: nil, ours: nil, theirs: table)
            return
        }
    }

    private mutating func removeEntry(at path: FieldPath) {
        guard let target = document.locate(path, rules: rules), (try? document.removeTable(at: target)) != nil else {
            conflictOnEntry(path, base: nil, ours: document.locate(path, rules: rules).flatMap(document.value(at:))?.table, theirs: nil)
            return
        }
    }

    // MARK: conflicts

    private mutating func conflictOnLeaf(_ path: FieldPath, base: TOMLValue?, ours: TOMLValue?, theirs their: TOMLValue?) {
        let kind: MergeConflict.Kind = base == nil && ours != nil && their != nil ? .addAdd : (ours == nil || their == nil ? .modifyDelete : .value)
        conflicts.append(MergeConflict(field: path, kind: kind, base: base, ours: ours, theirs: their))
        marks.append(ConflictMark(field: path, theirText: theirs.locate(path, rules: rules).flatMap(theirs.lineText)))
    }

    private mutating func conflictOnEntry(_ path: FieldPath, base: TOMLTable?, ours: TOMLTable?, theirs their: TOMLTable?) {
        let kind: MergeConflict.Kind = base == nil ? .addAdd : .modifyDelete
        conflicts.append(MergeConflict(field: path, kind: kind, base: base.map(TOMLValue.table), ours: ours.map(TOMLValue.table), theirs: their.map(TOMLValue.table)))
        marks.append(ConflictMark(field: path, theirText: theirs.locate(path, rules: rules).flatMap(theirs.lineText)))
    }

    func outcome() -> MergeOutcome {
        MergeOutcome(text: document.text, conflicts: conflicts, markedText: ConflictMark.apply(marks, to: document, rules: rules))
    }
}

private struct Unplaceable: Error {}

/// Set semantics for lists whose order nobody chose: an element stays unless a side removed
/// it, and each side's additions are kept (ours first, in our order, then theirs).
enum SetMerge {
    /// nil when a side is not a list (the key was removed or changed type): not a set merge.
    static func merge(base: [TOMLValue], ours: [TOMLValue]?, theirs: [TOMLValue]?) -> TOMLValue? {
        guard let ours, let theirs else { return nil }
        let removedByThem = base.filter { !theirs.contains($0) }
        var result = ours.filter { !removedByThem.contains($0) }
        for element in theirs where !base.contains(element) && !result.contains(element) {
            result.append(element)
        }
        return .array(result)
    }
}
