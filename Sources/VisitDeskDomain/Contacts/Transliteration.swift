/// ICU builds its Han-to-Latin transliterator from rules the first time a process asks for
/// pinyin: ~80 ms of CPU on this machine, after which a transform costs ~110 µs. The first frame
/// asks for it (the contact card shows the pinyin of a Chinese name), so the dashboard calls
/// `prepare()` on another core as it starts, while the store loads and the indexes are built.
public enum Transliteration {
    public static func prepare() {
        _ = SearchText.syllable("中")
    }
}
