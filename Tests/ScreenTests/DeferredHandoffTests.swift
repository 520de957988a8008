import Testing
@testable import VisitDeskUI

/// The filter text and the contact links are patched in place when the old index is gone: the
/// hand-off gives the patch the old value as its own only when nobody else can still read it.
@Suite struct DeferredHandoffTests {
    static func buffer(_ array: [Int]) -> UnsafeRawPointer? {
        array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func theLastHolderGetsTheValueItselfToChangeInPlace() throws {
        let made = Deferred<[Int]>(Array(0..<1_000))
        let original = Self.buffer(made.value)
        let handoff = DeferredHandoff(made)
        _ = consume made
        var taken = try #require(handoff.takeValue())
        #expect(taken.owned)
        taken.value[0] = 42
        #expect(Self.buffer(taken.value) == original)
        #expect(handoff.takeValue() == nil)
    }

    @Test func aValueSomeoneStillHoldsIsReadAndLeftAsItWas() throws {
        let held = Deferred<[Int]>(Array(0..<1_000))
        let handoff = DeferredHandoff(held)
        var taken = try #require(handoff.takeValue())
        #expect(!taken.owned)
        taken.value[0] = 42
        #expect(held.value[0] == 0)
    }
}
