/// A PDF object's value as read from a file, or made to be written into one.
///
/// Names keep their bytes exactly: each byte of a name (after `#xx` decoding) is one Unicode scalar
/// U+0000…U+00FF of the `String`, so reading a name and writing it back gives the same bytes.
/// Reals keep the digits as written, so a rewritten dictionary says exactly what the original said.
enum PDFValue: Equatable {
    case null
    case boolean(Bool)
    case integer(Int)
    /// A real number as its digits were written (`595.275591`, `-.5`).
    case real(String)
    /// A string's bytes, and whether it was written in hexadecimal (`<…>`) rather than literal (`(…)`).
    case string([UInt8], hexadecimal: Bool)
    case name(String)
    case array([PDFValue])
    case dictionary(PDFDictionary)
    case reference(PDFReference)

    /// The name, if this value is one.
    var name: String? {
        if case .name(let name) = self { return name }
        return nil
    }

    /// The integer, if this value is one.
    var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The dictionary, if this value is one.
    var dictionary: PDFDictionary? {
        if case .dictionary(let dictionary) = self { return dictionary }
        return nil
    }

    /// The elements, if this value is an array.
    var array: [PDFValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The bytes, if this value is a string.
    var stringBytes: [UInt8]? {
        if case .string(let bytes, _) = self { return bytes }
        return nil
    }

    /// The reference, if this value is one.
    var reference: PDFReference? {
        if case .reference(let reference) = self { return reference }
        return nil
    }

    /// A text string (PDF's « text string » type: UTF-16BE with a byte-order mark, or PDFDocEncoding).
    static func text(_ text: String) -> PDFValue {
        let encoded = TextString.encode(text)
        return .string(encoded.bytes, hexadecimal: encoded.hexadecimal)
    }
}

/// An indirect reference, `12 0 R`.
struct PDFReference: Hashable {
    var number: Int
    var generation: Int
}

/// A PDF dictionary that keeps its keys in the order they were read or set, so that a dictionary
/// rewritten after a change lists its keys as before.
struct PDFDictionary: Equatable {
    /// One key and its value.
    struct Entry: Equatable {
        var key: String
        var value: PDFValue
    }

    private(set) var entries: [Entry] = []

    init(_ entries: KeyValuePairs<String, PDFValue> = [:]) {
        for (key, value) in entries { self[key] = value }
    }

    /// The value of a key; setting nil removes the key, setting a new key appends it. A key a damaged
    /// file repeats has its last value, as ``appending(_:_:)`` left it.
    subscript(key: String) -> PDFValue? {
        get { entries.last { $0.key == key }?.value }
        set {
            switch (entries.lastIndex { $0.key == key }, newValue) {
            case let (index?, value?): entries[index].value = value
            case (_?, nil): entries.removeAll { $0.key == key }
            case let (nil, value?): entries.append(Entry(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Appends a key as read, without looking for it first: parsing stays linear however many keys a
    /// (hostile) dictionary has.
    mutating func appending(_ key: String, _ value: PDFValue) {
        entries.append(Entry(key: key, value: value))
    }

    /// Whether `/Type` (or, when `key` is given, another key) names `name`.
    func names(_ name: String, at key: String = "Type") -> Bool {
        self[key]?.name == name
    }
}
