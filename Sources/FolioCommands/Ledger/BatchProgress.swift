import Foundation

/// A progress bar on standard error when it is a terminal: « [#####-----] 12/40 F-2026-0012 ».
struct BatchProgress {
    let total: Int
    private(set) var done = 0
    /// Shown only for a batch on a terminal; logs and pipes get one line per document instead.
    let isShown: Bool

    init(total: Int) {
        self.total = total
        self.isShown = total > 1 && isatty(STDERR_FILENO) == 1
    }

    mutating func advance(_ number: String?) {
        done += 1
        guard isShown else { return }
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(number ?? "refused")\u{1B}[K".utf8))
    }

    func finish() {
        if isShown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
