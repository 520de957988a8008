import Testing
import VisitDeskDomain
@testable import VisitDeskUI

@Suite struct LayoutSnapshotTests {
    @Test func allFourPanesAt120x40() {
        let grid = render(Fixtures.state(120, 40))
        for title in ["Requests", "Groups", "Calendar", "Contacts"] {
            #expect(grid.text.contains(" \(title) "), "pane title \(title) is missing")
        }
        expectExactWidths(grid)
        assertSnapshot(grid, named: "full-120x40")
    }

    @Test func reducedLayoutAt80x24() {
        var state = Fixtures.state(80, 24)
        let grid = render(state)
        #expect(grid.line(0).contains("1 Requests") && grid.line(0).contains("4 Contacts"))
        expectExactWidths(grid)
        assertSnapshot(grid, named: "tabbed-80x24")
        Fixtures.press("4", &state)
        assertSnapshot(render(state), named: "tabbed-80x24-contacts")
        Fixtures.press("3", &state)
        assertSnapshot(render(state), named: "tabbed-80x24-calendar")
    }

    @Test func smallestWorkingSize40x12() {
        let grid = render(Fixtures.state(40, 12))
        expectExactWidths(grid)
        #expect(!grid.text.contains("too small"))
        assertSnapshot(grid, named: "tabbed-40x12")
        assertSnapshot(Fixtures.screen("3", 40, 12), named: "tabbed-40x12-calendar")
        assertSnapshot(Fixtures.screen("4 Down Down Down", 40, 12), named: "tabbed-40x12-contacts")
        assertSnapshot(Fixtures.screen("2 Enter", 40, 12), named: "tabbed-40x12-detail")
    }

    @Test func tooSmallSaysSo() {
        let grid = render(Fixtures.state(39, 12))
        expectExactWidths(grid)
        #expect(grid.text.contains("Terminal too small (need 40x12)"))
        assertSnapshot(grid, named: "too-small-39x12")
        let tiny = render(Fixtures.state(10, 3))
        expectExactWidths(tiny)
        #expect(tiny.height == 3)
    }
}

@Suite struct RobustnessTests {
    @Test func degenerateSizesAndOddKeysNeverCrash() throws {
        var state = Fixtures.state(120, 40)
        for size in [TerminalSize(width: 0, height: 0), TerminalSize(width: 1, height: 1), TerminalSize(width: -5, height: 3),
                     TerminalSize(width: 40, height: 12), TerminalSize(width: 300, height: 100)] {
            _ = update(&state, .resized(size))
            for key in try parseKeyNames("Tab Down Enter PgDn G ? x Escape ! Escape 3 Left PgUp / å BSpace Enter 4 End 2 Enter Escape") {
                _ = update(&state, .key(key))
                let grid = render(state)
                #expect(grid.width == max(0, size.width) && grid.height == max(0, size.height))
            }
        }
        _ = update(&state, .key(.character("3\u{301}")))   // a digit with an accent is not a pane number
        _ = update(&state, .key(.character("9")))
        #expect(state.focus == .requests || state.focus == .groups || state.focus == .calendar || state.focus == .contacts)
    }

    @Test func absurdDataStaysBounded() {
        let far = Delegation(id: "typo", title: "End date typo", status: .confirmed,
                             slots: [Slot(start: Fixtures.at("2026-11-25", "09:00"), end: Fixtures.at("9026-11-25", "10:00"))])
        let empty = Delegation(id: "empty", title: "", status: .new)
        let state = AppState(catalog: Catalog(delegations: [far, empty], contacts: [Contact(id: "x", name: "")]),
                             size: TerminalSize(width: 80, height: 24), today: LocalDate(year: 2026, month: 13, day: 40))
        #expect(state.today.isValid)
        #expect(state.index.slotsByDay.count <= 367)
        expectExactWidths(render(state))
    }
}

@Suite struct FocusStyleTests {
    /// The focused pane's frame uses the focused border role; the others the plain one.
    @Test func focusedPaneBorderStandsOut() {
        var state = Fixtures.state(120, 40)
        var grid = render(state)
        #expect(grid[0, 0].role == .borderFocused)       // Requests, top left
        #expect(grid[119, 0].role == .border)            // Calendar, top right
        Fixtures.press("3", &state)
        grid = render(state)
        #expect(grid[0, 0].role == .border)
        #expect(grid[119, 0].role == .borderFocused)
    }

    @Test func selectedRowUsesTheSelectionRoleAcrossTheWholeRow() {
        let grid = render(Fixtures.state(120, 40))
        // Row 2 is the first request (below the border and the header).
        #expect((1..<71).allSatisfy { grid[$0, 2].role == .selected })
        #expect(grid[1, 3].role != .selected)
    }
}

@Suite struct KeyFuzzTests {
    /// A fixed pseudo-random walk over every key and several sizes: no trap, every frame exactly
    /// the terminal's size, and the cursor of each list always on one of its rows.
    @Test func randomKeysKeepEveryFrameWellFormed() throws {
        var generator = SplitMix(seed: 2026)
        let keys = try parseKeyNames("Tab BTab Enter Escape Up Down Left Right PgUp PgDn Home End Space BSpace C-u 1 2 3 4 / ? ! g G j k h l t a å 张 q T")
        let sizes = [TerminalSize(width: 120, height: 40), TerminalSize(width: 80, height: 24), TerminalSize(width: 40, height: 12),
                     TerminalSize(width: 39, height: 11), TerminalSize(width: 200, height: 60)]
        var state = Fixtures.state()
        for step in 0..<2_000 {
            if step % 97 == 0 { _ = update(&state, .resized(sizes[Int(generator.next() % UInt64(sizes.count))])) }
            if step % 401 == 0 { _ = update(&state, .catalogReplaced(Fixtures.catalog, summary: Phrase("reloaded"))) }
            _ = update(&state, .key(keys[Int(generator.next() % UInt64(keys.count))]))
            let grid = render(state)
            #expect(grid.width == state.size.width && grid.height == state.size.height)
            for list in [state.requests, state.groups, state.contacts] where !list.rows.isEmpty {
                #expect(list.rows.indices.contains(list.cursor), "cursor off the list at step \(step)")
            }
            if step % 50 == 0 { expectExactWidths(grid) }
        }
    }
}

/// A small deterministic generator, so a failing walk can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
