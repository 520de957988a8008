import Dispatch
import TOMLDocument
import VisitDeskDomain

/// Bytes on disk -> a TOML document, or the one problem that stops it, with its line.
enum RecordParser {
    enum Outcome {
        case success(TOMLDocument)
        case failure(Problem)
    }

    static func document(_ bytes: [UInt8], file: String) -> Outcome {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = lineOfFirstInvalidUTF8(bytes)
            return .failure(Problem(file: file, line: line, Phrase("not valid UTF-8 text: save the file as UTF-8 (in most editors: Save As… › Encoding › UTF-8)")))
        }
        do {
            return .success(try TOMLDocument(parsing: text))
        } catch {
            // The record is not shown until the file parses: say which one it is, if its title
            // (or a person's name) still reads, so the coordinator knows what went missing.
            let what = conflictMarkerLine(text) == nil
                ? Phrase("column %d: %s", error.column, error.message)
                : Phrase("conflict markers left by a git merge: keep the lines you want between `<<<<<<<` and `>>>>>>>` and delete the marker lines (in a store shared with VisitDesk: `visitdesk sync --keep mine` or `--keep theirs`)")
            let phrase = titleLine(text).map { Phrase("“%s” is not shown: %s", $0, what) } ?? what
            return .failure(Problem(file: file, line: conflictMarkerLine(text) ?? error.line, phrase))
        }
    }

    /// `title = "…"` (a delegation) or `name = "…"` (a person) among the top-level keys, read
    /// line by line without the parser that just failed; nil when neither line is plain.
    static func titleLine(_ text: String) -> String? {
        var name: String?
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = row.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") { break }
            for key in ["title", "name"] where line.hasPrefix(key) {
                let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
                guard rest.first == "=" else { continue }
                let value = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
                guard value.first == "\"", let close = value.dropFirst().firstIndex(of: "\"") else { continue }
                let inside = value[value.index(after: value.startIndex)..<close]
                guard !inside.isEmpty, !inside.contains("\\") else { continue }
                if key == "title" { return String(inside) }
                name = name ?? String(inside)
            }
        }
        return name
    }

    /// The line of git's first `<<<<<<<` marker, looked for only in a file that does not parse:
    /// someone merged with plain git and committed the result.
    static func conflictMarkerLine(_ text: String) -> Int? {
        var line = 1
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if row.hasPrefix("<<<<<<< ") || row == "<<<<<<<" || row == "<<<<<<<\r" { return line }
            line += 1
        }
        return nil
    }

    /// The line of the first byte sequence that is not UTF-8, for the message.
    static func lineOfFirstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return line
            }
            if index + length > bytes.count { return line }
            for next in bytes[(index + 1)..<(index + length)] where next & 0xC0 != 0x80 { return line }
            if byte == 0x0A { line += 1 }
            index += length
        }
        return line
    }
}

/// One file's outcome: its version (when it could be read), and a record or the problems.
struct LoadResult {
    var path: String
    var version: FileVersion?
    /// `stat` taken before reading, so a change racing the read makes the stamp older, never newer.
    var stamp: FileStamp?
    var problems: [Problem] = []
    var delegation: Delegation?
    var contact: Contact?
}

/// Reads and decodes record files on every core: at start-up the store reads tens of thousands of
/// small files, and parsing, not the disk, is what a second core helps with.
enum ParallelLoader {
    /// A file to read, with its stamp if the folder listing took it (`.some(nil)`: not a regular
    /// file); nil to take it just before reading.
    struct Work: Sendable {
        var kind: RecordKind
        var id: String
        var stamp: FileStamp??
    }

    /// - Parameters:
    ///   - root: the store folder; a record that is a link leading out of it is refused.
    ///   - stamp: the stamp if already taken (`.some(nil)`: not a regular file); nil to take it now.
    static func loadOne(absolute: String, relative: String, kind: RecordKind, id: String, root: String, stamp: FileStamp?? = nil) -> LoadResult {
        var result = LoadResult(path: relative)
        result.stamp = stamp ?? nil
        let bytes: [UInt8]
        do {
            let read = try FileIO.readStamped(absolute, within: root)
            bytes = read.bytes
            // Not stamped by the listing: the open file's own `fstat`, taken before it was read
            // (a `stat` of the path beforehand cost a second lookup of it). A link has no stamp:
            // it is always read.
            if stamp == nil, !read.throughLink { result.stamp = FileStamp(read.info) }
        } catch .notFound {
            result.stamp = nil
            return result
        } catch {
            if stamp == nil { result.stamp = FileStamp.of(absolute) }
            result.problems = [Problem(file: relative, message: error.description)]
            return result
        }
        result.version = FileVersion(bytes: bytes)
        switch RecordParser.document(bytes, file: relative) {
        case .failure(let problem):
            result.problems = [problem]
        case .success(let document):
            switch kind {
            case .delegation:
                (result.delegation, result.problems) = RecordDecoder.delegation(id: id, file: relative, document: document)
            case .contact:
                (result.contact, result.problems) = RecordDecoder.contact(id: id, file: relative, document: document)
            }
        }
        return result
    }

    /// Results in the order of `work`.
    static func load(_ work: [Work], root: String) -> [LoadResult] {
        var all: [LoadResult] = []
        all.reserveCapacity(work.count)
        forEachLoaded(work, root: root) { _, result in all.append(result) }
        return all
    }

    /// Reads and decodes every file of `work` on all cores, then hands each result to `body` in
    /// the order of `work`, on the calling thread, for it to move what it keeps out of. At a cold
    /// start of 10,000 delegations an array of the results (~660 bytes each), grown as it was
    /// filled, then sorted and merged, was ~10 % of the time to the first frame in copies.
    static func forEachLoaded(_ work: [Work], root: String, _ body: (Int, inout LoadResult) -> Void) {
        guard work.count > 64 else {
            for (index, item) in work.enumerated() {
                var result = load(item, root: root)
                body(index, &result)
            }
            return
        }
        let results = ResultSlots(count: work.count)
        let chunks = min(work.count / 32, 64)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var index = chunk
            while index < work.count {
                results.set(index, load(work[index], root: root))
                index += chunks
            }
        }
        results.forEachTaken(body)
    }

    private static func load(_ item: Work, root: String) -> LoadResult {
        let relative = item.kind.relativePath(id: item.id)
        return loadOne(absolute: root + "/" + relative, relative: relative, kind: item.kind, id: item.id, root: root, stamp: item.stamp)
    }
}

/// Fixed slots written by disjoint indexes from concurrent workers; read only after they finish.
private final class ResultSlots: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<LoadResult?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: LoadResult) { storage[index] = value }

    /// Every result in order, moved out (copying 10,000 results retained each of their fields,
    /// and the slots' release then released them again). Only once: the slots are left empty.
    func forEachTaken(_ body: (Int, inout LoadResult) -> Void) {
        for index in 0..<count {
            guard var result = storage[index].take() else { continue }
            body(index, &result)
        }
    }
}
