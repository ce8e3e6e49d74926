#!/usr/bin/env bash
# Legal redline of a long terms of service: two versions of 30 printed pages each (15,000 words,
# 40 then 42 articles) written by bench/redline/generate.py with their ground truth amendments.json
# (3 articles added, 1 deleted, 1 moved, 1 split in two, 2 merged, 15 sentences reworded, 6 figures
# changed, quotes retyped and paragraphs reflowed). Prints the median wall time of RUNS runs, in ms,
# of `folio terms diff --files old.md new.md` as text, PDF and JSON (release build), then the same
# pair through PyPI redlines (the version pinned below, installed in a venv in out/bench-redline/
# when not importable): its median time in process and what its output shows of the amendments
# (bench/redline/compare_redlines.py). The folio part is skipped while `folio terms diff` does not exist.
# Usage: bench/redline.sh [RUNS]   (default 5; FOLIO=path/to/folio to time another binary)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=out/bench-redline
redlines_version=0.6.2            # tested; it imports typing_extensions without declaring it
typing_extensions_version=4.16.0
python3 bench/redline/generate.py "$out"

median_ms() {  # median_ms CMD...: runs CMD $runs times, prints the median wall time in ms
    local i start end times=()
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        "$@" > "$out/last-output.txt"
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n |
        awk '{ t[NR] = $1 } END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}

folio=${FOLIO:-.build/release/folio}
if [[ ! -x $folio ]]; then
    swift build -c release --product folio > "$out/build.log" 2>&1 || echo "swift build failed (see $out/build.log)"
fi
help=$("$folio" terms diff --help 2>&1) || help=""
if [[ $help != *--files* ]]; then  # an unknown subcommand's --help prints `folio terms`'s help and exits 0
    echo "folio: skipped, \`$folio terms diff --help\` does not offer --files (the command does not exist in this build)"
else
    files=(terms diff --files "$out/old.md" "$out/new.md")
    printf 'folio terms diff --files old.md new.md (%s), median of %d:\n' "$folio" "$runs"
    printf '  --format text: %s ms\n' "$(median_ms "$folio" "${files[@]}" --format text --output /dev/null)"
    printf '  --format pdf:  %s ms' "$(median_ms "$folio" "${files[@]}" --format pdf --output "$out/redline.pdf")"
    printf '  (%s)\n' "$(tail -n 1 "$out/last-output.txt")"
    printf '  --format json: %s ms  (%s)\n' "$(median_ms "$folio" "${files[@]}" --format json --output "$out/redline.json")" "$out/redline.json"
fi

python=python3
if ! python3 -c "import importlib.metadata as m, redlines; assert m.version('redlines') == '$redlines_version'" 2>/dev/null; then
    python=$out/venv/bin/python
    if ! "$python" -c "import redlines" 2>/dev/null; then
        python3 -m venv "$out/venv"
        "$out/venv/bin/pip" install --quiet "redlines==$redlines_version" "typing_extensions==$typing_extensions_version"
    fi
fi
"$python" bench/redline/compare_redlines.py "$out" "$runs"
