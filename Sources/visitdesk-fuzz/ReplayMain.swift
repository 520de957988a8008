import Foundation

/// SwiftPM links every executable target with `main` aliased to the module's own entry point, so
/// libFuzzer's `main` cannot be used; in the fuzz build (FUZZING defined) this entry point hands
/// control to libFuzzer's driver instead, which then calls LLVMFuzzerTestOneInput.
/// In a plain build (CI's `swift build`) it replays the files named on the command line, which is
/// how an input libFuzzer saved is reproduced in a debugger.
@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        // libFuzzer ends the process with exit(); leave no scratch store behind in /dev/shm.
        atexit { sharedFuzzer.removeScratch() }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        #else
        replay(CommandLine.arguments.dropFirst())
        #endif
    }

    static func replay(_ paths: ArraySlice<String>) {
        if paths.isEmpty {
            print("usage: visitdesk-fuzz FILE…  (replays saved inputs; build with -sanitize=fuzzer to fuzz, see docs/reliability.md)")
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                continue
            }
            let start = Date()
            sharedFuzzer.run(Array(data))
            print("\(path): ok in \(Int(Date().timeIntervalSince(start) * 1000)) ms")
        }
        sharedFuzzer.removeScratch()
    }
}

#if FUZZING
/// libFuzzer's driver (`int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*cb)(const uint8_t *, size_t))`).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif
