#!/usr/bin/env bash
# bench/ingest_bench.sh [--db sqlite|postgresql|both] BUILD_DIR — ingest throughput and
# peak memory of newsprism.
#
# Generates synthetic corpora with bench/gen_corpus.py into bench/out/ (10,000
# articles as JSONL and as text files, 100,000 as JSONL; reused when already
# generated with the same size, format, seed and generator version), then for each one runs
#     BUILD_DIR/newsprism --db bench/out/bench.db ingest PATH
# on a fresh database under /usr/bin/time -v (Debian package `time`) and prints
# articles/s, MB/s and peak RSS.  The baseline, measured in the same run, is a
# plain read of the same input (cat > /dev/null); "x read" is the ingest time
# as a multiple of that.
#
# --db picks the backend (default sqlite): postgresql starts a throw-away
# server with tests/pg_lib.sh (Debian postgresql; fsync off, like a test
# server) unless BENCH_PG_URL names a database to use, and ingests each case
# into a fresh database (--db postgresql://...); both runs every case on
# both.  Peak RSS is newsprism's own; the PostgreSQL server's work shows in
# the wall time (articles/s), not in the RSS column.
#
# Environment: BENCH_CASES (default "10000:jsonl 10000:txt 100000:jsonl"),
# BENCH_SEED (default 1), BENCH_OUT (default bench/out).
# Exit status: 0 when every ingest succeeded, 1 otherwise, 2 on usage errors.
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
backends=sqlite
if [ "${1:-}" = "--db" ]; then
    backends=${2:-}; shift 2 || true
    [ "$backends" = both ] && backends="sqlite postgresql"
fi
case "$backends" in sqlite|postgresql|"sqlite postgresql") ;; *)
    echo "usage: $0 [--db sqlite|postgresql|both] BUILD_DIR" >&2; exit 2 ;; esac
build=${1:-}
if [ -z "$build" ]; then
    echo "usage: $0 [--db sqlite|postgresql|both] BUILD_DIR   (e.g. $0 build)" >&2
    exit 2
fi
case $build in /*) ;; *) [ -d "$build" ] || build="$root/$build" ;; esac
bin="$build/newsprism"
if [ ! -x "$bin" ]; then
    echo "ingest_bench: $bin not found or not executable (build it with: make BUILD=$1)" >&2
    exit 2
fi
if [ ! -x /usr/bin/time ]; then
    echo "ingest_bench: /usr/bin/time missing (install the Debian package: apt-get install -y time)" >&2
    exit 2
fi
command -v python3 >/dev/null || { echo "ingest_bench: python3 missing" >&2; exit 2; }

cases=${BENCH_CASES:-"10000:jsonl 10000:txt 100000:jsonl"}
seed=${BENCH_SEED:-1}
out=${BENCH_OUT:-$root/bench/out}
mkdir -p "$out"
db="$out/bench.db"
case "$backends" in *postgresql*)
    . "$root/tests/pg_lib.sh"
    if [ -z "${BENCH_PG_URL:-}" ]; then
        trap pg_stop EXIT INT TERM
        pg_start >/dev/null || { echo "ingest_bench: cannot start PostgreSQL" >&2; exit 2; }
    fi ;;
esac
# a fresh store for one run: the SQLite file, or a new PostgreSQL database
fresh_store() { # BACKEND NAME
    if [ "$1" = sqlite ]; then
        rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
        echo "$db"
    elif [ -n "${BENCH_PG_URL:-}" ]; then
        "$(pg_bin)/psql" -X -q "$BENCH_PG_URL" -c "SET client_min_messages = warning;
            DROP TABLE IF EXISTS schema_version, brief_cache, analysis, doc_features,
            story_aliases, story_members, stories, documents CASCADE" >/dev/null
        echo "$BENCH_PG_URL"
    else
        pg_newdb "$2"
    fi
}

now_ns() { date +%s%N; }
# seconds since now_ns value $1
elapsed() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }
max_rss_kb() {
    awk -F': ' '/Maximum resident set size/ { print $NF }' "$1"
}
input_bytes() {
    find "$1" -type f ! -name .done -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s }'
}

status=0
rows=()
for c in $cases; do
    n=${c%%:*}; fmt=${c##*:}
    dir="$out/gen-$n-$fmt-s$seed"
    stamp=$(cksum < "$root/bench/gen_corpus.py")     # regenerate when the generator changed
    if [ "$(cat "$dir/.done" 2>/dev/null)" != "$stamp" ]; then
        rm -rf "$dir"
        python3 "$root/bench/gen_corpus.py" --n "$n" --out "$dir" --format "$fmt" --seed "$seed" \
            > "$out/gen-$n-$fmt.log" || { echo "ingest_bench: generator failed for $c" >&2; exit 1; }
        tail -n 1 "$out/gen-$n-$fmt.log"
        echo "$stamp" > "$dir/.done"
    fi
    if [ "$fmt" = jsonl ]; then path="$dir/articles.jsonl"; else path="$dir"; fi
    bytes=$(input_bytes "$path")

    # baseline: read the same bytes once (also warms the page cache for the run below)
    t0=$(now_ns)
    find "$path" -type f ! -name .done -exec cat {} + > /dev/null
    tread=$(elapsed "$t0")

  for be in $backends; do
    store=$(fresh_store "$be" "bench_${n}_$fmt")
    log="$out/ingest-$n-$fmt-$be.log"
    tfile="$out/time-ingest-$n-$fmt-$be.txt"
    t0=$(now_ns)
    /usr/bin/time -v -o "$tfile" "$bin" --db "$store" ingest "$path" > "$log" 2>&1
    rc=$?
    secs=$(elapsed "$t0")   # finer than /usr/bin/time's 10 ms wall clock; RSS comes from time -v
    rss=$(max_rss_kb "$tfile")
    if [ "$rc" -ne 0 ]; then
        status=1
        rows+=("$(printf '%-25s %8d %8.1f %8s %10s %8s %9s %8s  FAILED (exit %d, see %s)' \
            "$n $fmt $be" "$n" "$(echo "$bytes" | awk '{ printf "%.1f", $1 / 1e6 }')" "$secs" - - "$((rss / 1024))" - "$rc" "$log")")
        continue
    fi
    rows+=("$(awk -v n="$n" -v b="$bytes" -v s="$secs" -v r="$rss" -v tr="$tread" -v name="$n $fmt $be" 'BEGIN {
        if (s <= 0) s = 0.001; if (tr <= 0) tr = 0.001;
        printf "%-25s %8d %8.1f %8.3f %10.0f %8.2f %9.1f %8.1f", name, n, b / 1e6, s, n / s, b / 1e6 / s, r / 1024, s / tr }')")
  done
done

echo
echo "ingest benchmark: $bin (seed $seed, fresh store per case and backend: $backends)"
printf '%-25s %8s %8s %8s %10s %8s %9s %8s\n' case articles MB seconds articles/s MB/s 'RSS MB' 'x read'
for r in "${rows[@]}"; do echo "$r"; done
for c in $cases; do
    n=${c%%:*}; fmt=${c##*:}
    for be in $backends; do
        printf '%-25s newsprism said: %s\n' "$n $fmt $be" "$(tail -n 1 "$out/ingest-$n-$fmt-$be.log" 2>/dev/null | cut -c1-100)"
    done
done
echo "(x read: ingest wall time / time to cat the same input in this run; logs and /usr/bin/time -v output in $out)"
exit $status
