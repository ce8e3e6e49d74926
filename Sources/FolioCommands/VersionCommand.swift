import ArgumentParser
import FolioDocuments
import FolioPDF

/// `folio version`: Folio's version and the drawing libraries it links.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "Print Folio's version and the versions of Cairo, HarfBuzz and FreeType.")

    mutating func run() {
        print("folio \(FolioVersion.current)")
        print("cairo \(DrawingLibraries.cairoVersion)")
        print("harfbuzz \(DrawingLibraries.harfBuzzVersion)")
        print("freetype \(DrawingLibraries.freeTypeVersion ?? "unavailable")")
    }
}
