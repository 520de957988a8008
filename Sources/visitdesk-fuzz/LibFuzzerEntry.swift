/// libFuzzer's entry point. With `-sanitize=fuzzer` libFuzzer supplies `main` and calls this for
/// every generated input; see docs/reliability.md for the build and run commands.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    sharedFuzzer.run(bytes)
    return 0
}
