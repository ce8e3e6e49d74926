extension RateBook {
    /// The tables exactly as this release ships them in `rates/` (a test checks they are equal),
    /// for callers that compute without a company. A company's documents use ``Company/rates``:
    /// these files plus the company's own additions.
    public static let builtIn: RateBook = {
        func day(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(dayNumber: 0) }
        func number(_ text: String) -> ExactDecimal { ExactDecimal(text) ?? .zero }
        func values(_ rows: [(String, String, String)]) -> [RateValue] {
            rows.map { RateValue(from: day($0.0), value: number($0.1), source: $0.2) }
        }
        func vat(_ rows: [(String, String?, String, String, String)]) -> [RateValue] {
            rows.map { RateValue(from: day($0.0), through: $0.1.map(day), value: number($0.2), name: $0.3, source: $0.4) }
        }
        func legal(_ half: String) -> String { "arrêté fixant le taux de l'intérêt légal pour le \(half), Journal officiel" }
        func ecb(_ decision: String) -> String { "ECB monetary policy decision of \(decision)" }
        func bundesbank(_ from: String) -> String { "Deutsche Bundesbank, Basiszinssatz from \(from) (Bundesanzeiger)" }
        let series: [RateSeries]
        do {
            series = [
                try RateSeries(table: .legalInterestIndividualCreditor, values: values([
                    ("2024-01-01", "8.01", legal("premier semestre 2024")), ("2024-07-01", "8.16", legal("second semestre 2024")),
                    ("2025-01-01", "7.21", legal("premier semestre 2025")), ("2025-07-01", "6.65", legal("second semestre 2025")),
                    ("2026-01-01", "6.67", legal("premier semestre 2026")),
                ])),
                try RateSeries(table: .legalInterestOtherCases, values: values([
                    ("2024-01-01", "5.07", legal("premier semestre 2024")), ("2024-07-01", "4.92", legal("second semestre 2024")),
                    ("2025-01-01", "3.71", legal("premier semestre 2025")), ("2025-07-01", "2.76", legal("second semestre 2025")),
                    ("2026-01-01", "2.62", legal("premier semestre 2026")),
                ])),
                try RateSeries(table: .ecbMainRefinancing, values: values([
                    ("2023-09-20", "4.50", ecb("14 September 2023")), ("2024-06-12", "4.25", ecb("6 June 2024")),
                    ("2024-09-18", "3.65", ecb("12 September 2024")), ("2024-10-23", "3.40", ecb("17 October 2024")),
                    ("2024-12-18", "3.15", ecb("12 December 2024")), ("2025-02-05", "2.90", ecb("30 January 2025")),
                    ("2025-03-12", "2.65", ecb("6 March 2025")), ("2025-04-23", "2.40", ecb("17 April 2025")),
                    ("2025-06-11", "2.15", ecb("5 June 2025")),
                ]), knownThrough: day("2026-02-05")),
                try RateSeries(table: .germanBaseRate, values: values([
                    ("2024-01-01", "3.62", bundesbank("1 January 2024")), ("2024-07-01", "3.37", bundesbank("1 July 2024")),
                    ("2025-01-01", "2.27", bundesbank("1 January 2025")), ("2025-07-01", "1.27", bundesbank("1 July 2025")),
                    ("2026-01-01", "1.27", bundesbank("1 January 2026")),
                ])),
                try RateSeries(table: .vatMetropolitanFrance, values: vat([
                    ("1995-08-01", nil, "5.5", "taux réduit", "CGI art. 278-0 bis"),
                    ("1995-08-01", nil, "2.1", "taux particulier", "CGI art. 281 quater to 281 nonies"),
                    ("2000-04-01", "2013-12-31", "19.6", "taux normal", "CGI art. 278 (loi 2000-656)"),
                    ("2012-01-01", "2013-12-31", "7", "taux intermédiaire", "CGI art. 279 (loi 2011-1978)"),
                    ("2014-01-01", nil, "20", "taux normal", "CGI art. 278 (loi 2012-1510)"),
                    ("2014-01-01", nil, "10", "taux intermédiaire", "CGI art. 279 (loi 2012-1510)"),
                ])),
                try RateSeries(table: .vatFrenchOverseas, values: vat([
                    ("2000-01-01", nil, "8.5", "taux normal", "CGI art. 296"),
                    ("2000-01-01", nil, "2.1", "taux réduit", "CGI art. 296"),
                    ("2000-01-01", nil, "1.05", "taux particulier", "CGI art. 296"),
                ])),
                try RateSeries(table: .vatGermany, values: vat([
                    ("1983-07-01", "2020-06-30", "7", "ermäßigter Steuersatz", "§ 12 Abs. 2 UStG"),
                    ("1998-04-01", "2006-12-31", "16", "allgemeiner Steuersatz", "§ 12 Abs. 1 UStG (Gesetz vom 19. Dezember 1997, BGBl. I S. 3121)"),
                    ("2007-01-01", "2020-06-30", "19", "allgemeiner Steuersatz", "§ 12 Abs. 1 UStG (Haushaltsbegleitgesetz 2006)"),
                    ("2020-07-01", "2020-12-31", "16", "allgemeiner Steuersatz", "§ 28 Abs. 1 UStG (Zweites Corona-Steuerhilfegesetz)"),
                    ("2020-07-01", "2020-12-31", "5", "ermäßigter Steuersatz", "§ 28 Abs. 2 UStG (Zweites Corona-Steuerhilfegesetz)"),
                    ("2021-01-01", nil, "19", "allgemeiner Steuersatz", "§ 12 Abs. 1 UStG"),
                    ("2021-01-01", nil, "7", "ermäßigter Steuersatz", "§ 12 Abs. 2 UStG"),
                ])),
                try RateSeries(table: .recoveryIndemnity, values: values([
                    ("2013-01-01", "40", "C. com. D441-5 (décret 2012-1115 du 2 octobre 2012)"),
                ])),
                try RateSeries(table: .germanDefaultLumpSum, values: values([
                    // Art. 229 § 34 EGBGB: for obligations arising after 28 July 2014.
                    ("2014-07-29", "40", "§ 288 Abs. 5 BGB (Gesetz zur Bekämpfung von Zahlungsverzug im Geschäftsverkehr, BGBl. I 2014 S. 1218)"),
                ])),
                try RateSeries(table: .germanSmallInvoiceLimit, values: values([
                    ("2007-01-01", "150", "§ 33 UStDV (Gesetz vom 22. August 2006, BGBl. I S. 1970)"),
                    ("2017-01-01", "250", "§ 33 UStDV (Zweites Bürokratieentlastungsgesetz, BGBl. I 2017 S. 2143)"),
                ])),
            ]
            return try RateBook(series)
        } catch {
            // The literals above are checked by the tests; a mistake in them must not go unnoticed.
            fatalError("Folio's built-in rate tables are invalid: \(error)")
        }
    }()
}
