import Mustache

/// A letter: a Mustache template whose first line is `Subject: …`, a blank line, then the body.
/// Rendering checks the template first, so every mistake comes back as `FILE:LINE: what`.
public struct LetterTemplate {
    public let file: String
    public let text: String

    /// - Parameter file: the template's path as the coordinator should see it in a message.
    public init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    public struct Letter: Sendable, Equatable {
        public var subject: String
        public var body: String

        public init(subject: String, body: String) {
            self.subject = subject
            self.body = body
        }
    }

    public func render(_ context: LetterContext) throws(DocumentError) -> Letter {
        let template: MustacheTemplate
        do {
            // The pragma keeps `&` and `<` as written: a letter is text, not HTML. It shares the
            // first line, so line numbers in messages stay the template's own.
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw DocumentError("\(file):\(error.context.lineNumber): template syntax error (\(Self.describe(error.error))) near: \(error.context.line.trimmingCharacters(in: .whitespaces))")
        } catch {
            throw DocumentError("\(file): template syntax error: \(error)")
        }
        let problems = TemplateCheck.problems(in: text, values: context.values)
        if !problems.isEmpty {
            throw DocumentError(problems.map { "\(file):\($0.line): \($0.message)" }.joined(separator: "\n"))
        }
        let rendered = template.render(TemplateValue.dictionary(context.values))
        return try Self.split(rendered, file: file)
    }

    /// `Subject: …` on the first line, the body after the blank line that follows it.
    private static func split(_ rendered: String, file: String) throws(DocumentError) -> Letter {
        let lines = rendered.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix("Subject:") else {
            throw DocumentError("\(file):1: a letter template starts with a `Subject: …` line, then a blank line, then the letter")
        }
        let subject = first.dropFirst("Subject:".count).trimmingCharacters(in: .whitespaces)
        var body = lines.count > 1 ? String(lines[1]) : ""
        while body.hasPrefix("\n") { body.removeFirst() }
        return Letter(subject: subject, body: body)
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "a {{/…}} closes a section that is not the one open"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section {{#…}} is never closed with {{/…}}"
        case .invalidSetDelimiter: return "bad delimiter change"
        default: return "\(error)"
        }
    }
}
