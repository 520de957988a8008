import Testing
@testable import VisitDeskUI

/// A change on disk patches the Requests/Groups filter text in place when nothing else holds it.
/// A patch that drifts from a fresh build makes a filter miss a record or find one by text it no
/// longer has, so every patch must equal a fresh build, byte for byte.
@Suite struct FilterCorpusPatchTests {
    /// Records as (id, text); a corpus holds each record's text and a folded copy of it.
    typealias Record = (id: Int, text: String)

    static func corpus(_ records: [Record]) -> FilterCorpus {
        FilterCorpus(count: records.count) { index, add in add(records[index].text) }
    }

    static let words = ["Åsa Öberg", "张伟", "Käppala", "water", "", "Wang Fang 王芳", "borlänge", "x"]

    static func edited(_ records: [Record], _ random: inout SplitMix) -> [Record] {
        var byID = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0.text) })
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            let id = Int.random(in: 0..<40, using: &random)
            if byID[id] != nil, Bool.random(using: &random) {
                byID[id] = nil
            } else {
                byID[id] = Self.words.randomElement(using: &random)! + " \(Int.random(in: 0..<3, using: &random))"
            }
        }
        return byID.map { (id: $0.key, text: $0.value) }.sorted { $0.id < $1.id }
    }

    @Test func aPatchInPlaceEqualsAFreshBuildAfterAnyEdits() {
        var random = SplitMix(seed: 11)
        for trial in 0..<300 {
            let old = Self.edited([], &random) + (trial % 7 == 0 ? [] : (40..<(40 + trial % 25)).map { (id: $0, text: "record \($0) Öland") })
            let new = Self.edited(old, &random)
            let oldPosition = Dictionary(uniqueKeysWithValues: old.enumerated().map { ($0.element.id, $0.offset) })
            let unchanged: [Int?] = new.map { record in
                oldPosition[record.id].flatMap { old[$0].text == record.text ? $0 : nil }
            }
            var patched = Self.corpus(old)
            let done = patched.patch(count: new.count, unchanged: { unchanged[$0] }) { index, add in add(new[index].text) }
            #expect(done)
            #expect(patched == Self.corpus(new), "trial \(trial): \(old.map(\.text)) → \(new.map(\.text))")
        }
    }

    @Test func keptRecordsOutOfTheirOldOrderAreRefusedAndLeaveTheTextAsItWas() {
        let old: [Record] = [(1, "alpha"), (2, "beta"), (3, "gamma")]
        var corpus = Self.corpus(old)
        let swapped = [2, 1, 0]
        #expect(!corpus.patch(count: 3, unchanged: { swapped[$0] }) { index, add in add(old[2 - index].text) })
        #expect(corpus == Self.corpus(old))
    }
}
