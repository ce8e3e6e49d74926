#!/usr/bin/env bash
# Figures of folio serve's pages (release build, on loopback): time to first byte and to the full
# page of the ledger page over a ledger of 10,000 documents (by urllib, and in headless Chromium by
# its Navigation Timing), the quote form's preview of a 5-page quote, and the live totals' answer.
# Usage: bench/pages.sh [DOCUMENTS, default 10000]. Prints a table; figures also in out/bench-pages.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh >/dev/null
swift build -c release --product folio >/dev/null
python3 bench/pages/measure.py --folio .build/release/folio --documents "${1:-10000}" --csv out/bench-pages.csv
