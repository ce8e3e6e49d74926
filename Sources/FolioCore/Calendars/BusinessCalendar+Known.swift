extension BusinessCalendar {
    /// Every calendar Folio knows, by id.
    public static let known: [String: BusinessCalendar] = [
        franceMetropolitan.id: franceMetropolitan,
        alsaceMoselle.id: alsaceMoselle,
        germanyNorthRhineWestphalia.id: germanyNorthRhineWestphalia,
    ]

    // C. trav. L3133-1 lists the French public holidays.
    private static let frenchHolidays: [HolidayRule] = [
        HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
        HolidayRule("Easter Monday", .easter(offset: 1)),
        HolidayRule("Labour Day", .fixed(month: 5, day: 1)),
        // Reinstated by loi 81-893 of 2 October 1981.
        HolidayRule("Victory in Europe Day", .fixed(month: 5, day: 8), years: 1982...9999),
        HolidayRule("Ascension Day", .easter(offset: 39)),
        // Loi 2004-626 made it the solidarity day; loi 2008-351 gave it back from 2008.
        HolidayRule("Whit Monday", .easter(offset: 50), except: [2005, 2006, 2007]),
        HolidayRule("Bastille Day", .fixed(month: 7, day: 14)),
        HolidayRule("Assumption Day", .fixed(month: 8, day: 15)),
        HolidayRule("All Saints' Day", .fixed(month: 11, day: 1)),
        HolidayRule("Armistice Day", .fixed(month: 11, day: 11)),
        HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
    ]

    /// Metropolitan France.
    public static let franceMetropolitan = BusinessCalendar(id: "FR", name: "France (metropolitan)", holidays: frenchHolidays)

    /// Moselle, Bas-Rhin and Haut-Rhin: the French holidays plus Good Friday and 26 December.
    // C. trav. L3134-13 (local law of Alsace-Moselle).
    public static let alsaceMoselle = BusinessCalendar(
        id: "FR-Alsace-Moselle", name: "France (Alsace-Moselle)",
        holidays: frenchHolidays + [
            HolidayRule("Good Friday", .easter(offset: -2)),
            HolidayRule("St Stephen's Day", .fixed(month: 12, day: 26)),
        ])

    /// Germany, North Rhine-Westphalia (Feiertagsgesetz NW § 2 and the federal Unity Day).
    public static let germanyNorthRhineWestphalia = BusinessCalendar(
        id: "DE-NW", name: "Germany (North Rhine-Westphalia)",
        holidays: [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
            HolidayRule("Good Friday", .easter(offset: -2)),
            HolidayRule("Easter Monday", .easter(offset: 1)),
            HolidayRule("Labour Day", .fixed(month: 5, day: 1)),
            HolidayRule("Ascension Day", .easter(offset: 39)),
            HolidayRule("Whit Monday", .easter(offset: 50)),
            HolidayRule("Corpus Christi", .easter(offset: 60)),
            // Einigungsvertrag art. 2 (2): from 1990.
            HolidayRule("German Unity Day", .fixed(month: 10, day: 3), years: 1990...9999),
            // Reformation Day was a nationwide holiday once, for the 500th anniversary.
            HolidayRule("Reformation Day", .fixed(month: 10, day: 31), years: 2017...2017),
            HolidayRule("All Saints' Day", .fixed(month: 11, day: 1)),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
            HolidayRule("St Stephen's Day", .fixed(month: 12, day: 26)),
        ])
}
