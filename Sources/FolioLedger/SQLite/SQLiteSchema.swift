import GRDB

/// The ledger's tables, in versioned migrations. Recorded rows are protected by triggers: SQLite
/// itself refuses to update or delete them, whatever program opens the file.
enum SQLiteSchema {
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
                try db.execute(sql: appendOnly(table))
            }
        }
        migrator.registerMigration("v2: payments, notices, late acceptances") { db in
            // The chain's kinds grow. SQLite cannot change a CHECK, so the entry table is rebuilt with
            // the same rows: dropping a table fires no DELETE trigger, and GRDB defers foreign keys here.
            try db.execute(sql: """
                CREATE TABLE entryV2 (
                    position INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('document', 'decision', 'payment', 'notice')),
                    previousHash TEXT NOT NULL,
                    hash TEXT NOT NULL UNIQUE
                );
                INSERT INTO entryV2 SELECT position, kind, previousHash, hash FROM entry;
                DROP TABLE entry;
                ALTER TABLE entryV2 RENAME TO entry;
                ALTER TABLE quoteDecision ADD COLUMN late INTEGER NOT NULL DEFAULT 0;
                CREATE TABLE payment (
                    position INTEGER PRIMARY KEY REFERENCES entry(position),
                    company TEXT NOT NULL,
                    invoice TEXT NOT NULL,
                    date TEXT NOT NULL,
                    amount TEXT NOT NULL,
                    currency TEXT NOT NULL,
                    method TEXT,
                    reference TEXT
                );
                CREATE INDEX paymentByInvoice ON payment(company, invoice);
                CREATE TABLE notice (
                    position INTEGER PRIMARY KEY REFERENCES entry(position),
                    company TEXT NOT NULL,
                    invoice TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('reminder', 'formal-notice')),
                    date TEXT NOT NULL,
                    deadline TEXT NOT NULL,
                    currency TEXT NOT NULL,
                    principal TEXT NOT NULL,
                    interest TEXT NOT NULL,
                    indemnity TEXT NOT NULL,
                    total TEXT NOT NULL,
                    language TEXT NOT NULL,
                    file TEXT NOT NULL UNIQUE,
                    pdfSHA256 TEXT NOT NULL,
                    UNIQUE (company, invoice, kind, date)
                );
                CREATE INDEX noticeByInvoice ON notice(company, invoice);
                CREATE INDEX documentByCredited ON document(company, credited);
                CREATE INDEX documentByInput ON document(company, kind, length(input));
                """)
            for table in ["entry", "payment", "notice"] {
                try db.execute(sql: appendOnly(table))
            }
            for table in ["payment", "notice"] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)OnInvoicesOnly BEFORE INSERT ON \(table)
                    WHEN coalesce((SELECT kind FROM document WHERE company = NEW.company AND number = NEW.invoice), '')
                         NOT IN ('invoice', 'deposit-invoice')
                    BEGIN SELECT RAISE(ABORT, 'only an issued invoice is paid or claimed'); END;
                    """)
            }
        }
        migrator.registerMigration("v3: the e-invoice's XML hash") { db in
            try db.execute(sql: "ALTER TABLE document ADD COLUMN xmlSHA256 TEXT")
        }
        migrator.registerMigration("v4: signed documents, acceptances proven by signature") { db in
            try db.execute(sql: """
                ALTER TABLE document ADD COLUMN unsignedSHA256 TEXT;
                ALTER TABLE document ADD COLUMN unsignedLength INTEGER;
                ALTER TABLE quoteDecision ADD COLUMN signer TEXT;
                ALTER TABLE quoteDecision ADD COLUMN signerCertificateSHA256 TEXT;
                ALTER TABLE quoteDecision ADD COLUMN signedFile TEXT;
                ALTER TABLE quoteDecision ADD COLUMN signedSHA256 TEXT;
                """)
        }
        migrator.registerMigration("v5: numbers reserved while their document renders") { db in
            // Not append-only: a reservation is removed when its document is recorded.
            try db.execute(sql: """
                CREATE TABLE reservation (
                    company TEXT NOT NULL, number TEXT NOT NULL, series TEXT NOT NULL, period TEXT NOT NULL,
                    sequence INTEGER NOT NULL, date TEXT NOT NULL, file TEXT NOT NULL,
                    kind TEXT, input TEXT, request TEXT NOT NULL, owner TEXT NOT NULL,
                    PRIMARY KEY (company, number),
                    UNIQUE (company, series, period, sequence),
                    UNIQUE (file)
                );
                """)
        }
        migrator.registerMigration("v6: idempotency keys of issuing requests") { db in
            // Not append-only: a key is forgotten when its number is given back.
            try db.execute(sql: """
                CREATE TABLE idempotencyKey (
                    company TEXT NOT NULL, key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
                    fingerprint TEXT NOT NULL, number TEXT NOT NULL,
                    PRIMARY KEY (company, key)
                );
                CREATE INDEX idempotencyKeyByNumber ON idempotencyKey(company, number);
                """)
        }
        migrator.registerMigration("v7: a company's documents by position") { db in
            // A page of the ledger, newest first, reads its rows from this index instead of sorting them all.
            try db.execute(sql: "CREATE INDEX documentByCompanyPosition ON document(company, position)")
        }
        migrator.registerMigration("v8: contract notices") { db in
            // A new kind in the chain: the entry table is rebuilt with the same rows, as in v2.
            try db.execute(sql: """
                CREATE TABLE entryV8 (
                    position INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('document', 'decision', 'payment', 'notice', 'contract-notice')),
                    previousHash TEXT NOT NULL,
                    hash TEXT NOT NULL UNIQUE
                );
                INSERT INTO entryV8 SELECT position, kind, previousHash, hash FROM entry;
                DROP TABLE entry;
                ALTER TABLE entryV8 RENAME TO entry;
                """ + SQLiteSchema.contractNoticeTable)
            for table in ["entry", "contractNotice"] {
                try db.execute(sql: appendOnly(table))
            }
        }
        return migrator
    }

    /// The contract notices: one of each kind taking effect on a given day per contract.
    static let contractNoticeTable = """
        CREATE TABLE contractNotice (
            position INTEGER PRIMARY KEY REFERENCES entry(position),
            company TEXT NOT NULL,
            contract TEXT NOT NULL CHECK (length(contract) BETWEEN 1 AND 100),
            client TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('termination-acknowledgement', 'non-renewal', 'renewal-information', 'suspension', 'price-revision')),
            date TEXT NOT NULL,
            effective TEXT NOT NULL,
            received TEXT,
            deadline TEXT,
            invoices TEXT,
            indexValue TEXT,
            currency TEXT,
            priceBefore TEXT,
            priceAfter TEXT,
            language TEXT NOT NULL,
            input TEXT NOT NULL,
            file TEXT NOT NULL UNIQUE,
            pdfSHA256 TEXT NOT NULL,
            UNIQUE (company, contract, kind, effective)
        );
        CREATE INDEX contractNoticeByContract ON contractNotice(company, contract);
        """

    /// Triggers that make SQLite itself refuse to change or delete a table's rows.
    static func appendOnly(_ table: String) -> String {
        """
        CREATE TRIGGER \(table)NeverUpdated BEFORE UPDATE ON \(table)
        BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: a recorded entry is never changed (correct an invoice with a credit note)'); END;
        CREATE TRIGGER \(table)NeverDeleted BEFORE DELETE ON \(table)
        BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: a recorded entry is never deleted (correct an invoice with a credit note)'); END;
        """
    }
}
