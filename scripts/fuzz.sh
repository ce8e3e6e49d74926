#!/usr/bin/env bash
# The coverage-guided fuzz targets of fuzz/README.md, built with libFuzzer and AddressSanitizer.
#   scripts/fuzz.sh build               builds every target into .build-fuzz (FOLIO_FUZZ=1)
#   scripts/fuzz.sh run [SECONDS] [T…]  fuzzes each target (all by default) for SECONDS (default 60),
#                                       starting from fuzz/corpus/T; new inputs go to out/fuzz/T/corpus,
#                                       crashes, hangs and leaks to out/fuzz/T/ (crash-*, timeout-*, leak-*)
#   scripts/fuzz.sh replay [T…]         runs each target once on its committed corpus (seconds)
#   scripts/fuzz.sh report [T…]         executions, coverage and findings of every run kept in out/fuzz
set -euo pipefail
cd "$(dirname "$0")/.."
TARGETS=(order profile rates template einvoice pdf redline)
BIN=.build-fuzz/release
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan-suppressions.txt:print_suppressions=0"

build() {
    for target in "${TARGETS[@]}"; do
        FOLIO_FUZZ=1 swift build --scratch-path .build-fuzz -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
            --product "fuzz-$target" 2>&1 | grep -v "Cannot export local symbol" || true
        test -x "$BIN/fuzz-$target" || { echo "fuzz-$target did not build" >&2; exit 1; }
    done
}

# -rss_limit_mb and -malloc_limit_mb: an input that needs more memory is a bug (a limit missing).
# -timeout: an input that takes more than 10 s is a hang.
run() {
    local seconds="$1"; shift
    for target in "$@"; do
        local work="out/fuzz/$target"
        mkdir -p "$work/corpus"
        echo "== $target: $seconds s"
        "$BIN/fuzz-$target" "$work/corpus" "fuzz/corpus/$target" -max_total_time="$seconds" \
            -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len=65536 -print_final_stats=1 \
            -artifact_prefix="$work/" 2>&1 | grep -v "Cannot export local symbol" | tee "$work/log-$(date +%Y%m%d-%H%M%S).txt" \
            | grep -E "^#[0-9]+ *(DONE|INITED)|^stat::|ERROR|SUMMARY|Test unit written" || true
    done
}

replay() {
    for target in "$@"; do
        "$BIN/fuzz-$target" -runs=0 -timeout=10 -rss_limit_mb=2048 "fuzz/corpus/$target" 2>&1 \
            | grep -E "INITED|DONE|ERROR|SUMMARY" || true
    done
}

# Sums every run's executions (libFuzzer's stat::number_of_executed_units), the most coverage
# (the most cov: edges reached in any run), and the crash, leak, timeout and out-of-memory inputs kept.
report() {
    printf "%-9s %12s %8s %9s  %s\n" target executions cov "exec/s" findings
    for target in "$@"; do
        local logs=(out/fuzz/"$target"/log-*.txt)
        [ -e "${logs[0]}" ] || continue
        local executions cov speed findings
        executions=$(grep -ah "^stat::number_of_executed_units" "${logs[@]}" | awk '{ sum += $2 } END { print sum + 0 }')
        cov=$(grep -aho "cov: [0-9]*" "${logs[@]}" | cut -d' ' -f2 | sort -n | tail -1)
        speed=$(grep -ah "^stat::average_exec_per_sec" "${logs[@]}" | awk '{ sum += $2; n++ } END { print n ? int(sum / n) : 0 }')
        findings=$(find "out/fuzz/$target" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
        printf "%-9s %12s %8s %9s  %s\n" "$target" "$executions" "${cov:-0}" "$speed" "$findings"
    done
}

command="${1:-run}"; shift || true
seconds=60
if [ "$command" = run ] && [ $# -gt 0 ]; then seconds="$1"; shift; fi
if [ $# -eq 0 ]; then set -- "${TARGETS[@]}"; fi
case "$command" in
    build) build ;;
    run) run "$seconds" "$@" ;;
    replay) replay "$@" ;;
    report) report "$@" ;;
    *) echo "usage: scripts/fuzz.sh build | run [SECONDS] [TARGET…] | replay [TARGET…] | report [TARGET…]" >&2; exit 2 ;;
esac
