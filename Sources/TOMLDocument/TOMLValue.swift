/// A typed TOML value. Integers are 64-bit and floats are binary64, as TOML 1.0 recommends,
/// so every value in a valid file can be represented without loss. Not `indirect`: arrays and
/// tables already live on the heap, and boxing every scalar would cost an allocation each.
public enum TOMLValue: Hashable, Sendable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    case offsetDateTime(TOMLOffsetDateTime)
    case localDateTime(TOMLLocalDateTime)
    case localDate(TOMLLocalDate)
    case localTime(TOMLLocalTime)
    case array([TOMLValue])
    case table(TOMLTable)
}

// Optional accessors let callers write `doc.value(at: ["size"])?.integer` instead of a switch
// for every field they read.
extension TOMLValue {
    public var string: String? { if case .string(let v) = self { v } else { nil } }
    public var integer: Int64? { if case .integer(let v) = self { v } else { nil } }
    public var float: Double? { if case .float(let v) = self { v } else { nil } }
    public var bool: Bool? { if case .boolean(let v) = self { v } else { nil } }
    public var array: [TOMLValue]? { if case .array(let v) = self { v } else { nil } }
    public var table: TOMLTable? { if case .table(let v) = self { v } else { nil } }
    public var offsetDateTime: TOMLOffsetDateTime? { if case .offsetDateTime(let v) = self { v } else { nil } }
    public var localDateTime: TOMLLocalDateTime? { if case .localDateTime(let v) = self { v } else { nil } }
    public var localDate: TOMLLocalDate? { if case .localDate(let v) = self { v } else { nil } }
    public var localTime: TOMLLocalTime? { if case .localTime(let v) = self { v } else { nil } }

    /// The TOML type name used by the toml-test tagged JSON and in error messages.
    public var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .boolean: "bool"
        case .offsetDateTime: "datetime"
        case .localDateTime: "datetime-local"
        case .localDate: "date-local"
        case .localTime: "time-local"
        case .array: "array"
        case .table: "table"
        }
    }
}

// Literals keep edits readable at call sites: `try document.setValue("confirmed", at: ["status"])`.
extension TOMLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(arrayLiteral elements: TOMLValue...) { self = .array(elements) }
}
