#!/usr/bin/env bash
# The peer benchmark of issue 17 §1: Folio against Typst, WeasyPrint and ReportLab, in one run on
# this machine, from the same data (bench/peers/gen_data.py: N French B2B invoices of 20 lines,
# YAML orders for Folio, the same as JSON for the peers) and the same fonts (fonts/, Noto Sans).
# It measures a batch of invoices in one process (ms per document, documents per second), one
# invoice from process start to PDF (median of 5 runs), scaling from 1 to 10,000 invoices (wall
# time and peak memory), a 30-page justified terms document, and Folio issuing into a fresh
# ledger from one process and from two at once; then prints the table and writes
# out/bench-peers/results.csv and out/bench-peers/chart.png (see bench/peers/README.md).
#
#   bash bench/peers.sh            batch of 1,000, scaling 1 … 10,000 (about an hour and a half on 2 cores)
#   bash bench/peers.sh --quick    batch of 100, scaling 1 … 100 (a few minutes)
#   bash bench/peers.sh --tools folio,typst --batch 500 --scaling 1,10,500   (see run.py --help)
#   make bench-peers               builds Folio and folio-bench in release mode first
#
# Folio's binaries: FOLIO (default .build/release/folio) and FOLIO_BENCH (default
# .build/release/folio-bench, for the terms in process; left out when missing). The peers are
# installed at the versions pinned below into a virtual environment, out/bench-peers/venv; the
# system libraries WeasyPrint needs (Pango) are installed with apt-get when missing.
set -euo pipefail

cd "$(dirname "$0")/.."
repository=$(pwd)
export FOLIO="${FOLIO:-$repository/.build/release/folio}"
export FOLIO_BENCH="${FOLIO_BENCH:-$repository/.build/release/folio-bench}"
out="$repository/out/bench-peers"
venv="$out/venv"
# The versions this benchmark was written and run with.
pinned=(typst==0.15.2 weasyprint==70.0 reportlab==5.1.0 matplotlib==3.11.2)

packages=(python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils time)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

wants_help=false
for argument in "$@"; do
    case "$argument" in -h|--help) wants_help=true ;; esac
done
if [ "$wants_help" = false ] && [ ! -x "$FOLIO" ]; then
    echo "No Folio binary at $FOLIO: run 'swift build -c release --product folio' (or make bench-peers), or set FOLIO=" >&2
    exit 1
fi

mkdir -p "$out"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" - "${pinned[@]}" <<'EOF'
import importlib.metadata, sys
for pin in sys.argv[1:]:
    name, version = pin.split("==")
    try:
        installed = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(1)
    if installed != version:
        sys.exit(1)
EOF
then
    echo "Installing ${pinned[*]} into $venv" >&2
    "$venv/bin/python" -m pip install -q --disable-pip-version-check "${pinned[@]}"
fi

exec "$venv/bin/python" bench/peers/run.py "$@"
