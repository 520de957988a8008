/// A demo record with the comment a person would have written at the top of its file.
struct DemoRecord<Value: Sendable>: Sendable {
    var value: Value
    var comment: String?

    init(_ value: Value, comment: String? = nil) {
        self.value = value
        self.comment = comment
    }
}
