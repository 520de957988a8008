import Foundation

/// The pinyin of a Chinese name with its tone marks (`张伟` → `Zhāng Wěi`), so a Swedish host can
/// say the name right on the phone. The transform costs ~110 µs; only the cards on screen ask for
/// it, and a small cache makes moving back and forth through the list free.
enum PinyinLine {
    static func of(_ text: String?) -> String? {
        guard let text, text.unicodeScalars.contains(where: { $0.properties.isIdeographic }) else { return nil }
        if let known = cache.value(for: text) { return known }
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? ""
        let words = latin.split(separator: " ").map { word in word.prefix(1).uppercased() + word.dropFirst() }
        let result = words.isEmpty ? nil : words.joined(separator: " ")
        cache.store(result, for: text)
        return result
    }

    private static let cache = PinyinMemo()
}

/// Bounded: a card shows one person at a time, so a few hundred entries cover any browsing.
private final class PinyinMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: String?] = [:]

    func value(for text: String) -> String?? {
        lock.lock()
        defer { lock.unlock() }
        return entries[text]
    }

    func store(_ value: String?, for text: String) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count > 500 { entries.removeAll(keepingCapacity: true) }
        entries[text] = value
    }
}
