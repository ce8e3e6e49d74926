import Foundation
import PostgresNIO

/// The ledger's tables in PostgreSQL: the same records and constraints as SQLite's, plus the kept
/// files (PDFs and XML in the database, so every machine sees them).
///
/// Recorded rows are protected twice: triggers refuse UPDATE, DELETE and TRUNCATE to every role,
/// the tables' owner included; and the role `folio_issuer`, which servers log in as a member of,
/// is granted only SELECT and INSERT on them.
enum PostgresSchema {
    /// The version this Folio writes; a database at a later one is refused rather than misread.
    static let version = 3

    /// Every version's statements, in order: version N is `migrations[N - 1]`.
    static let migrations: [String] = [
        """
        CREATE TABLE entry (
            position BIGINT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('document', 'decision', 'payment', 'notice')),
            "previousHash" TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        );
        CREATE TABLE document (
            position BIGINT PRIMARY KEY REFERENCES entry(position),
            company TEXT NOT NULL,
            number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 35),
            series TEXT NOT NULL,
            period TEXT NOT NULL,
            sequence BIGINT NOT NULL CHECK (sequence >= 1),
            kind TEXT NOT NULL,
            date TEXT NOT NULL,
            client TEXT NOT NULL,
            currency TEXT NOT NULL,
            "netTotal" TEXT NOT NULL,
            "vatTotal" TEXT NOT NULL,
            "grandTotal" TEXT NOT NULL,
            "amountDue" TEXT NOT NULL,
            language TEXT NOT NULL,
            input TEXT NOT NULL,
            profile TEXT NOT NULL,
            "profileFolder" TEXT NOT NULL,
            templates TEXT NOT NULL,
            terms TEXT,
            "folioVersion" TEXT NOT NULL,
            file TEXT NOT NULL,
            "pdfSHA256" TEXT NOT NULL,
            quote TEXT,
            credited TEXT,
            "xmlSHA256" TEXT,
            "unsignedSHA256" TEXT,
            "unsignedLength" BIGINT,
            UNIQUE (company, number),
            UNIQUE (company, series, period, sequence)
        );
        CREATE INDEX document_by_date ON document(date);
        CREATE INDEX document_by_quote ON document(company, quote);
        CREATE INDEX document_by_credited ON document(company, credited);
        CREATE INDEX document_by_input ON document(company, kind, md5(input));
        CREATE INDEX document_by_file ON document(file);
        CREATE TABLE "quoteDecision" (
            position BIGINT PRIMARY KEY REFERENCES entry(position),
            company TEXT NOT NULL,
            number TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('accepted', 'refused', 'expired')),
            date TEXT NOT NULL,
            late BOOLEAN NOT NULL DEFAULT false,
            signer TEXT,
            "signerCertificateSHA256" TEXT,
            "signedFile" TEXT,
            "signedSHA256" TEXT,
            UNIQUE (company, number)
        );
        CREATE TABLE payment (
            position BIGINT PRIMARY KEY REFERENCES entry(position),
            company TEXT NOT NULL,
            invoice TEXT NOT NULL,
            date TEXT NOT NULL,
            amount TEXT NOT NULL,
            currency TEXT NOT NULL,
            method TEXT,
            reference TEXT
        );
        CREATE INDEX payment_by_invoice ON payment(company, invoice);
        CREATE TABLE notice (
            position BIGINT PRIMARY KEY REFERENCES entry(position),
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
            "pdfSHA256" TEXT NOT NULL,
            UNIQUE (company, invoice, kind, date)
        );
        CREATE INDEX notice_by_invoice ON notice(company, invoice);
        -- Not append-only: a reservation is removed when its document is recorded.
        CREATE TABLE reservation (
            company TEXT NOT NULL, number TEXT NOT NULL, series TEXT NOT NULL, period TEXT NOT NULL,
            sequence BIGINT NOT NULL, date TEXT NOT NULL, file TEXT NOT NULL,
            kind TEXT, input TEXT, request TEXT NOT NULL, owner TEXT NOT NULL,
            PRIMARY KEY (company, number),
            UNIQUE (company, series, period, sequence),
            UNIQUE (file)
        );
        -- Not append-only: a key is forgotten when its number is given back.
        CREATE TABLE "idempotencyKey" (
            company TEXT NOT NULL, key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
            fingerprint TEXT NOT NULL, number TEXT NOT NULL,
            PRIMARY KEY (company, key)
        );
        CREATE INDEX idempotency_key_by_number ON "idempotencyKey"(company, number);
        -- The bytes of every recorded file, committed with the record that cites their SHA-256.
        CREATE TABLE kept_file (
            name TEXT PRIMARY KEY,
            bytes BYTEA NOT NULL
        );

        CREATE FUNCTION folio_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the ledger is append-only: a recorded entry is never changed nor deleted (correct an invoice with a credit note)';
        END $$;
        CREATE FUNCTION folio_decided_quote() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF (SELECT kind FROM document WHERE company = NEW.company AND number = NEW.number) IS DISTINCT FROM 'quote' THEN
                RAISE EXCEPTION 'only an issued quote can be accepted, refused or expired';
            END IF;
            RETURN NEW;
        END $$;
        CREATE FUNCTION folio_claimed_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF coalesce((SELECT kind FROM document WHERE company = NEW.company AND number = NEW.invoice), '')
               NOT IN ('invoice', 'deposit-invoice') THEN
                RAISE EXCEPTION 'only an issued invoice is paid or claimed';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER decision_on_quotes_only BEFORE INSERT ON "quoteDecision" FOR EACH ROW EXECUTE FUNCTION folio_decided_quote();
        CREATE TRIGGER payment_on_invoices_only BEFORE INSERT ON payment FOR EACH ROW EXECUTE FUNCTION folio_claimed_invoice();
        CREATE TRIGGER notice_on_invoices_only BEFORE INSERT ON notice FOR EACH ROW EXECUTE FUNCTION folio_claimed_invoice();
        """
        + appendOnly(["entry", "document", "\"quoteDecision\"", "payment", "notice", "kept_file"]),
        // 2: a company's documents newest first without sorting them all (the pages of the ledger).
        """
        CREATE INDEX document_by_company_position ON document(company, position);
        """,
        // 3: contract notices, a new kind in the chain.
        """
        ALTER TABLE entry DROP CONSTRAINT entry_kind_check;
        ALTER TABLE entry ADD CONSTRAINT entry_kind_check CHECK (kind IN ('document', 'decision', 'payment', 'notice', 'contract-notice'));
        CREATE TABLE "contractNotice" (
            position BIGINT PRIMARY KEY REFERENCES entry(position),
            company TEXT NOT NULL,
            contract TEXT NOT NULL CHECK (length(contract) BETWEEN 1 AND 100),
            client TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('termination-acknowledgement', 'non-renewal', 'renewal-information', 'suspension', 'price-revision')),
            date TEXT NOT NULL,
            effective TEXT NOT NULL,
            received TEXT,
            deadline TEXT,
            invoices TEXT,
            "indexValue" TEXT,
            currency TEXT,
            "priceBefore" TEXT,
            "priceAfter" TEXT,
            language TEXT NOT NULL,
            input TEXT NOT NULL,
            file TEXT NOT NULL UNIQUE,
            "pdfSHA256" TEXT NOT NULL,
            UNIQUE (company, contract, kind, effective)
        );
        CREATE INDEX contract_notice_by_contract ON "contractNotice"(company, contract);
        """ + appendOnly(["\"contractNotice\""]),
    ]

