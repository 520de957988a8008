import CNcursesShim
import CursesBackend
import Testing
import VisitDeskUI

struct KeyDecoderTests {
    private func decode(_ scalars: String) -> [TerminalInput] {
        var inputs: [TerminalInput] = []
        for scalar in scalars.unicodeScalars {
            if let input = KeyDecoder.decode(scalar.value, isKeyCode: false) {
                KeyDecoder.append(input, to: &inputs)
            }
        }
        return inputs
    }

    @Test func controlCharactersBecomeNamedKeys() {
        #expect(decode("\t\r\n\u{1B}\u{7F}\u{08}") == [.key(.tab), .key(.enter), .key(.enter), .key(.escape), .key(.backspace), .key(.backspace)])
        #expect(decode("\u{12}\u{01}\u{1A}") == [.key(.control("r")), .key(.control("a")), .key(.control("z"))])
    }

    @Test func swedishAndChineseCharactersArriveWhole() {
        #expect(decode("åÖ张伟") == [.key(.character("å")), .key(.character("Ö")), .key(.character("张")), .key(.character("伟"))])
    }

    @Test func combiningMarkJoinsThePreviousCharacter() {
        #expect(decode("Zoe\u{308}") == [.key(.character("Z")), .key(.character("o")), .key(.character("e\u{308}"))])
        // A mark with nothing to join is still passed on rather than lost.
        #expect(decode("\t\u{308}") == [.key(.tab), .key(.character("\u{308}"))])
    }

    @Test func ncursesKeyCodesMapToKeys() {
        let cases: [(Int32, TerminalInput)] = [
            (KEY_UP, .key(.up)), (KEY_DOWN, .key(.down)), (KEY_LEFT, .key(.left)), (KEY_RIGHT, .key(.right)),
            (KEY_HOME, .key(.home)), (KEY_END, .key(.end)), (KEY_PPAGE, .key(.pageUp)), (KEY_NPAGE, .key(.pageDown)),
            (KEY_BTAB, .key(.backTab)), (KEY_BACKSPACE, .key(.backspace)), (KEY_DC, .key(.delete)),
            (KEY_ENTER, .key(.enter)), (vd_key_f(1), .key(.function(1))), (vd_key_f(12), .key(.function(12))),
            (KEY_RESIZE, .resize),
        ]
        for (code, expected) in cases {
            #expect(KeyDecoder.decode(UInt32(code), isKeyCode: true) == expected, "code \(code)")
        }
        #expect(KeyDecoder.decode(UInt32(KEY_MOUSE), isKeyCode: true) == nil)
    }

    @Test func unprintableCodesAreDropped() {
        #expect(KeyDecoder.decode(0, isKeyCode: false) == nil)
        #expect(KeyDecoder.decode(0x9B, isKeyCode: false) == nil)
        #expect(KeyDecoder.decode(0xD800, isKeyCode: false) == nil)  // a lone surrogate is no scalar
    }
}

/// Sequences ncurses passes on character by character, put back together.
struct InputAssemblerTests {
    private func keys(_ text: String) -> [TerminalInput] {
        var inputs: [TerminalInput] = []
        for scalar in text.unicodeScalars {
            if let input = KeyDecoder.decode(scalar.value, isKeyCode: false) { KeyDecoder.append(input, to: &inputs) }
        }
        return inputs
    }

    @Test func altAndACharacterIsOneKeyNotEscThenACommand() {
        var assembler = InputAssembler()
        #expect(assembler.feed(keys("\u{1B}b")) == [.key(.alt("b"))])
        #expect(assembler.feed(keys("\u{1B}")) == [.key(.escape)], "Esc alone stays Esc")
        #expect(assembler.feed(keys("\u{1B}\u{1B}x")) == [.key(.escape), .key(.alt("x"))])
    }

    @Test func homeEndAndDeleteInEveryFormTerminalsSendThem() {
        var assembler = InputAssembler()
        #expect(assembler.feed(keys("\u{1B}[1~\u{1B}[4~\u{1B}OH\u{1B}OF\u{1B}[H\u{1B}[F\u{1B}[7~\u{1B}[8~\u{1B}[3~"))
                == [.key(.home), .key(.end), .key(.home), .key(.end), .key(.home), .key(.end), .key(.home), .key(.end), .key(.delete)])
        #expect(KeyDecoder.decode(UInt32(KEY_FIND), isKeyCode: true) == .key(.home), "xterm's terminfo calls ESC [ 1 ~ Find")
        #expect(KeyDecoder.decode(UInt32(KEY_SELECT), isKeyCode: true) == .key(.end))
    }

    @Test func anUnknownSequenceIsOneKeyWhoseCharactersNeverRun() {
        var assembler = InputAssembler()
        #expect(assembler.feed(keys("\u{1B}[1;5Pq")) == [.key(.unknownSequence("ESC[1;5P")), .key(.character("q"))])
    }

    @Test func aBracketedPasteIsTextEvenAcrossReads() {
        var assembler = InputAssembler()
        #expect(assembler.feed(keys("\u{1B}[200~+46 72 q")) == [])
        #expect(assembler.feed(keys("x\r2\u{1B}[201~j")) == [.key(.paste("+46 72 qx\n2")), .key(.character("j"))])
    }
}
