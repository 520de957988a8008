import Testing
import TOMLDocument
@testable import VisitDeskSharing

/// Random disjoint edits by two people on one record: the merge must always succeed, parse,
/// contain both people's edits, not depend on which side is "ours", and keep our bytes for
/// every key the other side did not touch.
@Suite struct MergePropertyTests {
    typealias Edit = (field: FieldPath, apply: (inout TOMLDocument) throws -> Void)

    static let slotStarts = ["2027-03-09T09:00:00", "2027-03-09T11:00:00", "2027-03-10T09:00:00"]

    static func key(_ names: String...) -> FieldPath { FieldPath(names.map { .key($0) }) }
    static func slot(_ start: String, _ field: String? = nil) -> FieldPath {
        FieldPath([.key("slots"), .entry(start)] + (field.map { [.key($0)] } ?? []))
    }

    static func at(_ field: FieldPath, _ document: TOMLDocument) throws -> TOMLPath {
        guard let path = document.locate(field, rules: .store) else { throw TOMLEditError(path: [], message: "no \(field)") }
        return path
    }

    /// One edit of `unit` made by `side`, chosen with `random`.
    static func edit(unit: Int, side: String, random: inout SeededRandom) -> Edit {
        let word = "\(side)-\(Int.random(in: 1...999, using: &random))"
        switch unit {
        case 0...5:
            let name = ["title", "status", "owner", "interpreter", "notes", "size"][unit]
            let field = key(name)
            if name == "size" { return (field, { try $0.setValue(.integer(Int64(word.count * 3)), at: ["size"]) }) }
            if name == "interpreter" || name == "owner", Bool.random(using: &random) {
                return (field, { try $0.removeValue(at: [.key(name)]) })
            }
            let value: TOMLValue = name == "notes" ? .string("line one \(word)\nline two\n") : .string(word)
            return (field, { try $0.setValue(value, at: [.key(name)]) })
        case 6:
            return (key("budget", "travel"), { try $0.setValue(.integer(Int64(word.count * 1000)), at: ["budget", "travel"]) })
        case 7...9:
            let start = slotStarts[unit - 7]
            switch Int.random(in: 0..<4, using: &random) {
            case 0: return (slot(start), { try $0.removeTable(at: try at(slot(start), $0)) })
            case 1: return (slot(start), { try $0.setValue(.string(word), at: try at(slot(start, "place"), $0)) })
            case 2: return (slot(start), { try $0.setValue(.string(word), at: try at(slot(start, "host"), $0)) })
            default: return (slot(start), { try $0.setValue(.string("topic \(word)"), at: try at(slot(start, "topic"), $0)) })
            }
        case 10:
            return (key("follow_ups"), { try $0.setValue(true, at: ["follow_ups", 0, "done"]) })
        default:
            let name = ["tags", "members", "interests"][unit - 11]
            let removes = Bool.random(using: &random)
            return (key(name), { document in
                var elements = document.value(at: [.key(name)])?.array ?? []
                if removes, !elements.isEmpty { elements.removeFirst() } else { elements.append(.string(word)) }
                try document.setValue(.array(elements), at: [.key(name)])
            })
        }
    }

    /// Additions only one side can make: a slot on its own day, a key of its own.
    static func additions(side: String, day: Int) -> [Edit] {
        let start = TOMLLocalDateTime(year: 2027, month: 4, day: day, hour: 9, minute: 0)
        let end = TOMLLocalDateTime(year: 2027, month: 4, day: day, hour: 10, minute: 0)
        return [
            (slot(start.description), { try $0.appendTable(TOMLTable([("start", .localDateTime(start)), ("end", .localDateTime(end))]), toArrayOfTables: ["slots"]) }),
            (key("checked_by_\(side)"), { try $0.setValue(.string(side), at: [.key("checked_by_\(side)")]) }),
        ]
    }

    @Test(arguments: 0..<150)
    func disjointEditsAlwaysMerge(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &* 7919 &+ 17)
        var ours: [Edit] = []
        var theirs: [Edit] = []
        for unit in 0..<14 {
            switch Int.random(in: 0..<3, using: &random) {
            case 0: ours.append(Self.edit(unit: unit, side: "a", random: &random))
            case 1: theirs.append(Self.edit(unit: unit, side: "b", random: &random))
            default: break
            }
        }
        // Sets merge element-wise: both sides may add to the same list.
        if Bool.random(using: &random) { ours.append((Self.key("tags"), { try $0.setValue(.array(($0.value(at: ["tags"])?.array ?? []) + ["a-tag"]), at: ["tags"]) })) }
        if Bool.random(using: &random) { theirs.append((Self.key("tags"), { try $0.setValue(.array(($0.value(at: ["tags"])?.array ?? []) + ["b-tag"]), at: ["tags"]) })) }
        ours += Self.additions(side: "a", day: 1).filter { _ in Bool.random(using: &random) }
        theirs += Self.additions(side: "b", day: 2).filter { _ in Bool.random(using: &random) }

        let base = MergeFixtures.base
        var a = try TOMLDocument(parsing: base)
        for edit in ours { try edit.apply(&a) }
        var b = try TOMLDocument(parsing: base)
        for edit in theirs { try edit.apply(&b) }
        var expected = a
        for edit in theirs { try edit.apply(&expected) }

        let merged = try TOMLMerge().merge(base: base, ours: a.text, theirs: b.text)
        #expect(merged.conflicts.isEmpty, "seed \(seed): \(merged.conflicts)")
        let result = try TOMLDocument(parsing: merged.text)
        #expect(try MergeFixtures.content(merged.text) == MergeFixtures.content(expected.text), "seed \(seed)")

        let mirrored = try TOMLMerge().merge(base: base, ours: b.text, theirs: a.text)
        #expect(try MergeFixtures.content(mirrored.text) == MergeFixtures.content(merged.text), "seed \(seed): not symmetric")

        // Our lines for every field they did not touch are byte for byte what we wrote.
        let touched = theirs.map { $0.field.steps.first }
        for (field, _) in FlatRecord(a.root).leaves where !touched.contains(field.steps.first) {
            guard let ourPath = a.locate(field, rules: .store), let ourLines = a.lineText(ourPath) else { continue }
            let resultLines = result.locate(field, rules: .store).flatMap(result.lineText)
            #expect(resultLines == ourLines, "seed \(seed): \(field)")
        }
        #expect(merged.text.hasPrefix("# Hebei group, handled by Lina\n"))
    }
}
