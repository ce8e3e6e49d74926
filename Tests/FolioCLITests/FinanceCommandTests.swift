import Foundation
import Testing

/// Finance work from the ledger, end to end through `folio`: payments, what is due by client and
/// age, notices claiming what is left, the accountant's CSV and the FEC sales journal — read back
/// by parsers of their own. Every amount is computed by hand in the comments.
@Suite("folio ledger pay, due, notice, export", .serialized)
struct FinanceCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-finance-\(UUID().uuidString)").path
    var ledger: String { folder + "/ledger.sqlite" }

    func folio(_ arguments: String...) throws -> FolioCLITests.Run {
        try FolioCLITests.folio(arguments + ["--ledger", ledger])
    }

    /// F-2026-0001 (3 875.43, due 2026-04-30), F-2026-0002 (3 330.00 reverse charge, due 2026-05-02),
    /// AV-2026-0001 crediting 93.05 of F-2026-0001 on 2026-04-10, 1 000.00 paid on F-2026-0001 on 2026-05-10.
    func invoicesWithACreditAndAPayment() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(try folio("invoice", "examples/orders/01-domestic-several-rates.yaml", "examples/orders/02-eu-services-reverse-charge.yaml").status == 0)
        let source = try String(contentsOfFile: FolioCLITests.root.path + "/examples/orders/10-credit-note.json", encoding: .utf8)
        let credit = folder + "/credit.json"
        try source.replacingOccurrences(of: "F-2026-0031", with: "F-2026-0001").replacingOccurrences(of: "2026-03-27", with: "2026-03-16")
            .write(toFile: credit, atomically: true, encoding: .utf8)
        let issued = try folio("credit-note", credit)
        #expect(issued.status == 0, "\(issued.error)")
        let paid = try folio("ledger", "pay", "F-2026-0001", "--amount", "1000.00", "--on", "2026-05-10", "--method", "transfer")
        #expect(paid.status == 0, "\(paid.error)")
        // 3 875.43 − 93.05 − 1 000.00 = 2 782.38.
        #expect(paid.output.contains("Recorded a payment of 1000.00 EUR on 2026-05-10 for F-2026-0001: 2782.38 EUR still due"))
    }

    @Test("Paying a quote, before the invoice, or more than is due is refused; nothing is recorded")
    func payRefusals() throws {
        try invoicesWithACreditAndAPayment()
        #expect(try folio("quote", "examples/orders/08-quote-with-deposit.yaml").status == 0)
        let quote = try folio("ledger", "pay", "D-2026-0001", "--amount", "10", "--on", "2026-10-06")
        #expect(quote.status == 1 && quote.error.contains("D-2026-0001 is a quote, not an invoice"), "\(quote.error)")
        let early = try folio("ledger", "pay", "F-2026-0002", "--amount", "10", "--on", "2026-04-01")
        #expect(early.status == 1 && early.error.contains("before the invoice's date 2026-04-02"), "\(early.error)")
        let over = try folio("ledger", "pay", "F-2026-0001", "--amount", "2782.39", "--on", "2026-06-01")
        #expect(over.status == 1 && over.error.contains("more than the 2782.38 EUR still due"), "\(over.error)")
        let text = try folio("ledger", "pay", "F-2026-0001", "--amount", "12,50")
        #expect(text.status == 2 && text.error.contains("is not an amount"))
        #expect(try folio("ledger", "verify").output.contains("5 entries"))
    }

    @Test("A statement of payments is recorded whole, or not at all, naming the payment refused")
    func statement() throws {
        try invoicesWithACreditAndAPayment()
        let bad = folder + "/bad.csv", good = folder + "/good.csv"
        // The second payment exceeds the 3 330.00 due: neither is recorded.
        try "invoice,date,amount,method\nF-2026-0002,2026-05-05,1000.00,transfer\nF-2026-0002,2026-05-06,2330.01,transfer\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try folio("ledger", "pay", "--file", bad)
        #expect(refused.status == 1 && refused.error.contains("(payment 2): 2330.01 EUR is more than the 2330.00 EUR still due"), "\(refused.error)")
        try "invoice,date,amount,reference\nF-2026-0002,2026-05-05,1000.00,VIR 7\nF-2026-0002,2026-05-06,2330.00,\n"
            .write(toFile: good, atomically: true, encoding: .utf8)
        let recorded = try folio("ledger", "pay", "--file", good)
        #expect(recorded.output.contains("Recorded 2 payments from \(good) (3330.00 in all)"), "\(recorded.error)")
        #expect(try folio("ledger", "list", "--at", "2026-06-30").output.contains("3330.00      0.00  3330.00     0.00  EUR       2026-05-02        paid"))
        let column = folder + "/column.csv"
        try "invoice,day,amount\nF-2026-0002,2026-05-05,1.00\n".write(toFile: column, atomically: true, encoding: .utf8)
        #expect(try folio("ledger", "pay", "--file", column).error.contains("column.csv:1: day: not a column"))
    }

    @Test("Today, without the rates of 2026 H2: penalties shown as unknown with what to add; the indemnity is still owed")
    func receivablesWithoutTheRates() throws {
        try invoicesWithACreditAndAPayment()
        let run = try folio("ledger", "due", "--at", "2026-11-26", "--invoices")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("0.00 + ?        40.00"), "\(run.output)")
        #expect(run.output.contains("legal-interest-rate.yaml") && run.output.contains("{from: 2026-07-01, rate: \"?\""), "\(run.output)")
        let notice = try folio("notice", "reminder", "F-2026-0001", "--at", "2026-11-26")
        #expect(notice.status == 1 && notice.error.contains("{from: 2026-07-01, rate: \"?\""), "\(notice.error)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/documents/F-2026-0001.reminder.2026-11-26.pdf"))
    }

    @Test("A reminder from the ledger in 2026 H2 with the half-year's legal rate added in a rates file")
    func reminderWithARateAdded() throws {
        try invoicesWithACreditAndAPayment()
        let rates = folder + "/rates"
        try FileManager.default.createDirectory(atPath: rates, withIntermediateDirectories: true)
        try RatesCommandTests.secondHalf2026.write(toFile: rates + "/legal-interest-rate.yaml", atomically: true, encoding: .utf8)
        let run = try RatesCommandTests.folio(["notice", "reminder", "F-2026-0001", "--at", "2026-11-26", "--ledger", ledger],
                                              environment: ["FOLIO_RATES": rates])
        #expect(run.status == 0, "\(run.error)")
        // On 2 782.38 from 1 July to 26 November (149 days) at 3 × 3.00 % (the test's value for 2026 H2):
        // 2 782.38 × 9 % × 149 / 365 = 102.223… → 102.22; with 8.15 and 30.56 before, 140.93; + 2 782.38 + 40.00 = 2 963.31.
        #expect(run.output.contains("2782.38 EUR still due + 140.93 penalties + 40.00 indemnity = 2963.31 EUR"), "\(run.output)")
        let text = try InvoiceCommandTests.text(ofPDF: folder + "/documents/F-2026-0001.reminder.2026-11-26.pdf")
        #expect(text.contains("du 1er juillet 2026 au 26 novembre 2026 2 782,38 € 149 jours"), "\(text)")
        #expect(text.contains("102,22 €") && text.contains("Total dû 2 963,31 €"))
    }

    @Test("Receivables on 30 June 2026: ageing buckets, penalties on each day's balance, the indemnity, as a table and JSON")
    func receivables() throws {
        try invoicesWithACreditAndAPayment()
        let table = try folio("ledger", "due", "--at", "2026-06-30", "--invoices")
        #expect(table.status == 0, "\(table.error)")
        #expect(table.output.contains("Client                     Currency  Not yet due  1-30    31-60    61-90  Over 90      Due  Penalties  Indemnities"), "\(table.output)")
        let json = try folio("ledger", "due", "--at", "2026-06-30", "--json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(report["date"] as? String == "2026-06-30")
        let clients = try #require(report["clients"] as? [[String: Any]])
        #expect(clients.map { $0["name"] as? String } == ["Druckhaus Rhein GmbH", "Librairie du Marais SARL"])
        // F-2026-0002: 59 days late; ECB 2.15 % + 10 = 12.15 %: 3 330.00 × 12.15 % × 59 / 365 = 65.400… → 65.40.
        let rhein = clients[0]
        #expect((rhein["buckets"] as? [String: String])?["31-60"] == "3330.00")
        #expect(rhein["penalties"] as? String == "65.40" && rhein["indemnities"] as? String == "40.00")
        // F-2026-0001: credited before its due date, so 3 782.38 late from 1 May; 1 000 paid on 10 May.
        // 3 × 2.62 % = 7.86 %: 3 782.38 × 7.86 % × 10 / 365 = 8.145… → 8.15; 2 782.38 × 7.86 % × 51 / 365 = 30.557… → 30.56.
        let marais = clients[1]
        #expect(marais["siren"] as? String == "552100554")
        #expect((marais["buckets"] as? [String: String])?["61-90"] == "2782.38")
        #expect(marais["due"] as? String == "2782.38")
        #expect(marais["penalties"] as? String == "38.71")
        let invoice = try #require((marais["invoices"] as? [[String: Any]])?.first)
        #expect(invoice["number"] as? String == "F-2026-0001" && invoice["daysLate"] as? Int == 61)
        #expect(invoice["credited"] as? String == "93.05" && invoice["paid"] as? String == "1000.00")
        // Before the due dates nothing is late: all of it is « not yet due ».
        let early = try folio("ledger", "due", "--at", "2026-04-20", "--json")
        let earlyClients = try #require((try JSONSerialization.jsonObject(with: Data(early.output.utf8)) as? [String: Any])?["clients"] as? [[String: Any]])
        #expect(earlyClients.compactMap { ($0["buckets"] as? [String: String])?["not yet due"] } == ["3330.00", "3782.38"])
        #expect(earlyClients.compactMap { $0["penalties"] as? String } == ["0.00", "0.00"])
    }

    @Test("A reminder from the ledger claims what is left after the credit note and the payment, and is recorded")
    func reminderFromTheLedger() throws {
        try invoicesWithACreditAndAPayment()
        let run = try folio("notice", "reminder", "F-2026-0001", "--at", "2026-06-30")
        #expect(run.status == 0, "\(run.error)")
        // 2 782.38 + 38.71 + 40.00 = 2 861.09.
        #expect(run.output.contains("2782.38 EUR still due + 38.71 penalties + 40.00 indemnity = 2861.09 EUR, to pay by 2026-07-15"), "\(run.output)")
        let pdf = folder + "/documents/F-2026-0001.reminder.2026-06-30.pdf"
        let text = try InvoiceCommandTests.text(ofPDF: pdf)
        for expected in ["Facture n° F-2026-0001 du 16 mars 2026 3 875,43 €", "Avoirs émis sur cette facture − 93,05 €",
                         "Règlements reçus − 1 000,00 €", "Principal restant dû 2 782,38 €", "n'a pas été entièrement réglée",
                         "du 1er mai 2026 au 10 mai 2026 3 782,38 € 10 jours 7,86 % 8,15 €",
                         "du 11 mai 2026 au 30 juin 2026 2 782,38 € 51 jours 7,86 % 30,56 €", "Total dû 2 861,09 €"] {
            #expect(text.contains(expected), "missing: \(expected)\n\(text)")
        }
        #expect(!text.contains("ne figure pas dans notre registre"))
        let again = try folio("notice", "reminder", "F-2026-0001", "--at", "2026-06-30")
        #expect(again.status == 1 && again.error.contains("already sent"))
        let show = try folio("ledger", "show", "F-2026-0001", "--at", "2026-06-30")
        for expected in ["still due         2782.38 EUR", "penalties so far  38.71 EUR", "history",
                         "2026-04-10  credit note AV-2026-0001: −93.05 EUR", "2026-05-10  payment: 1000.00 EUR (transfer)",
                         "2026-06-30  reminder: claimed 2861.09 EUR"] {
            #expect(show.output.contains(expected), "missing: \(expected)\n\(show.output)")
        }
        // Not overdue yet, unknown, or a credit note: refused, nothing written.
        let notDue = try folio("notice", "formal-notice", "F-2026-0002", "--at", "2026-04-20")
        #expect(notDue.status == 1 && notDue.error.contains("not overdue on 2026-04-20"), "\(notDue.error)")
        let unknown = try folio("notice", "reminder", "F-2026-0999", "--at", "2026-06-30")
        #expect(unknown.status == 1 && unknown.error.contains("no invoice F-2026-0999"), "\(unknown.error)")
        let credit = try folio("notice", "reminder", "AV-2026-0001", "--at", "2026-06-30")
        #expect(credit.status == 1 && credit.error.contains("is a credit note, not an invoice"), "\(credit.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/documents").filter { $0.contains("formal-notice") }.isEmpty)
        let verify = try folio("ledger", "verify")
        #expect(verify.status == 0, "\(verify.error)")
    }

    @Test("Quotes: a late acceptance needs --late; expired quotes are listed")
    func quotes() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Dated 2026-10-05, valid 30 days: until 2026-11-04.
        #expect(try folio("quote", "examples/orders/08-quote-with-deposit.yaml").status == 0)
        #expect(try folio("quote", "examples/orders/08-quote-with-deposit.yaml", "--again").status == 0)
        #expect(try folio("ledger", "decide", "D-2026-0001", "accepted", "--on", "2026-10-09").status == 0)
        let expired = try folio("ledger", "list", "--expired", "--at", "2026-11-26")
        #expect(expired.output.contains("D-2026-0002") && !expired.output.contains("D-2026-0001"), "\(expired.output)")
        #expect(expired.output.contains("expired (valid until 2026-11-04)"))
        let late = try folio("ledger", "decide", "D-2026-0002", "accepted", "--on", "2026-11-20")
        #expect(late.status == 1 && late.error.contains("was valid until 2026-11-04: accepting it on 2026-11-20 needs --late"), "\(late.error)")
        let accepted = try folio("ledger", "decide", "D-2026-0002", "accepted", "--on", "2026-11-20", "--late")
        #expect(accepted.output.contains("Quote D-2026-0002 accepted late on 2026-11-20"), "\(accepted.error)")
        #expect(try folio("ledger", "list", "--expired", "--at", "2026-11-26").output.contains("No expired quote"))
    }

    @Test("The accountant's CSV: documented columns, VAT per rate, credit notes negative, quotes left out")
    func csv() throws {
        try invoicesWithACreditAndAPayment()
        #expect(try folio("quote", "examples/orders/08-quote-with-deposit.yaml").status == 0)
        let run = try folio("ledger", "export", "--csv", "--at", "2026-06-30")
        let rows = run.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "number,kind,date,due_date,client,client_siren,client_vat_number,currency,net,vat_20,vat_10,vat_5.5,vat,total,credited,paid,due,status")
        #expect(rows.dropFirst().map { String($0.prefix { $0 != "," }) } == ["F-2026-0001", "F-2026-0002", "AV-2026-0001"])
        #expect(rows.contains("F-2026-0001,invoice,2026-03-16,2026-04-30,Librairie du Marais SARL,552100554,FR96552100554,EUR,3452.50,284.20,60.00,78.73,422.93,3875.43,93.05,1000.00,2782.38,overdue"))
        #expect(rows.contains("AV-2026-0001,credit-note,2026-04-10,,Librairie du Marais SARL,552100554,FR96552100554,EUR,-88.20,,,-4.85,-4.85,-93.05,,,,credits F-2026-0001"), "\(rows)")
        let from = try folio("ledger", "export", "--csv", "--from", "2026-05-01", "--to", "2026-04-01")
        #expect(from.status == 2 && from.error.contains("--from 2026-05-01 is after --to 2026-04-01"))
    }

    @Test("The FEC sales journal: 18 columns, balanced entries, deposits through 4191, a credit note reversed")
    func fec() throws {
        try invoicesWithACreditAndAPayment()
        #expect(try folio("quote", "examples/orders/08-quote-with-deposit.yaml").status == 0)
        #expect(try folio("ledger", "decide", "D-2026-0001", "accepted", "--on", "2026-10-09").status == 0)
        #expect(try folio("invoice", "--from-quote", "D-2026-0001", "--deposit", "--date", "2026-10-12").status == 0)
        #expect(try folio("invoice", "--from-quote", "D-2026-0001", "--date", "2026-11-16", "--delivery-date", "2026-11-13").status == 0)
        let path = folder + "/912345618FEC20261231.txt"
        let run = try folio("ledger", "export", "--fec", "--from", "2026-01-01", "--to", "2026-12-31", "--output", path)
        #expect(run.status == 0, "\(run.error)")
        let journal = try FECFile(path: path)
        #expect(journal.header == ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum",
                                   "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet",
                                   "ValidDate", "Montantdevise", "Idevise"])
        #expect(journal.entries.map(\.piece) == ["F-2026-0001", "F-2026-0002", "AV-2026-0001", "FA-2026-0001", "F-2026-0003"])
        #expect(journal.entries.map(\.number) == ["1", "2", "3", "4", "5"])
        for entry in journal.entries {
            #expect(entry.debits == entry.credits, "entry \(entry.piece) does not balance")
            #expect(entry.lines.allSatisfy { $0["JournalCode"] == "VE" && $0["JournalLib"] == "Ventes" })
        }
        // F-2026-0001: the client debited 3 875.43; revenue 1 421.00 (20 %), 600.00 (10 %) and 1 431.50 (5.5 %, goods account);
        // VAT 284.20, 60.00 and 78.73, each to its own account.
        let invoice = journal.entries[0]
        #expect(invoice.lines.first?["EcritureDate"] == "20260316" && invoice.lines.first?["ValidDate"] == "20260316")
        #expect(invoice.amount(account: "411000", "Debit") == "3875,43")
        #expect(invoice.lines.first?["CompAuxNum"] == "C552100554" && invoice.lines.first?["CompAuxLib"] == "Librairie du Marais SARL")
        #expect(invoice.amount(account: "706000", "Credit") == "2021,00")
        #expect(invoice.amount(account: "707000", "Credit") == "1431,50")
        #expect(invoice.amount(account: "445712", "Credit") == "284,20")
        #expect(invoice.amount(account: "445711", "Credit") == "60,00")
        #expect(invoice.amount(account: "445713", "Credit") == "78,73")
        // F-2026-0002, reverse charge: no VAT line.
        #expect(!journal.entries[1].lines.contains { $0["CompteNum"]?.hasPrefix("4457") == true })
        #expect(journal.entries[1].amount(account: "411000", "Debit") == "3330,00")
        // The credit note reverses: the client credited 93.05, goods revenue and VAT debited.
        let credit = journal.entries[2]
        #expect(credit.amount(account: "411000", "Credit") == "93,05")
        #expect(credit.amount(account: "707000", "Debit") == "88,20" && credit.amount(account: "445713", "Debit") == "4,85")
        // The deposit (30 % of 7 470.00 = 2 241.00): net 1 867.50 to 4191, VAT 373.50.
        let deposit = journal.entries[3]
        #expect(deposit.amount(account: "411000", "Debit") == "2241,00")
        #expect(deposit.amount(account: "419100", "Credit") == "1867,50" && deposit.amount(account: "445712", "Credit") == "373,50")
        // The balance: revenue 6 225.00, VAT 1 245.00 − 373.50 = 871.50, 4191 cleared by 1 867.50, the client owes 5 229.00.
        let balance = journal.entries[4]
        #expect(balance.amount(account: "411000", "Debit") == "5229,00")
        #expect(balance.amount(account: "419100", "Debit") == "1867,50")
        #expect(balance.amount(account: "445712", "Credit") == "871,50")
        let missing = try folio("ledger", "export", "--fec", "--from", "2026-01-01")
        #expect(missing.status == 2 && missing.error.contains("--fec needs the period"))
    }
}

