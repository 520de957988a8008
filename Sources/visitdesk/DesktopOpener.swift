import Foundation

/// `xdg-open`, where there is a desktop to open a file on: a graphical session (DISPLAY or
/// WAYLAND_DISPLAY set) and the program on PATH. Over SSH or on a bare console there is none,
/// and the dashboard says where the file is instead.
struct DesktopOpener: Sendable {
    let executable: String

    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> DesktopOpener? {
        let graphical = [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].contains { !($0 ?? "").isEmpty }
        guard graphical else { return nil }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/xdg-open" }.first(where: FileManager.default.isExecutableFile(atPath:))
            .map(DesktopOpener.init)
    }

    /// Starts the program and does not wait for it (some wait for the viewer to close); its output
    /// goes nowhere, never onto the dashboard's screen. A message when it cannot start.
    func open(_ path: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "could not run \(executable): \(error.localizedDescription)" }
        return nil
    }
}
