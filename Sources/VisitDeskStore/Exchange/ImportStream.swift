import Glibc

/// An import file read a chunk at a time (1 MB by default), so a 100,000-row export never sits
/// in memory whole; or bytes already in memory, handed out in chunks of the same size (tests
/// read every fixture with 7-byte chunks to prove the readers do not care where a chunk ends).
public final class ImportInput {
    private let fd: Int32
    private let bytes: [UInt8]
    private var offset = 0
    private let chunkSize: Int
    public let path: String

    public static let defaultChunkSize = 1 << 20

    /// Opens a regular file for reading (a FIFO or device is refused before any read).
    public init(path: String, chunkSize: Int = ImportInput.defaultChunkSize) throws(FileIOError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT { throw .notFound(path: path) }
            throw .system(path: path, operation: "read", errno: errno)
        }
        do { _ = try FileIO.regularFileSize(fd, path: path) } catch {
            close(fd)
            throw error
        }
        self.fd = fd
        self.path = path
        self.chunkSize = max(1, chunkSize)
        bytes = []
    }

    public init(bytes: [UInt8], chunkSize: Int = ImportInput.defaultChunkSize) {
        fd = -1
        path = ""
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    deinit { if fd >= 0 { close(fd) } }

    /// The next chunk, nil at the end; a read error ends the input and is kept in `failure`.
    func next() -> [UInt8]? {
        guard fd >= 0 else {
            guard offset < bytes.count else { return nil }
            let end = min(bytes.count, offset + chunkSize)
            defer { offset = end }
            return Array(bytes[offset..<end])
        }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, chunkSize) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                failure = .system(path: path, operation: "read", errno: errno)
                return nil
            }
            if count == 0 { return nil }
            chunk.removeSubrange(count...)
            return chunk
        }
    }

    /// Why reading stopped early, if it did.
    public private(set) var failure: FileIOError?
}

/// The bytes of an import file as UTF-8-or-legacy bytes, chunk by chunk: a byte-order mark is
/// dropped, UTF-16 becomes UTF-8 as it goes, and the first `sampleSize` bytes are read ahead so
/// the charset and the kind of line end can be decided on them before anything is parsed.
final class ImportStream {
    static let sampleSize = 4 << 20
    private let input: ImportInput
    private var utf16: TextCharset?
    /// UTF-16 bytes held back at a chunk's end: an odd byte, or the first half of a surrogate pair.
    private var heldUTF16: [UInt8] = []
    /// The sample, until `next()` has handed it out.
    private var pendingSample: [UInt8]?
    /// The first bytes of the file (after the byte-order mark), for deciding the charset.
    let sample: [UInt8]
    /// Whether `sample` is the whole file.
    let sampleIsWhole: Bool
    var decoder: ImportDecoder

    init(_ input: ImportInput, override: TextCharset?) {
        self.input = input
        var raw: [UInt8] = []
        var whole = false
        while raw.count < Self.sampleSize {
            guard let chunk = input.next() else { whole = true; break }
            raw += chunk
        }
        var note: String?
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            raw.removeFirst(3)
        } else if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            let charset: TextCharset = raw[0] == 0xFF ? .utf16LE : .utf16BE
            utf16 = charset
            note = "UTF-16 text (byte-order mark): read as \(charset.rawValue)"
            raw.removeFirst(2)
        }
        sampleIsWhole = whole
        decoder = ImportDecoder(override: override, note: note)
        let converted = utf16 == nil ? raw : Self.fromUTF16(raw, charset: utf16!, held: &heldUTF16, atEnd: whole)
        sample = converted
        pendingSample = converted
    }

    /// The next bytes of the file, nil at its end (or at a read error, `input.failure`).
    func next() -> [UInt8]? {
        if let sample = pendingSample {
            pendingSample = nil
            return sample
        }
        guard let charset = utf16 else { return input.next() }
        guard let chunk = input.next() else {
            if heldUTF16.isEmpty { return nil }
            defer { heldUTF16 = [] }
            return Array(ImportDecoder.lossyUTF16(heldUTF16[...], charset).utf8)
        }
        return Self.fromUTF16(heldUTF16 + chunk, charset: charset, held: &heldUTF16, atEnd: false)
    }

    var failure: FileIOError? { input.failure }

    /// UTF-16 bytes as UTF-8, but for a trailing odd byte or high surrogate, which wait in `held`
    /// for the next chunk (or are read lossily at the end).
    private static func fromUTF16(_ bytes: [UInt8], charset: TextCharset, held: inout [UInt8], atEnd: Bool) -> [UInt8] {
        var end = bytes.count - bytes.count % 2
        if !atEnd, end >= 2 {
            let last = charset == .utf16LE ? UInt16(bytes[end - 1]) << 8 | UInt16(bytes[end - 2]) : UInt16(bytes[end - 2]) << 8 | UInt16(bytes[end - 1])
            if (0xD800...0xDBFF).contains(last) { end -= 2 }
        }
        if atEnd { end = bytes.count }
        held = Array(bytes[end...])
        let body = bytes[..<end]
        return Array((Iconv.decode(body, from: charset) ?? ImportDecoder.lossyUTF16(body, charset)).utf8)
    }
}

/// Lines split on one byte (LF, or CR in a file without LF) as chunks arrive, each with its
/// 1-based number; a line longer than `limit` is cut there (a file without line ends must not
/// fill memory).
struct PhysicalLines {
    let separator: UInt8
    /// Drop every CR before the LF (iOS writes CR CR LF); CSV keeps them, its reader knows CR LF.
    let dropCR: Bool
    var limit = 64 << 20
    private var carry: [UInt8] = []
    private(set) var number = 0

    init(separator: UInt8, dropCR: Bool) {
        self.separator = separator
        self.dropCR = dropCR
    }

    /// LF when the sample has one, else CR (an old Mac file), else LF.
    init(for sample: [UInt8], dropCR: Bool) {
        self.init(separator: sample.contains(0x0A) || !sample.contains(0x0D) ? 0x0A : 0x0D, dropCR: dropCR)
    }

    mutating func feed(_ chunk: [UInt8], _ emit: (ArraySlice<UInt8>, Int) -> Void) {
        var start = 0
        while let end = chunk[start...].firstIndex(of: separator) {
            number += 1
            if carry.isEmpty {
                emit(trimmed(chunk[start..<end]), number)
            } else {
                carry += chunk[start..<end]
                emit(trimmed(carry[...]), number)
                carry.removeAll(keepingCapacity: true)
            }
            start = end + 1
        }
        carry += chunk[start...]
        if carry.count > limit {
            number += 1
            emit(trimmed(carry[...]), number)
            carry = []
        }
    }

    /// The last line (empty when the file ends with a line end, as `split` gives it).
    mutating func finish(_ emit: (ArraySlice<UInt8>, Int) -> Void) {
        number += 1
        emit(trimmed(carry[...]), number)
        carry = []
    }

    private func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var line = line
        if dropCR && separator == 0x0A { while line.last == 0x0D { line = line.dropLast() } }
        return line
    }
}

/// What the first megabytes say about a file's charset: units (CSV lines, vCard logical lines)
/// with bytes beyond ASCII, valid UTF-8 or not (`ImportDecoder.decide`).
struct CharsetDetection {
    var utf8Units = 0
    var badUnits: [ArraySlice<UInt8>] = []

    mutating func see(_ unit: ArraySlice<UInt8>) {
        guard unit.contains(where: { $0 >= 0x80 }) else { return }
        if String(validating: unit, as: UTF8.self) != nil { utf8Units += 1 } else { badUnits.append(Array(unit)[...]) }
    }
}