    /// The triggers and privileges that keep recorded rows as they were written.
    static func appendOnly(_ tables: [String]) -> String {
        tables.map { table in
            let name = table.replacingOccurrences(of: "\"", with: "")
            return """

            CREATE TRIGGER \(name)_never_changed BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION folio_append_only();
            CREATE TRIGGER \(name)_never_truncated BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION folio_append_only();
            REVOKE UPDATE, DELETE, TRUNCATE ON \(table) FROM PUBLIC;
            """
        }.joined()
    }

    /// The role servers are meant to log in as a member of: it may read and add records, never
    /// change one. Created when the migrating role may create roles; left alone otherwise.
    static let issuerRole = """
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'folio_issuer') THEN
                CREATE ROLE folio_issuer NOLOGIN;
            END IF;
            GRANT SELECT, INSERT ON entry, document, "quoteDecision", payment, notice, "contractNotice", kept_file TO folio_issuer;
            GRANT SELECT, INSERT, UPDATE, DELETE ON reservation, "idempotencyKey" TO folio_issuer;
            GRANT SELECT ON folio_schema TO folio_issuer;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'folio_issuer not created: this role may not create roles';
        END $$;
        """

    /// Creates the tables or brings them up to date, one migrating connection at a time (servers
    /// starting together wait for the first), each version in its own transaction.
    static func migrate(_ connection: PostgresConnection, _ connections: PostgresConnections) throws {
        // Advisory key of the migration, apart from the write lock's and the issuers'.
        _ = try connections.run(PostgresQuery(unsafeSQL: "SELECT pg_advisory_lock(\(PostgresLocks.migration))"), on: connection)
        defer { _ = try? connections.run(PostgresQuery(unsafeSQL: "SELECT pg_advisory_unlock(\(PostgresLocks.migration))"), on: connection) }
        // A role that may only read and add records (folio_issuer's members) reads the version, never creates.
        let exists = try connections.run("SELECT to_regclass('folio_schema') IS NOT NULL", on: connection).rows.first?.decode(Bool.self) ?? false
        let current = exists ? try connections.run("SELECT max(version) FROM folio_schema", on: connection).rows.first?.decode(Int?.self) ?? 0 : 0
        guard current <= version else {
            throw LedgerFailure("\(connections.address) holds a ledger of schema version \(current), newer than this Folio's (\(version)): update Folio")
        }
        guard current < version else { return }
        _ = try connections.run("CREATE TABLE IF NOT EXISTS folio_schema (version INTEGER NOT NULL)", on: connection)
        for next in current..<version {
            _ = try connections.run("BEGIN", on: connection)
            do {
                for statement in statements(migrations[next]) {
                    _ = try connections.run(PostgresQuery(unsafeSQL: statement), on: connection)
                }
                _ = try connections.run("INSERT INTO folio_schema (version) VALUES (\(next + 1))", on: connection)
                _ = try connections.run("COMMIT", on: connection)
            } catch {
                _ = try? connections.run("ROLLBACK", on: connection)
                throw LedgerFailure("\(connections.address): cannot create the ledger's tables (version \(next + 1)): \(error)")
            }
        }
        _ = try connections.run(PostgresQuery(unsafeSQL: issuerRole), on: connection)
    }
}

extension PostgresSchema {
    /// A script's statements, one by one (PostgreSQL runs one per query): split at each `;` outside
    /// a `$$`-quoted function body.
    static func statements(_ script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inBody = false
        var rest = Substring(script)
        while let first = rest.first {
            if rest.hasPrefix("$$") {
                inBody.toggle()
                current += "$$"
                rest = rest.dropFirst(2)
                continue
            }
            rest = rest.dropFirst()
            if first == ";", !inBody {
                statements.append(current)
                current = ""
            } else {
                current.append(first)
            }
        }
        statements.append(current)
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}

/// The advisory locks of a ledger's database. PostgreSQL keeps the one-key (bigint) and the two-key
/// (int, int) spaces apart: the ledger's own locks use two keys, the issuers' tokens one.
enum PostgresLocks {
    /// « Foli » as a 32-bit key: the class of Folio's own locks.
    static let folio: Int32 = 0x466F_6C69
    /// Held by the transaction of every write: the writers of a ledger take turns, on every machine.
    static let writer = "\(folio), 1"
    static let migration = "\(folio), 2"
}
