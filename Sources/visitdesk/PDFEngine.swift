import Foundation
import VisitDeskDomain

/// Makes a PDF from the document's HTML with an engine already on the machine — WeasyPrint, else
/// headless Chromium. A PDF is never written by hand: fonts, Chinese shaping and page breaks are
/// exactly what these engines are for.
struct PDFEngine {
    enum Kind: String { case weasyprint, chromium }

    let kind: Kind
    let executable: String

    /// The first engine found on `$PATH`; a message naming both and how to install them when none is.
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PDFEngine {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let candidates: [(Kind, String)] = [(.weasyprint, "weasyprint")]
            + ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless_shell"].map { (.chromium, $0) }
        for (kind, name) in candidates {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return PDFEngine(kind: kind, executable: "\(folder)/\(name)")
            }
        }
        throw CLIError(Phrase("no PDF engine found: WeasyPrint is missing (`pip install weasyprint`, and `apt-get install fonts-noto-cjk` for Chinese) and headless Chromium is missing (`apt-get install chromium`). Use --format html and print it from a browser instead."))
    }

    func pdf(fromHTML html: String) throws -> [UInt8] {
        let folder = NSTemporaryDirectory() + "visitdesk-pdf-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/document.html"
        let output = folder + "/document.pdf"
        try html.write(toFile: input, atomically: false, encoding: .utf8)
        let arguments: [String]
        switch kind {
        case .weasyprint:
            arguments = ["--quiet", input, output]
        case .chromium:
            arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                         "--user-data-dir=\(folder)/profile", "--print-to-pdf=\(output)", URL(fileURLWithPath: input).absoluteString]
        }
        let message = try run(arguments)
        guard let data = FileManager.default.contents(atPath: output), data.starts(with: Array("%PDF".utf8)) else {
            throw CLIError(Phrase("%s (%s) made no PDF: %s", kind.rawValue, executable, message.isEmpty ? Phrase("no message") : Phrase.verbatim(message)))
        }
        return Array(data)
    }

    /// Runs the engine, giving up after two minutes; returns what it said on standard error.
    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw CLIError(Phrase("cannot run %s: %s", executable, error.localizedDescription)) }
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: timer)
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        let message = String(decoding: said, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if process.terminationStatus != 0 {
            throw CLIError(Phrase("%s failed (exit %s): %s", kind.rawValue, process.terminationStatus, message.split(separator: "\n").suffix(5).joined(separator: " / ")))
        }
        return message
    }
}
