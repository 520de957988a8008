import Foundation
import Testing

/// A terminal that disappears under the dashboard without a SIGHUP (a session ended under `su`
/// or `runuser`: the dashboard is not in the terminal's session) leaves a descriptor that polls
/// readable for ever. The dashboard must notice and exit, not spin at 100 % CPU.
@Suite struct HungTerminalTests {
    static let script = """
        import os, pty, subprocess, sys, time, fcntl, termios, struct
        binary, store = sys.argv[1], sys.argv[2]
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ, TERM="xterm-256color")
        # A session of its own: the pty is not its controlling terminal, so closing it sends no SIGHUP.
        child = subprocess.Popen([binary, "--store", store, "--today", "2026-11-25"], stdin=slave, stdout=slave,
                                 stderr=slave, env=env, start_new_session=True)
        deadline = time.time() + 10
        seen = b""
        while b"Beijing" not in seen and b" new " not in seen and time.time() < deadline:
            try: seen += os.read(master, 65536)
            except OSError: break
        os.close(master)
        os.close(slave)
        start = time.time()
        while child.poll() is None and time.time() - start < 5: time.sleep(0.05)
        if child.poll() is None:
            child.kill()
            print("still running after the terminal closed")
            sys.exit(1)
        print("exited %d after %.2f s" % (child.returncode, time.time() - start))
        """

    @Test("the dashboard exits when its terminal is gone, with no SIGHUP")
    func exitsWhenTheTerminalIsGone() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let scriptPath = NSTemporaryDirectory() + "visitdesk-hup-\(UUID().uuidString.prefix(8)).py"
        try Self.script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: scriptPath) }
        let output = try Subprocess.run(["/usr/bin/env", "python3", scriptPath, VisitDeskCLI.binary, store])
        #expect(output.contains("exited"), "\(output)")
    }
}
