import ArgumentParser
import VisitDeskDomain
import Foundation

/// Runs the command line the way scripts in this ecosystem expect: `--store`/`--today` before or
/// after the subcommand, an unknown subcommand answered with the list of subcommands, errors on
/// stderr as `visitdesk: …`, and the documented exit codes (0 ok, 1 problems or partial, 2 usage).
enum CommandLineEntry {
    static let usageExit: Int32 = 2

    static func run(_ root: VisitDesk.Type, arguments given: [String]) -> Never {
        // First, before any command's texts are read: they are in the language.
        let (arguments, languageProblem) = CLILanguage.settle(given)
        if let languageProblem {
            FileHandle.standardError.write(Data("visitdesk: \(TerminalText.sanitised(languageProblem))\n".utf8))
            exit(usageExit)
        }
        let names = root.configuration.subcommands.map { $0._commandName }
        let arranged: [String]
        switch GlobalOptionOrder.arrange(arguments, subcommands: Set(names)) {
        case .arguments(let list):
            arranged = list
        case .unknownSubcommand(let name):
            let shown = TerminalText.sanitised(name)
            let message = l10n.format("unknown command `%s`; the commands are: %s (see `visitdesk --help`)", shown, names.joined(separator: ", "))
            FileHandle.standardError.write(Data("visitdesk: \(message)\n".utf8))
            exit(usageExit)
        }
        var command: ParsableCommand
        do { command = try root.parseAsRoot(arranged) } catch { exit(report(error)) }
        do {
            try command.run()
            exit(0)
        } catch let invalid as ValidationError {
            // A value the command refused once it ran (`--theme nosuch`): the message is enough.
            FileHandle.standardError.write(Data("visitdesk: \(TerminalText.sanitised(invalid.message))\n".utf8))
            exit(usageExit)
        } catch {
            exit(report(error))
        }
    }

    /// Prints what went wrong and returns the exit status.
    static func report(_ error: Error) -> Int32 {
        if let code = error as? ExitCode { return code.rawValue }
        if let failure = error as? CLIError {
            FileHandle.standardError.write(Data("visitdesk: \(TerminalText.sanitised(failure.description))\n".utf8))
            return failure.exitCode
        }
        let code = VisitDesk.exitCode(for: error)
        let message = VisitDesk.fullMessage(for: error)
        if code == .success {
            print(message)  // --help, --version
            return 0
        }
        var text = message
        if text.hasPrefix("Error: ") { text = "visitdesk: " + text.dropFirst("Error: ".count) }
        else { text = "visitdesk: " + text }
        FileHandle.standardError.write(Data((TerminalText.sanitised(text, keepingNewlines: true) + "\n").utf8))
        return code == .validationFailure ? usageExit : code.rawValue
    }
}

/// Moves `--store` and `--today` given before the subcommand to the end, where the subcommand's
/// own parser reads them (`visitdesk --store DIR check` = `visitdesk check --store DIR`).
enum GlobalOptionOrder {
    enum Outcome: Equatable {
        case arguments([String])
        case unknownSubcommand(String)
    }

    static let movable: Set<String> = ["--store", "--today"]
    /// The dashboard's options that take a value, so their values are not read as subcommands.
    static let valueTaking: Set<String> = ["--store", "--today", "--theme", "--generate-completion-script"]

    static func arrange(_ arguments: [String], subcommands: Set<String>) -> Outcome {
        var moved: [String] = []
        var index = 0
        var leading: [String] = []
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if movable.contains(name) {
                if argument.contains("=") {
                    moved.append(argument)
                    index += 1
                } else {
                    moved.append(contentsOf: arguments[index..<min(index + 2, arguments.count)])
                    index += 2
                }
                continue
            }
            if argument.hasPrefix("-") {
                leading.append(argument)
                if valueTaking.contains(argument), index + 1 < arguments.count {
                    leading.append(arguments[index + 1])
                    index += 1
                }
                index += 1
                continue
            }
            guard subcommands.contains(argument) else { return .unknownSubcommand(argument) }
            // The subcommand and all that follows; the moved options go at its end (before a `--`).
            var rest = Array(arguments[index...])
            let end = rest.firstIndex(of: "--") ?? rest.count
            rest.insert(contentsOf: moved, at: end)
            return .arguments(leading + rest)
        }
        return .arguments(leading + moved + arguments[index...])
    }
}
