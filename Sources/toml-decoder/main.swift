import Foundation
import TOMLDocument

// A toml-test decoder: TOML on stdin, tagged JSON on stdout, exit 1 with the error on stderr.
// `--echo` prints the parsed document serialised back instead, which must equal the input.
let echo = CommandLine.arguments.dropFirst().contains("--echo")
let input = [UInt8](FileHandle.standardInput.readDataToEndOfFile())

do {
    let document = try TOMLDocument(parsing: input)
    if echo {
        FileHandle.standardOutput.write(Data(document.text.utf8))
    } else {
        var json = ""
        TaggedJSON.encode(.table(document.root), into: &json)
        FileHandle.standardOutput.write(Data((json + "\n").utf8))
    }
} catch {
    FileHandle.standardError.write(Data("toml-decoder: \(error)\n".utf8))
    exit(1)
}
