#!/usr/bin/env bash
# Issuance figures of the ledger (release build, real rendering, real SQLite, PDFs written and synced):
#   issuances per second with 1 process, and with 8 processes on one ledger;
#   the database size per 10,000 documents.
# Usage: scripts/bench-ledger.sh [DOCUMENTS]   (default 2000; the 8-process run splits them)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
swift build -c release --product folio >/dev/null
folio=.build/release/folio
order=examples/orders/01-domestic-several-rates.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

orders() { for _ in $(seq "$1"); do printf '%s\n' "$order"; done; }
seconds() { date +%s.%N; }
calc() { python3 -c "print($1)"; }

start=$(seconds)
orders "$count" | xargs "$folio" invoice --ledger "$work/one/ledger.sqlite" >/dev/null
one=$(calc "$(seconds) - $start")

per=$((count / 8))
start=$(seconds)
for _ in $(seq 8); do
    (orders "$per" | xargs "$folio" invoice --ledger "$work/eight/ledger.sqlite" >/dev/null) &
done
wait
eight=$(calc "$(seconds) - $start")

"$folio" ledger verify --ledger "$work/eight/ledger.sqlite" >/dev/null
size=$(stat -c %s "$work/one/ledger.sqlite")
pdfs=$(du -sb "$work/one/documents" | cut -f1)
printf 'documents                     %d\n' "$count"
printf '1 process                     %.1f s, %.0f issuances/s\n' "$one" "$(calc "$count / $one")"
printf '8 processes (%d each)        %.1f s, %.0f issuances/s\n' "$per" "$eight" "$(calc "$((per * 8)) / $eight")"
printf 'database                      %.1f MB per 10,000 documents (%d bytes for %d)\n' "$(calc "$size * 10000 / $count / 1000000")" "$size" "$count"
printf 'PDFs                          %.0f MB per 10,000 documents\n' "$(calc "$pdfs * 10000 / $count / 1000000")"
