/// The strings and string lists of one cache section, each distinct value stored once and
/// referred to by number. Records repeat a lot (an organisation on hundreds of delegations, the
/// same languages on thousands of contacts): decoding makes each value once, and every record that
/// uses it shares that one copy, so a warm start allocates less and the loaded store is smaller.
struct SharedStringsWriter {
    private var stringNumbers: [String: Int] = [:]
    private var strings: [String] = []
    private var listNumbers: [[Int]: Int] = [:]
    private var lists: [[Int]] = []

    mutating func number(of string: String) -> Int {
        if let number = stringNumbers[string] { return number }
        stringNumbers[string] = strings.count
        strings.append(string)
        return strings.count - 1
    }

    mutating func number(of list: [String]) -> Int {
        let numbers = list.map { number(of: $0) }
        if let number = listNumbers[numbers] { return number }
        listNumbers[numbers] = lists.count
        lists.append(numbers)
        return lists.count - 1
    }

    /// Lists refer to strings, so the strings come first.
    func write(to writer: inout BinaryWriter) {
        writer.int(strings.count)
        strings.forEach { writer.string($0) }
        writer.int(lists.count)
        for list in lists {
            writer.int(list.count)
            list.forEach { writer.int($0) }
        }
    }
}

/// The decoded tables; a record's fields are looked up here by number.
struct SharedStrings {
    private let strings: [String]
    private let lists: [[String]]

    init(_ reader: inout BinaryReader) throws(CacheDamaged) {
        let stringCount = try reader.count()
        var strings: [String] = []
        strings.reserveCapacity(stringCount)
        for _ in 0..<stringCount { strings.append(try reader.string()) }
        let listCount = try reader.count()
        var lists: [[String]] = []
        lists.reserveCapacity(listCount)
        for _ in 0..<listCount {
            let count = try reader.count()
            var list: [String] = []
            list.reserveCapacity(count)
            for _ in 0..<count {
                let number = try reader.int()
                guard strings.indices.contains(number) else { throw CacheDamaged() }
                list.append(strings[number])
            }
            lists.append(list)
        }
        self.strings = strings
        self.lists = lists
    }

    func string(_ number: Int) throws(CacheDamaged) -> String {
        guard strings.indices.contains(number) else { throw CacheDamaged() }
        return strings[number]
    }

    func list(_ number: Int) throws(CacheDamaged) -> [String] {
        guard lists.indices.contains(number) else { throw CacheDamaged() }
        return lists[number]
    }
}
