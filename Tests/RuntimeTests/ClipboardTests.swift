import Foundation
import Testing
@testable import VisitDeskRuntime

struct ClipboardTests {
    @Test func osc52CarriesTheTextAsBase64() {
        #expect(Clipboard.osc52("+46 72 123 45 67") == "\u{1B}]52;c;KzQ2IDcyIDEyMyA0NSA2Nw==\u{07}")
        let chinese = Clipboard.osc52("张伟")
        let payload = chinese.dropFirst(7).dropLast()
        #expect(String(decoding: Data(base64Encoded: String(payload))!, as: UTF8.self) == "张伟")
    }

    @Test func sequenceGoesStraightToTheTerminalDescriptor() throws {
        let pipe = try Pipe()
        let clipboard = Clipboard(terminalFD: pipe.write, environment: ["PATH": "/nonexistent"])
        #expect(clipboard.copy("Åsa") == ["OSC 52"])
        #expect(String(decoding: pipe.drain(), as: UTF8.self) == Clipboard.osc52("Åsa"))
    }

    @Test func desktopToolIsChosenByTheSessionType() throws {
        let bin = NSTemporaryDirectory() + "clipboard-tools-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: bin) }
        for tool in ["wl-copy", "xclip"] {
            _ = FileManager.default.createFile(atPath: "\(bin)/\(tool)", contents: Data("#!/bin/sh\ncat >/dev/null\n".utf8), attributes: [.posixPermissions: 0o755])
        }
        #expect(Clipboard(environment: ["PATH": bin, "WAYLAND_DISPLAY": "wayland-0"]).desktopTool()?.name == "wl-copy")
        #expect(Clipboard(environment: ["PATH": bin, "DISPLAY": ":0"]).desktopTool()?.arguments == ["-selection", "clipboard"])
        #expect(Clipboard(environment: ["PATH": bin]).desktopTool() == nil, "no desktop session, OSC 52 only")
    }
}
