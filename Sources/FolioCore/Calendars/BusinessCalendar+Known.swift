extension BusinessCalendar {
    /// Every calendar Folio knows, by id.
    public static let known: [String: BusinessCalendar] = [
        franceMetropolitan.id: franceMetropolitan,
        alsaceMoselle.id: alsaceMoselle,
        germany.id: germany,
        germanyNorthRhineWestphalia.id: germanyNorthRhineWestphalia,
        germanyBavaria.id: germanyBavaria,
        germanyBavariaCatholic.id: germanyBavariaCatholic,
        germanyBerlin.id: germanyBerlin,
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

    /// The holidays of every Land: federal law sets only German Unity Day; the others are in each
    /// Land's holiday act, and these are in all of them.
    private static let germanHolidays: [HolidayRule] = [
        HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
        HolidayRule("Good Friday", .easter(offset: -2)),
        HolidayRule("Easter Monday", .easter(offset: 1)),
        HolidayRule("Labour Day", .fixed(month: 5, day: 1)),
        HolidayRule("Ascension Day", .easter(offset: 39)),
        HolidayRule("Whit Monday", .easter(offset: 50)),
        // Einigungsvertrag art. 2 (2): from 1990.
        HolidayRule("German Unity Day", .fixed(month: 10, day: 3), years: 1990...9999),
        // Reformation Day was a nationwide holiday once, for the 500th anniversary.
        HolidayRule("Reformation Day", .fixed(month: 10, day: 31), years: 2017...2017),
        HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
        HolidayRule("St Stephen's Day", .fixed(month: 12, day: 26)),
    ]

    /// Germany, the holidays of every Land: the days a German deadline moves past (§ 193 BGB) wherever
    /// the debtor is.
    public static let germany = BusinessCalendar(id: "DE", name: "Germany (holidays of every Land)", holidays: germanHolidays)

    /// Germany, North Rhine-Westphalia (Feiertagsgesetz NW § 2 and the federal Unity Day).
    public static let germanyNorthRhineWestphalia = BusinessCalendar(
        id: "DE-NW", name: "Germany (North Rhine-Westphalia)",
        holidays: germanHolidays + [
            HolidayRule("Corpus Christi", .easter(offset: 60)),
            HolidayRule("All Saints' Day", .fixed(month: 11, day: 1)),
        ])

    /// Bavaria's holidays everywhere in the Land (Feiertagsgesetz BY Art. 1 Abs. 1 Nr. 1): Epiphany,
    /// Corpus Christi and All Saints' Day on top of the common ones.
    private static let bavarianHolidays = germanHolidays + [
        HolidayRule("Epiphany", .fixed(month: 1, day: 6)),
        HolidayRule("Corpus Christi", .easter(offset: 60)),
        HolidayRule("All Saints' Day", .fixed(month: 11, day: 1)),
    ]

    /// Germany, Bavaria, in a municipality with more Protestant than Catholic inhabitants (Nuremberg,
    /// for instance): without Assumption Day.
    public static let germanyBavaria = BusinessCalendar(
        id: "DE-BY", name: "Germany (Bavaria)", holidays: bavarianHolidays)

    /// Germany, Bavaria, in a predominantly Catholic municipality (most of them, Munich and Augsburg
    /// among them): with Assumption Day.
    // Feiertagsgesetz BY Art. 1 Abs. 1 Nr. 2.
    public static let germanyBavariaCatholic = BusinessCalendar(
        id: "DE-BY-Catholic", name: "Germany (Bavaria, predominantly Catholic municipality)",
        holidays: bavarianHolidays + [HolidayRule("Assumption Day", .fixed(month: 8, day: 15))])

    /// Germany, Berlin (Feiertagsgesetz BE § 1): International Women's Day from 2019, 8 May in 2020 and
    /// 2025, the 75th and 80th anniversaries of the end of the Second World War in Europe, and 17 June 2028.
    public static let germanyBerlin = BusinessCalendar(
        id: "DE-BE", name: "Germany (Berlin)",
        holidays: germanHolidays + [
            HolidayRule("International Women's Day", .fixed(month: 3, day: 8), years: 2019...9999),
            HolidayRule("Liberation Day (75th anniversary)", .fixed(month: 5, day: 8), years: 2020...2020),
            HolidayRule("Liberation Day (80th anniversary)", .fixed(month: 5, day: 8), years: 2025...2025),
            // A one-off Berlin holiday decided for the 75th anniversary of the uprising of 17 June 1953.
            HolidayRule("Uprising of 1953 (75th anniversary)", .fixed(month: 6, day: 17), years: 2028...2028),
        ])
}
