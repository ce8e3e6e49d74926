/// An invoice of a contract still unpaid after its due date: what a suspension notice cites.
public struct UnpaidInvoice: Sendable, Hashable {
    public let number: String
    public let date: CalendarDate
    public let dueDate: CalendarDate
    /// What the invoice asked, and what is still owed on it after credit notes and payments.
    public let amountDue: Money
    public let stillDue: Money

    public init(number: String, date: CalendarDate, dueDate: CalendarDate, amountDue: Money, stillDue: Money) {
        self.number = number
        self.date = date
        self.dueDate = dueDate
        self.amountDue = amountDue
        self.stillDue = stillDue
    }
}
