/// Splits text into stretches set in the main face and stretches set in the fallback face.
///
/// A character (grapheme cluster) goes to the main face when the main face has every one of its
/// characters, otherwise to the fallback face if that has them; characters neither has stay in the
/// main face. Invisible format characters (joiners, variation selectors) follow their neighbour.
enum FontFallback {
    struct Segment {
        let text: String
        let face: FontFace
    }

    static func segments(of text: String, main: FontFace, fallback: FontFace) -> [Segment] {
        // Fast path: most text is entirely in the main face.
        if text.unicodeScalars.allSatisfy({ $0.isASCII || main.covers($0) || isIgnorable($0) }) {
            return [Segment(text: text, face: main)]
        }
        var segments: [Segment] = []
        var current = ""
        var currentIsMain = true
        for character in text {
            let scalars = character.unicodeScalars.filter { !isIgnorable($0) }
            let inMain = scalars.allSatisfy { main.covers($0) }
                || !scalars.allSatisfy { fallback.covers($0) }
            if inMain != currentIsMain, !current.isEmpty {
                segments.append(Segment(text: current, face: currentIsMain ? main : fallback))
                current = ""
            }
            currentIsMain = inMain
            current.append(character)
        }
        if !current.isEmpty { segments.append(Segment(text: current, face: currentIsMain ? main : fallback)) }
        return segments
    }

    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isDefaultIgnorableCodePoint
    }
}
