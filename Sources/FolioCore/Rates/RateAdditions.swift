/// Where a company adds rate values Folio does not ship: its folder of rates files (`rates/` next
/// to its profile, or `$FOLIO_RATES`). Errors for a missing rate name the file there to write.
public struct RateAdditions: Sendable, Hashable {
    /// The folder, as the user should read it (`examples/company/rates`).
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The file of this folder that holds additions to `table` (named like the shipped one).
    public func file(for table: RateTable) -> String {
        folder.hasSuffix("/") ? folder + table.file : folder + "/" + table.file
    }
}

extension RateTable {
    /// What to add for a rate not known on `date`: the file and the line, and where it is published.
    public func missingValue(on date: CalendarDate, knownThrough: CalendarDate?, lastChange: CalendarDate?,
                             additions: RateAdditions?) -> String {
        let file = additions?.file(for: self) ?? "rates/\(self.file) in a rates folder next to the company profile"
        let known = knownThrough.map { " (the tables are known through \($0))" } ?? ""
        switch period {
        case .halfYear:
            let half = HalfYear(containing: date)
            return """
                the \(title) for \(half.firstDay) – \(half.lastDay) is not known\(known): Folio never guesses a rate. \
                Add to \(file) (create it if needed), under « \(rawValue): » then « values: », the line
                    - {from: \(half.firstDay), \(valueKey): "?", source: "\(sourceExample)"}
                with the rate published in \(publishedIn).
                """
        case .decisions:
            return """
                the \(title) on \(date) is not known\(known): Folio never guesses a rate. \
                Check it, then add to \(file) (create it if needed), under « \(rawValue): », the line
                    knownThrough: \(date)
                and, under « values: », one line per decision taken since \(lastChange?.description ?? "the last one"), e.g.
                    - {from: \(date), \(valueKey): "?", source: "\(sourceExample)"}
                as published in \(publishedIn).
                """
        case .concurrent, .amount:
            return """
                the \(title) on \(date) is not known\(known). Add to \(file) (create it if needed), under « \(rawValue): » \
                then « values: », the line
                    - {from: \(date), \(valueKey): "?", source: "\(sourceExample)"}
                as published in \(publishedIn).
                """
        }
    }
}
