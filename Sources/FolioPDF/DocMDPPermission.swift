/// What a certification signature lets later revisions change without invalidating it: the `/P` of
/// its DocMDP transform parameters (ISO 32000-1 §12.8.2.2, table 254).
public enum DocMDPPermission: Int, Sendable, Hashable, CaseIterable {
    /// No change at all.
    case noChanges = 1
    /// Filling in forms, instantiating page templates and signing (the client's signature, for instance).
    case formFillingAndSigning = 2
    /// As ``formFillingAndSigning``, and annotations: creating, changing and deleting them.
    case annotationsFormFillingAndSigning = 3
}
