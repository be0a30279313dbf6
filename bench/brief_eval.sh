#!/bin/bash
# bench/brief_eval.sh [BUILD] — brief quality on every set we can score, in one run:
#   seeds (../shared/seeds, gold.json), the sample corpus (examples/, its gold),
#   and the real-news claim golds (../shared/tools/realnews.py stories under /tmp/realnews,
#   scored by ../shared/tools/check_claims.py), and for the real-news stories with an editor's gold in
#   bench/golds/ (offsets into /tmp/realnews), check_brief.py on every section; and the claim golds of six ECB+
#   events no rule was tuned on (bench/ecb_claims.py, bench/golds/ecb-claims/); the claim golds of the three
#   NewsWCL50 events realnews.py leaves out, and a second annotator's golds of two real-news stories
#   (bench/newswcl_claims.py, bench/golds/newswcl-claims/). Sets that are missing are skipped.
# Prints one summary line per set, and under it a "(self)" line: where the brief contradicts itself
# (bench/brief_consistency.py, no gold needed); the scorers' full output goes to bench/out/brief_eval/.
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
consistency() {  # name, brief JSON: where the brief contradicts itself (bench/brief_consistency.py)
    python3 bench/brief_consistency.py "$2" --verbose >"${2%.json}.consistency.txt" 2>&1
    if [ "${VERBOSE:-0}" = 1 ]; then cat "${2%.json}.consistency.txt"; fi
    printf '%-28s %s\n' "$1 (self)" "$(head -1 "${2%.json}.consistency.txt")"
}

if [ -f "$shared/seeds/gold.json" ]; then
    "$np" --quiet --db "$work/seeds.db" ingest "$shared/seeds" >/dev/null 2>&1
    "$np" --db "$work/seeds.db" brief --format json >"$out/seeds.json"
    python3 "$shared/tools/check_brief.py" "$out/seeds.json" "$shared/seeds/gold.json" --verbose >"$out/seeds.txt" 2>&1
    show seeds "$out/seeds.txt"
    consistency seeds "$out/seeds.json"
fi
if [ -f examples/corpus/gold.json ] && [ -f "$shared/tools/check_brief.py" ]; then
    "$np" --quiet --db "$work/corpus.db" ingest examples/corpus examples/corpus-jsonl >/dev/null 2>&1
    "$np" --db "$work/corpus.db" brief --format json >"$out/corpus.json"
    python3 "$shared/tools/check_brief.py" "$out/corpus.json" examples/corpus/gold.json --verbose >"$out/corpus.txt" 2>&1
    show corpus "$out/corpus.txt"
    consistency corpus "$out/corpus.json"
fi
if [ -d "$rn" ] && [ -d "$shared/data/realnews-claims" ]; then
    rm -f "$out"/*.brief.txt
    for claims in "$shared"/data/realnews-claims/*.claims.json; do
        e=$(basename "$claims" .claims.json)
        [ -d "$rn/$e" ] || continue
        "$np" --quiet --db "$work/$e.db" ingest "$rn/$e"/*.txt >/dev/null 2>&1
        "$np" --db "$work/$e.db" brief --format json >"$out/$e.json"
        python3 "$shared/tools/check_claims.py" score "$out/$e.json" "$claims" "$rn/$e" --verbose >"$out/$e.claims.txt" 2>&1
        show "$e" "$out/$e.claims.txt"
        consistency "$e" "$out/$e.json"
        # editor's gold of the other sections (bench/golds/README.md): offsets only in the repository,
        # rebuilt with the texts under the temp dir; a text that changed is reported, not scored
        if [ -f "bench/golds/$e.offsets.json" ]; then
            if python3 bench/golds/materialize.py --texts "$rn" --out "$work/golds" "$e" >/dev/null 2>"$out/$e.brief.txt"; then
                python3 "$shared/tools/check_brief.py" "$out/$e.json" "$work/golds/$e.gold.json" --verbose >"$out/$e.brief.txt" 2>&1
                show "$e (gold)" "$out/$e.brief.txt"
            else
                printf '%-28s %s\n' "$e (gold)" "not scored: $(head -1 "$out/$e.brief.txt")"
            fi
        fi
    done
    ls "$out"/*.brief.txt >/dev/null 2>&1 && grep -h -E '^brief (precision|score)' "$out"/*.brief.txt | awk '
        /precision/ { gsub(/[%]/, "", $3); p += $3; np++ } /score/ { gsub(/[%]/, "", $3); r += $3; nr++ }
        END { if (np && nr) printf "%-28s brief precision %.1f%%  brief recall %.1f%%  (%d golds)\n", "realnews golds mean", p/np, r/nr, nr }'
    grep -h '^consistency:' "$out"/[0-9]*.consistency.txt | awk '{q+=$3; s+=$5; o+=$11; n++}
        END { if (n) printf "%-28s quote-count %d  shared-sentence %d  open-quote %d  (%d stories)\n", "realnews self total", q, s, o, n }'
    grep -h '^claims:' "$out"/*.claims.txt | awk '{p+=$4; f+=$8; s+=$11; n++}
        END { if (n) printf "%-28s pair P %.3f  pair F1 %.3f  single-source P %.3f  (%d stories)\n", "realnews mean", p/n, f/n, s/n, n }'
fi
# claim golds of six ECB+ events no rule was tuned on (bench/ecb_claims.py; needs ../shared/tools/ecbplus.py
# and its dataset snapshot): pair and single-source precision on stories of 9-11 outlets
if [ -f "$shared/tools/ecbplus.py" ] && [ -d bench/golds/ecb-claims ]; then
    python3 bench/ecb_claims.py --build "$build" >"$out/ecb_claims.txt" 2>&1 || true
    grep -E '^ecb claims mean|not scored|failed' "$out/ecb_claims.txt" | head -3
fi
# the three NewsWCL50 events no rule was tuned on before 2026-12-06 (bench/newswcl_claims.py; needs the
# corpus snapshot realnews.py reads), and two tuned stories scored against a second annotator's gold
if [ -f "$shared/tools/realnews.py" ] && [ -d bench/golds/newswcl-claims ]; then
    python3 bench/newswcl_claims.py --build "$build" >"$out/newswcl_claims.txt" 2>&1 || true
    grep -E '^[239]-|^newswcl unseen mean|\((1st|2nd)\)|not scored|failed' "$out/newswcl_claims.txt" | head -12
fi
