/// A list that holds one element in place and only a second one in an array.
///
/// Tables keyed by record often hold a list per key in which nearly every list has one element:
/// most people are named by a single delegation. An `Array` allocates a heap block for each of
/// them (a 32-byte header and the element, 64 bytes with the allocator's share); 100,000 such
/// lists cost 6.4 MB at 50,000 delegations + 100,000 contacts. Here the first element lives
/// inside the value, so a table of one-element lists allocates nothing per key.
///
/// An array (`many`) is only ever kept for two or more elements, so each list has one form.
public struct SmallList<Element> {
    @usableFromInline
    enum Storage {
        case none
        case one(Element)
        case many([Element])
    }

    @usableFromInline
    var storage: Storage

    @inlinable
    public init() { storage = .none }

    /// The elements of `array`, in place when there is one.
    @inlinable
    public init(_ array: [Element]) {
        switch array.count {
        case 0: storage = .none
        case 1: storage = .one(array[0])
        default: storage = .many(array)
        }
    }
}

extension SmallList: RandomAccessCollection, MutableCollection {
    @inlinable public var startIndex: Int { 0 }

    @inlinable
    public var endIndex: Int {
        switch storage {
        case .none: return 0
        case .one: return 1
        case .many(let array): return array.count
        }
    }

    @inlinable
    public subscript(position: Int) -> Element {
        get {
            switch storage {
            case .one(let element) where position == 0: return element
            case .many(let array): return array[position]
            default: preconditionFailure("SmallList: index \(position) out of range")
            }
        }
        set {
            switch storage {
            case .one where position == 0:
                storage = .one(newValue)
            case .many(var array):
                // Out of the enum first, so the array is unique and changes in place.
                storage = .none
                array[position] = newValue
                storage = .many(array)
            default:
                preconditionFailure("SmallList: index \(position) out of range")
            }
        }
    }
}

extension SmallList: RangeReplaceableCollection {
    /// Through an array, then back to the form the new count calls for: inserts and removals
    /// are rare (a record changed on disk), appends have their own path.
    @inlinable
    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C) where C.Element == Element {
        var array: [Element]
        switch storage {
        case .none: array = []
        case .one(let element): array = [element]
        case .many(let elements): array = elements
        }
        storage = .none
        array.replaceSubrange(subrange, with: newElements)
        self = SmallList(array)
    }

    @inlinable
    public mutating func append(_ element: Element) {
        switch storage {
        case .none:
            storage = .one(element)
        case .one(let first):
            storage = .many([first, element])
        case .many(var array):
            storage = .none
            array.append(element)
            storage = .many(array)
        }
    }
}

extension SmallList: ExpressibleByArrayLiteral {
    @inlinable
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension SmallList: Equatable where Element: Equatable {
    @inlinable
    public static func == (a: SmallList, b: SmallList) -> Bool { a.elementsEqual(b) }
}

extension SmallList: Hashable where Element: Hashable {
    /// As an array hashes: the count, then the elements.
    @inlinable
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

extension SmallList: Sendable where Element: Sendable {}
extension SmallList.Storage: Sendable where Element: Sendable {}

extension SmallList: CustomStringConvertible {
    public var description: String { Array(self).description }
}
