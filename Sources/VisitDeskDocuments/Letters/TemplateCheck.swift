/// Checks a template's placeholders against the names a letter has, before rendering: Mustache
/// itself prints an unknown name as nothing, and a letter that says "Dear ," is worse than no letter.
///
/// Reports, with the template's line: a name that does not exist (a typo, a field from another
/// template), and a name whose value is empty for this delegation when it is printed outside a
/// section that tests it (`{{lead.email}}` for a lead without email). Sections are followed as
/// Mustache follows them: inside `{{#members}}` the names of a member resolve first.
enum TemplateCheck {
    struct Tag {
        var line: Int
        var sigil: Character?
        var name: String
    }

    static func problems(in text: String, values: [String: TemplateValue]) -> [(line: Int, message: String)] {
        var problems: [(line: Int, message: String)] = []
        var scopes: [[String: TemplateValue]] = [values]
        var open: [String] = []
        for tag in tags(in: text) {
            switch tag.sigil {
            case "!", "%":
                continue
            case ">", "<", "$", "=":
                problems.append((tag.line, "`{{\(tag.sigil!)\(tag.name)}}`: partials, blocks and delimiter changes are not used in letters"))
            case "/":
                if !open.isEmpty { open.removeLast() }
                if scopes.count > 1 { scopes.removeLast() }
            default:
                let resolved = resolve(tag.name, in: scopes)
                guard let value = resolved.value else {
                    problems.append((tag.line, "unknown placeholder `{{\(tag.name)}}`; the names a letter can use are listed in docs/store-format.md (templates)"))
                    if tag.sigil == "#" || tag.sigil == "^" { scopes.append([:]); open.append(tag.name) }
                    continue
                }
                if tag.sigil == "#" || tag.sigil == "^" {
                    scopes.append(tag.sigil == "#" ? value.childNames : [:])
                    open.append(tag.name)
                } else if resolved.fromRoot && value.isEmpty && !open.contains(tag.name) {
                    problems.append((tag.line, "`{{\(tag.name)}}` has no value for this delegation: fill it in, or print it only when it has one with {{#\(tag.name)}}…{{/\(tag.name)}}"))
                }
            }
        }
        return problems
    }

    /// The value a name stands for, looked up from the innermost section outwards like Mustache;
    /// `fromRoot` when it is the delegation's own value (inside a list the items differ, so an
    /// empty value there is no mistake of the template).
    static func resolve(_ name: String, in scopes: [[String: TemplateValue]]) -> (value: TemplateValue?, fromRoot: Bool) {
        if name == "." { return (.text("."), false) }
        let parts = bareName(name).split(separator: ".").map(String.init)
        guard let first = parts.first else { return (nil, false) }
        for (depth, scope) in scopes.enumerated().reversed() {
            guard var value = scope[first] else { continue }
            var fromRoot = depth == 0
            for part in parts.dropFirst() {
                if case .list = value { fromRoot = false }
                guard let child = value.childNames[part] else { return (nil, false) }
                value = child
            }
            return (value, fromRoot)
        }
        return (nil, false)
    }

    /// `uppercased(title)` → `title`: Mustache transforms wrap the name.
    private static func bareName(_ name: String) -> Substring {
        guard let open = name.lastIndex(of: "("), let close = name[open...].firstIndex(of: ")") else { return Substring(name) }
        return name[name.index(after: open)..<close]
    }

    /// Every `{{…}}`, `{{{…}}}` tag with its line and sigil (`#`, `^`, `/`, `!`, `&`, `{`, `>` …).
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1
        var index = text.startIndex
        while let start = text[index...].range(of: "{{") {
            line += text[index..<start.lowerBound].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            let triple = text[start.upperBound...].hasPrefix("{")
            guard let end = text[start.upperBound...].range(of: triple ? "}}}" : "}}") else { break }
            var inside = text[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespaces)
            var sigil: Character? = nil
            if let first = inside.first, "#^/!&{>=<$%".contains(first) {
                sigil = first
                inside = String(inside.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            tags.append(Tag(line: line, sigil: sigil, name: inside))
            line += text[start.lowerBound..<end.upperBound].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            index = end.upperBound
        }
        return tags
    }
}
