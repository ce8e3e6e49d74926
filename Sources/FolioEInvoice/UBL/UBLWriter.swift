/// Placeholder until the UBL writer lands (branch `ubl`).
public enum UBLWriter {
    public static func xml(_ invoice: EInvoice) -> [UInt8] { [] }
}
