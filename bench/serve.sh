#!/usr/bin/env bash
# Figures of folio serve (release build, on loopback, wrk as the load): drafts and issuances per
# second at 1, 8 and 64 concurrent connections, their p50 and p99 latency, the server's peak memory;
# issuance on a SQLite ledger and on a PostgreSQL one (a throwaway cluster, scripts/test-postgres.sh).
# Usage: bench/serve.sh [SECONDS per run, default 10]. Prints a table; figures also in out/bench-serve.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${FOLIO_TEST_POSTGRES:-}" ]; then exec ./scripts/test-postgres.sh "$0" "$@"; fi
seconds=${1:-10}
command -v wrk >/dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -qq wrk >/dev/null; }
swift build -c release --product folio >/dev/null
folio=$PWD/.build/release/folio
order=$PWD/examples/orders/01-domestic-several-rates.yaml
work=$(mktemp -d)
server=""
stop() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; }
trap 'stop; rm -rf "$work"' EXIT
key=$("$folio" serve add-key --keys "$work/keys.yaml" --name bench --company examples/company/profile.yaml)
mkdir -p out
csv=out/bench-serve.csv
echo "ledger,route,connections,requests_per_second,p50_ms,p99_ms,non_2xx,peak_rss_mb" > "$csv"

start() {   # start LEDGER: a server on a free port; sets server and port
    "$folio" serve --keys "$work/keys.yaml" --ledger "$1" --port 0 --log-level warning > "$work/out" 2> "$work/err" &
    server=$!
    for _ in $(seq 100); do grep -q "Listening" "$work/out" 2>/dev/null && break; sleep 0.1; done
    port=$(grep -o '[0-9]*$' "$work/out")
}

ms() {   # wrk's latency (« 12.34ms », « 1.20s », « 800.00us ») in milliseconds
    python3 -c "
import re, sys
v, u = re.match(r'([0-9.]+)(us|ms|s)', sys.argv[1]).groups()
print(round(float(v) * {'us': 0.001, 'ms': 1, 's': 1000}[u], 1))" "$1"
}

measure() {   # measure LEDGER-NAME ROUTE CONNECTIONS
    local threads=$(( $3 < 2 ? 1 : 2 ))
    FOLIO_KEY=$key FOLIO_PATH=$2 FOLIO_ORDER=$order FOLIO_RUN="$1-$3-$RANDOM$RANDOM" \
        wrk -t "$threads" -c "$3" -d "${seconds}s" --timeout 60s --latency -s bench/serve/issue.lua "http://127.0.0.1:$port" > "$work/wrk" 2>&1
    local rate p50 p99 errors rss
    rate=$(awk '/Requests\/sec/ {print $2}' "$work/wrk")
    p50=$(ms "$(awk '$1 == "50%" {print $2}' "$work/wrk")")
    p99=$(ms "$(awk '$1 == "99%" {print $2}' "$work/wrk")")
    errors=$(awk '/Non-2xx/ {print $5}' "$work/wrk"); errors=${errors:-0}
    rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")
    echo "$1,$2,$3,$rate,$p50,$p99,$errors,$rss" >> "$csv"
    printf '%-10s %-13s %5s   %8s/s   p50 %8s ms   p99 %8s ms   non-2xx %s   peak %s MB\n' "$1" "$2" "$3" "$rate" "$p50" "$p99" "$errors" "$rss"
}

echo "folio serve, $(nproc) cores, ${seconds} s per run, order $(basename "$order"), workers = cores"
start "$work/ledger.sqlite"
for connections in 1 8 64; do measure sqlite /v1/drafts "$connections"; done
for connections in 1 8 64; do measure sqlite /v1/invoices "$connections"; done
stop; server=""
database="folio_bench_$RANDOM$RANDOM"
psql "$FOLIO_TEST_POSTGRES" -qc "CREATE DATABASE $database"
start "${FOLIO_TEST_POSTGRES%/*}/$database"
for connections in 1 8 64; do measure postgres /v1/invoices "$connections"; done
"$folio" ledger verify --ledger "${FOLIO_TEST_POSTGRES%/*}/$database" | tail -1
stop; server=""
"$folio" ledger verify --ledger "$work/ledger.sqlite" | tail -1
