import FolioDocuments

/// A form field as a template shows it: its name, a safe id, its value, and the error next to it
/// (tied to the input with `aria-describedby`, so a screen reader reads it with the field).
struct FieldView: Sendable {
    let name: String
    let id: String
    let value: String
    let error: String?
    /// The id of the error's paragraph, for `aria-describedby`.
    let errorID: String

    init(_ name: String, _ value: String, errors: [String: String]) {
        self.name = name
        id = "f-" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
        self.value = value
        error = errors[name]
        errorID = id + "-error"
    }
}

/// A choice of a `<select>`.
struct OptionView: Sendable {
    let value: String
    let label: String
    let selected: Bool
}

/// The errors of a form by field, from the library's errors; those that name no field of the form
/// are shown above it, still with their field.
struct FormErrors: Sendable {
    var byField: [String: String] = [:]
    var general: [String] = []

    /// Places `error` on the form field that `field` maps it to, when the form has that field.
    mutating func add(_ error: InputError, field: String?, known: Set<String>) {
        if let field, known.contains(field), byField[field] == nil {
            byField[field] = error.reason
        } else {
            general.append([error.field, error.reason].compactMap { $0 }.joined(separator: ": "))
        }
    }

    var isEmpty: Bool { byField.isEmpty && general.isEmpty }
}

/// The links between the pages of a long list (50 rows each): newer, older, « page 2 of 7 ».
struct PageLinks: Sendable {
    let previous: String?
    let next: String?
    let label: String

    /// - Parameter address: the address of page N. A page past the last links back to the last.
    init(page: Int, total: Int, size: Int, label template: String, address: (Int) -> String) {
        let pages = max(1, (total + size - 1) / size)
        previous = page > 1 ? address(min(page, pages + 1) - 1) : nil
        next = page < pages ? address(page + 1) : nil
        label = template.replacingOccurrences(of: "{page}", with: String(min(page, pages))).replacingOccurrences(of: "{pages}", with: String(pages))
    }
}
