import Foundation
import Testing

/// The pages in a real browser (Tests/Browser/pages_scenario.py): Debian's headless Chromium driven
/// by Selenium over a real `folio serve` and ledger, with axe's accessibility check of every page.
@Suite("folio serve's pages in Chromium", .serialized)
struct WebPagesBrowserTests {
    /// Chromium, its driver and Selenium, as scripts/setup.sh installs them.
    static let browserAvailable: Bool = {
        ["/usr/bin/chromium", "/usr/bin/chromedriver"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
            && (try? FolioCLITests.run("/usr/bin/env", ["python3", "-c", "import selenium, axe_selenium_python"]).status) == 0
    }()

    @Test("Sales, finance, legal and the security rules, step by step, each step checked against the ledger",
          .enabled(if: browserAvailable, "Chromium and Selenium are installed by scripts/setup.sh"))
    func scenario() throws {
        let run = try FolioCLITests.run("/usr/bin/env", ["python3", "Tests/Browser/pages_scenario.py", "--folio", FolioCLITests.binary.path])
        #expect(run.status == 0, "\(run.output.suffix(6000))\n\(run.error.suffix(4000))")
        #expect(run.output.contains("passed"), "\(run.output.suffix(3000))")
    }
}
