import FolioCore
import GRDB

// The core's values are stored as the text they print as: a date as YYYY-MM-DD, an amount as its
// decimal text (« 3452.50 », every digit kept), a kind as its name. Money never becomes a float.

extension CalendarDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDate? {
        String.fromDatabaseValue(dbValue).flatMap { CalendarDate($0) }
    }
}

extension ExactDecimal: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> ExactDecimal? {
        String.fromDatabaseValue(dbValue).flatMap { ExactDecimal($0) }
    }
}

extension Order.Kind: DatabaseValueConvertible {}
