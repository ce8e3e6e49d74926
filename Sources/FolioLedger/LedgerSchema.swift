import GRDB

/// The ledger's tables, in versioned migrations. Issued rows are protected by triggers: SQLite
/// itself refuses to update or delete them, whatever program opens the file.
enum LedgerSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: entries, documents, quote decisions") { db in
            try db.execute(sql: """
                CREATE TABLE entry (
                    position INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('document', 'decision')),
                    previousHash TEXT NOT NULL,
                    hash TEXT NOT NULL UNIQUE
                );
                CREATE TABLE document (
                    position INTEGER PRIMARY KEY REFERENCES entry(position),
                    company TEXT NOT NULL,
                    number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 35),
                    series TEXT NOT NULL,
                    period TEXT NOT NULL,
                    sequence INTEGER NOT NULL CHECK (sequence >= 1),
                    kind TEXT NOT NULL,
                    date TEXT NOT NULL,
                    client TEXT NOT NULL,
                    currency TEXT NOT NULL,
                    netTotal TEXT NOT NULL,
                    vatTotal TEXT NOT NULL,
                    grandTotal TEXT NOT NULL,
                    amountDue TEXT NOT NULL,
                    language TEXT NOT NULL,
                    input TEXT NOT NULL,
                    profile TEXT NOT NULL,
                    profileFolder TEXT NOT NULL,
                    templates TEXT NOT NULL,
                    terms TEXT,
                    folioVersion TEXT NOT NULL,
                    file TEXT NOT NULL,
                    pdfSHA256 TEXT NOT NULL,
                    quote TEXT,
                    credited TEXT,
                    UNIQUE (company, number),
                    UNIQUE (company, series, period, sequence)
                );
                CREATE INDEX documentByDate ON document(date);
                CREATE INDEX documentByQuote ON document(company, quote);
                CREATE TABLE quoteDecision (
                    position INTEGER PRIMARY KEY REFERENCES entry(position),
                    company TEXT NOT NULL,
                    number TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('accepted', 'refused', 'expired')),
                    date TEXT NOT NULL,
                    UNIQUE (company, number)
                );
                CREATE TRIGGER quoteDecisionOnQuotesOnly BEFORE INSERT ON quoteDecision
                WHEN (SELECT kind FROM document WHERE company = NEW.company AND number = NEW.number) IS NOT 'quote'
                BEGIN SELECT RAISE(ABORT, 'only an issued quote can be accepted, refused or expired'); END;
                """)
            for table in ["entry", "document", "quoteDecision"] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)NeverUpdated BEFORE UPDATE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: an issued record is never changed (correct an invoice with a credit note)'); END;
                    CREATE TRIGGER \(table)NeverDeleted BEFORE DELETE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: an issued record is never deleted (correct an invoice with a credit note)'); END;
                    """)
            }
        }
        return migrator
    }
}