/// A FEC file read without Folio's code: tab-separated, one header line, CRLF.
struct FECFile {
    struct Entry {
        let number: String
        let piece: String
        let lines: [[String: String]]

        func cents(_ text: String?) -> Int {
            guard let text, !text.isEmpty else { return 0 }
            let parts = text.split(separator: ",")
            return (Int(parts[0]) ?? 0) * 100 + (parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
        }
        var debits: Int { lines.reduce(0) { $0 + cents($1["Debit"]) } }
        var credits: Int { lines.reduce(0) { $0 + cents($1["Credit"]) } }

        /// The amount on `account` in `side` (Debit or Credit), summed over its lines.
        func amount(account: String, _ side: String) -> String {
            let total = lines.filter { $0["CompteNum"] == account }.reduce(0) { $0 + cents($1[side]) }
            return "\(total / 100),\(String(format: "%02d", total % 100))"
        }
    }

    let header: [String]
    let entries: [Entry]

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: "\t") }
        header = rows.first ?? []
        var entries: [Entry] = []
        var current: [[String: String]] = []
        for row in rows.dropFirst() {
            #expect(row.count == 18, "a line has \(row.count) columns")
            let line = Dictionary(uniqueKeysWithValues: zip(header, row))
            #expect(line["EcritureDate"]?.count == 8 && line["EcritureDate"]?.allSatisfy(\.isNumber) == true)
            for side in ["Debit", "Credit"] {
                #expect(line[side]?.range(of: #"^\d+,\d\d$"#, options: .regularExpression) != nil, "amount \(line[side] ?? "")")
            }
            if let last = current.last, last["EcritureNum"] != line["EcritureNum"] {
                entries.append(Entry(number: last["EcritureNum"] ?? "", piece: last["PieceRef"] ?? "", lines: current))
                current = []
            }
            current.append(line)
        }
        if let last = current.last { entries.append(Entry(number: last["EcritureNum"] ?? "", piece: last["PieceRef"] ?? "", lines: current)) }
        self.entries = entries
    }
}
