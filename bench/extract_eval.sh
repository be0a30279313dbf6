#!/bin/bash
# bench/extract_eval.sh [BUILD] — accuracy and speed of the HTML extractor on
# the article-extraction benchmark (../shared/data/extraction/scrapinghub),
# against Readability.js (+ jsdom) timed in the same run, then its accuracy
# on the trafilatura evaluation set (../shared/data/extraction/trafilatura-eval,
# 990 pages, "must contain"/"must not contain" segments) when present.
#   1. builds BUILD/bench/extract_bench (release build, default dir "build")
#   2. extracts every page into bench/out/extract/<id>.txt (+ meta.jsonl), timed
#   3. scores it with ../shared/tools/eval_extraction.py
#   4. scores trafilatura-eval (bench/out/extract_trafilatura/<id>.txt) with
#      ../shared/tools/eval_trafilatura.py, and counts the extraction paths
#   5. unless NO_READABILITY=1: npm-installs bench/readability (once), times
#      Readability.js on the same pages, scores it, prints the speed ratio.
# REPEAT (default 3) sets the number of timed passes of our extractor.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
shared=${NP_SHARED:-$root/../shared}
data=$shared/data/extraction/scrapinghub
score=$shared/tools/eval_extraction.py
[ -d "$data/html" ] || { echo "no benchmark data at $data" >&2; exit 1; }
cd "$root"
make -s -j2 BUILD="$build" tools >/dev/null
out=$root/bench/out/extract
rm -rf "$out" && mkdir -p "$out"
echo "== newsprism"
"$build/bench/extract_bench" "$data" "$out" "${REPEAT:-3}" | tee "$root/bench/out/extract_bench.log"
python3 "$score" "$out" | grep -E '^(precision|recall|f1|accuracy|pages|extraction)'
traf=$shared/data/extraction/trafilatura-eval
if [ -d "$traf/html" ]; then
    echo "== newsprism on trafilatura-eval"
    tout=$root/bench/out/extract_trafilatura
    rm -rf "$tout" && mkdir -p "$tout"
    "$build/bench/extract_bench" "$traf" "$tout" 1 | grep -E '^(pages|newsprism)'
    python3 "$shared/tools/eval_trafilatura.py" "$tout" | grep -E '^(precision|recall|f1|pages|trafilatura-eval)'
    python3 - "$tout/meta.jsonl" <<'PY'
import collections, json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
paths = collections.Counter(r.get("extraction") or "none" for r in rows)
reasons = collections.Counter(r["reason"].split("]")[0].split("[")[-1] for r in rows if r.get("reason"))
print("extraction paths:", ", ".join(f"{k} {v}" for k, v in paths.most_common()),
      "| no article:", ", ".join(f"{k} {v}" for k, v in reasons.most_common()) or "none")
PY
fi
ours=$(sed -n 's/^newsprism: \([0-9.]*\) ms\/page.*/\1/p' "$root/bench/out/extract_bench.log")
ours_cpu=$(sed -n 's/^cpu time: \([0-9.]*\) ms\/page.*/\1/p' "$root/bench/out/extract_bench.log")
if [ "${NO_READABILITY:-0}" = 1 ]; then exit 0; fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node/npm not found: Readability.js baseline skipped"; exit 0
fi
echo "== Readability.js (bench/readability)"
rd=$root/bench/readability
if [ ! -d "$rd/node_modules/@mozilla/readability" ] || [ ! -d "$rd/node_modules/jsdom" ]; then
    (cd "$rd" && npm install --no-audit --no-fund --silent) || { echo "npm install failed: baseline skipped"; exit 0; }
fi
node "$rd/readability_bench.js" "$data" "$root/bench/out/readability.jsonl" | tee "$root/bench/out/readability.log"
python3 "$score" "$root/bench/out/readability.jsonl" | grep -E '^(precision|recall|f1|extraction)'
theirs=$(sed -n 's/^readability: \([0-9.]*\) ms\/page.*/\1/p' "$root/bench/out/readability.log")
theirs_cpu=$(sed -n 's/^readability cpu time: \([0-9.]*\) ms\/page.*/\1/p' "$root/bench/out/readability.log")
if [ -n "$ours" ] && [ -n "$theirs" ]; then
    awk -v a="$theirs" -v b="$ours" 'BEGIN { printf "speed (wall): newsprism %.3f ms/page, Readability.js %.1f ms/page: %.0fx faster\n", b, a, a / b }'
fi
if [ -n "$ours_cpu" ] && [ -n "$theirs_cpu" ]; then
    awk -v a="$theirs_cpu" -v b="$ours_cpu" 'BEGIN { printf "speed (cpu):  newsprism %.3f ms/page, Readability.js %.1f ms/page: %.0fx less cpu\n", b, a, a / b }'
fi
