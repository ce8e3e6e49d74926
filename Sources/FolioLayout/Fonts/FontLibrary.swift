import Foundation

/// The fonts Folio sets text in, loaded once per process from the repository's `fonts/` folder.
///
/// Nothing comes from the system's font configuration: the same files give the same documents on
/// every machine. The main families are Noto Sans and Noto Serif (SIL Open Font License 1.1);
/// DejaVu Sans is the fallback for characters they lack (Hebrew, Arabic, Armenian, Georgian…).
public final class FontLibrary {
    /// The file of each family, weight and slant, relative to the fonts folder.
    public static let files: [FontStyle: String] = [
        FontStyle(family: .sans): "NotoSans-Regular.ttf",
        FontStyle(family: .sans, bold: true): "NotoSans-Bold.ttf",
        FontStyle(family: .sans, italic: true): "NotoSans-Italic.ttf",
        FontStyle(family: .sans, bold: true, italic: true): "NotoSans-BoldItalic.ttf",
        FontStyle(family: .serif): "NotoSerif-Regular.ttf",
        FontStyle(family: .serif, bold: true): "NotoSerif-Bold.ttf",
        FontStyle(family: .serif, italic: true): "NotoSerif-Italic.ttf",
        FontStyle(family: .serif, bold: true, italic: true): "NotoSerif-BoldItalic.ttf",
    ]
    /// Fallback faces, tried in order for characters the main face lacks (regular, bold).
    public static let fallbackFiles = (regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf")

    public let directory: URL
    private let faces: [FontStyle: FontFace]
    private let fallbackRegular: FontFace
    private let fallbackBold: FontFace

    /// Loads every face from a fonts folder; throws naming the file that is missing or unreadable.
    public init(directory: URL) throws(FontError) {
        self.directory = directory
        var faces: [FontStyle: FontFace] = [:]
        for (style, file) in Self.files {
            faces[style] = try FontFace(path: directory.appendingPathComponent(file).path,
                                        name: (file as NSString).deletingPathExtension)
        }
        self.faces = faces
        fallbackRegular = try FontFace(path: directory.appendingPathComponent(Self.fallbackFiles.regular).path,
                                       name: "DejaVuSans")
        fallbackBold = try FontFace(path: directory.appendingPathComponent(Self.fallbackFiles.bold).path,
                                    name: "DejaVuSans-Bold")
    }

    /// The main face for a style.
    public func face(for style: FontStyle) -> FontFace {
        // Every style has a file (see `files`), so the lookup cannot fail; regular sans is a safe answer anyway.
        faces[style] ?? faces[FontStyle()] ?? fallbackRegular
    }

    /// The fallback face for a style (weight kept; slant is not available in the fallback).
    public func fallback(for style: FontStyle) -> FontFace {
        style.bold ? fallbackBold : fallbackRegular
    }
}
