#!/usr/bin/env bash
# Signed quotes: issuances per second of the same quotes unsigned and signed (PAdES, RSA 2048), each
# a 5-page quote with its terms annexed, issued into a fresh ledger by one `folio quote FOLDER` batch
# (release build, real rendering, finishing, ledger). Prints both rates and the cost of signing one.
# Usage: bench/signed-quotes.sh [QUOTES]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200}
swift build -c release --product folio >/dev/null
folio=$PWD/.build/release/folio
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./scripts/make-test-certificates.sh "$work/signing" >/dev/null
cp examples/company/profile.yaml examples/company/logo.png "$work/"
printf '\nsigning:\n  certificate: signing/seller.pem\n  chain: [signing/ca.pem]\n  privateKey: signing/seller.key\n' >> "$work/profile.yaml"
mkdir "$work/quotes"
for i in $(seq -w 1 "$count"); do
    cp examples/orders/08-quote-with-deposit.yaml "$work/quotes/$i.yaml"
done
run() {  # run NAME FLAG: seconds for the batch
    local start end
    start=$(date +%s.%N)
    mkdir -p "$work/$1"
    "$folio" quote "$work/quotes" --company "$work/profile.yaml" --ledger "$work/$1/ledger.sqlite" --again $2 > "$work/$1/output.txt"
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
unsigned=$(run unsigned --no-sign)
signed=$(run signed --sign)
printf 'Quotes (5 pages each, %d per batch), one core:\n' "$count"
printf '  unsigned: %.1f ms per quote, %.1f issuances per second\n' "$(echo "$unsigned * 1000 / $count" | bc -l)" "$(echo "$count / $unsigned" | bc -l)"
printf '  signed:   %.1f ms per quote, %.1f issuances per second\n' "$(echo "$signed * 1000 / $count" | bc -l)" "$(echo "$count / $signed" | bc -l)"
printf '  signing one quote: %.2f ms (CMS, incremental update and the stamp)\n' "$(echo "($signed - $unsigned) * 1000 / $count" | bc -l)"
tail -n 1 "$work/unsigned/output.txt" "$work/signed/output.txt"
"$folio" ledger verify --rerender --ledger "$work/signed/ledger.sqlite" | tail -1
