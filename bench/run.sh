#!/bin/bash
# bench/run.sh [BUILD] — every benchmark in one go (what `make bench` runs).
# Each prints its figures with a baseline measured in the same run where one
# exists.  Slow parts can be skipped: SKIP="ingest extract warc brief lang serve".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
cd "$root"
make -s -j2 BUILD="$build" all tools
skip=" ${SKIP:-} "
shared=${NP_SHARED:-$root/../shared}
rc=0
if [[ $skip != *" ingest "* ]]; then
    echo "=== ingest throughput (10k and 100k synthetic articles)"
    bash bench/ingest_bench.sh "$build" || rc=1
fi
if [[ $skip != *" extract "* ]] && [ -d "$shared/data/extraction/scrapinghub" ]; then
    echo "=== HTML extraction: accuracy and speed against Readability.js"
    bash bench/extract_eval.sh "$build" || rc=1
fi
if [[ $skip != *" warc "* ]] && [ -d "$shared/data/extraction/scrapinghub" ]; then
    echo "=== WARC: 1 GB crawl file built from the benchmark pages"
    w=bench/out/bench.warc.gz
    [ -f "$w" ] || python3 bench/make_warc.py --size-mb "${WARC_MB:-1024}" || rc=1
    "$build/bench/warc_bench" "$w" || rc=1
    "$build/bench/warc_bench" --extract "$w" || rc=1
fi
if [[ $skip != *" brief "* ]]; then
    echo "=== brief: full analysis and 200-article story"
    seeds=("$shared"/seeds/0*.txt)
    [ -f "${seeds[0]}" ] || seeds=(examples/corpus/0[1-6]*.txt)
    "$build/bench/brief_bench" --scale 200 "${seeds[@]}" || rc=1
    "$build/bench/analysis_bench" "${seeds[@]}" || rc=1
    echo "=== brief at scale: 1,000 and 10,000 articles, stored analysis"
    "$build/bench/brief_bench" --scale 1000 examples/corpus/*.txt || rc=1
    "$build/bench/brief_bench" --stored 1000 examples/corpus/*.txt || rc=1
    [ "${BRIEF_10K:-1}" = 0 ] || "$build/bench/brief_bench" --scale 10000 examples/corpus/*.txt || rc=1
fi
if [[ $skip != *" lang "* ]] && [ -r /usr/share/libexttextcat/fpdb.conf ]; then
    echo "=== language identification against textcat_Classify and np_analyze"
    "$build/bench/lang_bench" || rc=1
fi
if [[ $skip != *" serve "* ]] && command -v curl >/dev/null; then
    echo "=== web server: 200-article story page and search against a static file"
    bash bench/serve_bench.sh "$build" || rc=1
fi
exit $rc
