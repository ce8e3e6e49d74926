/// The version of Folio, recorded with every issued document.
public enum FolioVersion {
    public static let current = "0.4.0"
}
