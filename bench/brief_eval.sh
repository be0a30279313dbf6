#!/bin/bash
# bench/brief_eval.sh [BUILD] — brief quality on every set we can score, in one run:
#   seeds (../shared/seeds, gold.json), the sample corpus (examples/, its gold),
#   and the real-news claim golds (../shared/tools/realnews.py stories under /tmp/realnews,
#   scored by ../shared/tools/check_claims.py). Sets that are missing are skipped.
# Prints one summary line per set; the scorers' full output goes to bench/out/brief_eval/.
# VERBOSE=1 also prints each scorer's full output.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
cd "$root"
make -s -j2 BUILD="$build" all >/dev/null || exit 1
np="$root/$build/newsprism"
shared=${NP_SHARED:-$root/../shared}
rn=${NP_REALNEWS:-/tmp/realnews}
out=bench/out/brief_eval
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

show() {  # name, scorer output file
    if [ "${VERBOSE:-0}" = 1 ]; then cat "$2"; fi
    printf '%-28s %s\n' "$1" "$(grep -E '^(brief precision|brief score|claims:)' "$2" | tr '\n' ' ')"
}

if [ -f "$shared/seeds/gold.json" ]; then
    "$np" --quiet --db "$work/seeds.db" ingest "$shared/seeds" >/dev/null 2>&1
    "$np" --db "$work/seeds.db" brief --format json >"$out/seeds.json"
    python3 "$shared/tools/check_brief.py" "$out/seeds.json" "$shared/seeds/gold.json" --verbose >"$out/seeds.txt" 2>&1
    show seeds "$out/seeds.txt"
fi
if [ -f examples/corpus/gold.json ] && [ -f "$shared/tools/check_brief.py" ]; then
    "$np" --quiet --db "$work/corpus.db" ingest examples/corpus examples/corpus-jsonl >/dev/null 2>&1
    "$np" --db "$work/corpus.db" brief --format json >"$out/corpus.json"
    python3 "$shared/tools/check_brief.py" "$out/corpus.json" examples/corpus/gold.json --verbose >"$out/corpus.txt" 2>&1
    show corpus "$out/corpus.txt"
fi
if [ -d "$rn" ] && [ -d "$shared/data/realnews-claims" ]; then
    for claims in "$shared"/data/realnews-claims/*.claims.json; do
        e=$(basename "$claims" .claims.json)
        [ -d "$rn/$e" ] || continue
        "$np" --quiet --db "$work/$e.db" ingest "$rn/$e"/*.txt >/dev/null 2>&1
        "$np" --db "$work/$e.db" brief --format json >"$out/$e.json"
        python3 "$shared/tools/check_claims.py" score "$out/$e.json" "$claims" "$rn/$e" --verbose >"$out/$e.claims.txt" 2>&1
        show "$e" "$out/$e.claims.txt"
        gold="bench/golds/$e.gold.json"
        if [ -f "$gold" ]; then
            python3 "$shared/tools/check_brief.py" "$out/$e.json" "$gold" --verbose >"$out/$e.brief.txt" 2>&1
            show "$e (gold)" "$out/$e.brief.txt"
        fi
    done
    grep -h '^claims:' "$out"/*.claims.txt | awk '{p+=$4; f+=$8; s+=$11; n++}
        END { if (n) printf "%-28s pair P %.3f  pair F1 %.3f  single-source P %.3f  (%d stories)\n", "realnews mean", p/n, f/n, s/n, n }'
fi
