import FolioCore
import FolioInput

/// A company profile read, and checked as a seller's when it is accepted.
enum ProfileTarget {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = FuzzTarget.text(bytes)
        _ = try? InputValue.read(text, kind: .profile)
        guard let profile = try? CompanyProfileReader.read(text) else { return }
        _ = try? profile.checkAsSeller()
    }
}
