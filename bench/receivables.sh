#!/usr/bin/env bash
# Receivables figures on a real ledger: 2,000 invoices of 40 clients over half a year, a credit note
# for every tenth, every third paid in full and every fifth in part (release build, real rendering).
# Prints the time to build it and to produce `ledger due`, `ledger list`, the CSV and the FEC.
# Usage: bench/receivables.sh [INVOICES]   (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
swift build -c release --product folio >/dev/null
folio=$PWD/.build/release/folio
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ledger="$work/ledger.sqlite"

python3 - "$count" "$work" <<'PY'
import datetime, pathlib, sys
count, work = int(sys.argv[1]), pathlib.Path(sys.argv[2])
source = pathlib.Path("examples/orders/01-domestic-several-rates.yaml").read_text()
start = datetime.date(2026, 1, 2)
(work / "invoices").mkdir(); (work / "credits").mkdir()
payments = ["invoice,date,amount,method,reference"]
for i in range(1, count + 1):
    day = start + datetime.timedelta(days=(i - 1) * 175 // count)
    client = f"Client {i % 40:02d} SARL"
    text = source.replace("date: 2026-03-16", f"date: {day}").replace("deliveryDate: 2026-03-13", f"deliveryDate: {day}")
    text = text.replace("Librairie du Marais SARL", client)
    (work / "invoices" / f"{i:05d}.yaml").write_text(text)
    number = f"F-2026-{i:04d}"
    if i % 10 == 0:
        credit = f"""kind: credit-note
date: {day + datetime.timedelta(days=5)}
creditedInvoice: {{number: {number}, date: {day}}}
currency: EUR
seller: {{name: Atelier Numérique SAS, siren: "912345618", vatNumber: FR88912345618, country: FR}}
buyer:
  name: {client}
  siren: "552100554"
  vatNumber: FR96552100554
  country: FR
  address: {{lines: [4 rue Vieille du Temple], postcode: "75004", city: Paris, country: FR}}
lines:
  - {{description: Livres retournés, quantity: 12, unitPrice: "7.35", vatRate: 5.5}}
paymentTerms: {{kind: on-receipt}}
"""
        (work / "credits" / f"{i:05d}.yaml").write_text(credit)
    if i % 3 == 0:
        payments.append(f"{number},{day + datetime.timedelta(days=40)},{'3782.38' if i % 10 == 0 else '3875.43'},transfer,VIR {i}")
    elif i % 5 == 0:
        payments.append(f"{number},{day + datetime.timedelta(days=70)},1000.00,transfer,VIR {i}")
(work / "payments.csv").write_text("\n".join(payments) + "\n")
PY

seconds() { date +%s.%N; }
calc() { python3 -c "print($1)"; }
measure() {  # label, command…: prints the time of one run
    local label=$1; shift
    local start; start=$(seconds)
    "$@" >/dev/null
    printf '%-34s %6.2f s\n' "$label" "$(calc "$(seconds) - $start")"
}

measure "issue $count invoices" "$folio" invoice "$work/invoices" --ledger "$ledger"
measure "issue $((count / 10)) credit notes" "$folio" credit-note "$work/credits" --ledger "$ledger"
measure "record $(($(wc -l < "$work/payments.csv") - 1)) payments (one file)" "$folio" ledger pay --file "$work/payments.csv" --ledger "$ledger"
measure "ledger due --at 2026-06-30" "$folio" ledger due --at 2026-06-30 --ledger "$ledger"
measure "ledger due --json" "$folio" ledger due --at 2026-06-30 --json --ledger "$ledger"
measure "ledger list" "$folio" ledger list --at 2026-06-30 --ledger "$ledger"
measure "ledger export --csv" "$folio" ledger export --csv --at 2026-06-30 --ledger "$ledger"
measure "ledger export --fec" "$folio" ledger export --fec --from 2026-01-01 --to 2026-12-31 --ledger "$ledger"
measure "ledger verify" "$folio" ledger verify --ledger "$ledger"
"$folio" ledger due --at 2026-06-30 --ledger "$ledger" | tail -2
