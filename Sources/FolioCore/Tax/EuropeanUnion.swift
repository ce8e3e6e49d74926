/// Membership of the EU VAT area, by date.
public enum EuropeanUnion {
    /// ISO 3166 codes of the member states with the first and last day of membership of the VAT area.
    /// Greece is `GR` here; its VAT numbers are prefixed `EL`.
    static let members: [(country: String, from: CalendarDate, through: CalendarDate?)] = {
        let founding = "AT BE BG CY CZ DE DK EE ES FI FR GR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
        var list = founding.split(separator: " ").map {
            (country: String($0), from: CalendarDate(unchecked: 1995, 1, 1), through: CalendarDate?.none)
        }
        // Accession treaties of 2004, 2007 and 2013 (dates of entry).
        let accessions: [String: CalendarDate] = [
            "CY": CalendarDate(unchecked: 2004, 5, 1), "CZ": CalendarDate(unchecked: 2004, 5, 1),
            "EE": CalendarDate(unchecked: 2004, 5, 1), "HU": CalendarDate(unchecked: 2004, 5, 1),
            "LT": CalendarDate(unchecked: 2004, 5, 1), "LV": CalendarDate(unchecked: 2004, 5, 1),
            "MT": CalendarDate(unchecked: 2004, 5, 1), "PL": CalendarDate(unchecked: 2004, 5, 1),
            "SI": CalendarDate(unchecked: 2004, 5, 1), "SK": CalendarDate(unchecked: 2004, 5, 1),
            "BG": CalendarDate(unchecked: 2007, 1, 1), "RO": CalendarDate(unchecked: 2007, 1, 1),
        ]
        list = list.map { member in
            (member.country, accessions[member.country] ?? member.from, member.through)
        }
        list.append(("HR", CalendarDate(unchecked: 2013, 7, 1), nil))
        // Withdrawal agreement: the United Kingdom left the VAT area after 2020-12-31.
        list.append(("GB", CalendarDate(unchecked: 1995, 1, 1), CalendarDate(unchecked: 2020, 12, 31)))
        return list
    }()

    /// True when `country` (ISO 3166 alpha-2) was in the EU VAT area on `date`.
    public static func isMember(_ country: String, on date: CalendarDate) -> Bool {
        members.contains { $0.country == country && $0.from <= date && ($0.through.map { date <= $0 } ?? true) }
    }
}

extension EuropeanUnion {
    /// True when `country` was in the EU VAT area on `date`, Monaco counting as France (it is in the
    /// French VAT territory).
    // Directive 2006/112/EC art. 7 (1).
    public static func isInVATArea(_ country: String, on date: CalendarDate) -> Bool {
        isMember(country == "MC" ? "FR" : country, on: date)
    }
}
