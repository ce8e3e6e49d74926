/// The clause printed on every document with English text: the French text is the one that binds.
///
/// Printed by the composer, never by templates, so it appears exactly when English is printed.
// Loi n° 94-665 du 4 août 1994 (loi Toubon), art. 2: contracts in France are written in French.
public enum FrenchPrevails {
    public static let english = "This English text is a translation provided for information; in case of any discrepancy, the French version prevails."
    public static let french = "En cas de divergence entre les versions, la version française prévaut."

    static func clause(bilingual: Bool) -> [MarkupBlock] {
        var text = english
        if bilingual { text = french + " " + english }
        return [.space(4), .paragraph([.italic([.text(text)])], small: true)]
    }
}
