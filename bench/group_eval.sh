#!/usr/bin/env bash
# bench/group_eval.sh — story grouping quality and speed in one run.
#
#   ECB+ topics 1-25 (../shared/tools/ecbplus.py): ingest into a fresh store, `stories --format json`
#     -> {"id","cluster"}; scored by ecbplus.py (events and topics), and apart on topics 1-22 (where the
#     method and its parameters were chosen) and 23-25 (held out).
#   Real news (/tmp/realnews/all.jsonl, 7 events, no dates): the same, in file order and shuffled (3 seeds).
#   Each set also through bench/group_bench --plain --batch 1, the baseline: a plain tf-idf single pass
#     (each document joins the story of highest mean cosine when it reaches the threshold).
#   Synthetic stream (bench/gen_corpus.py) at SIZES documents (default "100000 1000000"; streamed
#     through a FIFO, nothing written to disk): grouping alone (features timed apart; CPU seconds of
#     the one thread), docs/s and peak RSS, event grouping and plain baseline in the same run, and at
#     10,000 documents the pairwise and BCubed scores against the generator's labels.
#
# usage: bash bench/group_eval.sh            (SIZES="10000" for a quick run; SIZES="" to skip speed)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=$ROOT/../shared/tools
OUT=${OUT:-/tmp/np_group_eval}
SIZES=${SIZES-"100000 1000000"}
mkdir -p "$OUT"
make -s -j2 build/newsprism build/bench/group_bench >/dev/null
NP=$ROOT/build/newsprism
GB=$ROOT/build/bench/group_bench
SCORE="python3 $ROOT/bench/group_score.py"

# stories --format json -> one {"id": doc key, "cluster": story} a line
stories_jsonl() {
    "$NP" --db "$1" stories --format json | python3 -c '
import json, sys
for s in json.load(sys.stdin)["stories"]:
    for d in s["docs"]:
        print(json.dumps({"id": d["doc"], "cluster": s["id"]}))'
}

ingest_fresh() { # DB INPUT
    rm -f "$1" "$1-wal" "$1-shm"
    "$NP" --db "$1" --quiet ingest "$2" >/dev/null || [ $? -eq 3 ] # 3: some inputs rejected (empty after cleaning)
}

echo "== ECB+ topics 1-25 (events; topics)"
[ -f /tmp/ecb/ecb.jsonl ] || python3 "$SHARED/ecbplus.py" materialize /tmp/ecb >/dev/null
$SCORE split /tmp/ecb/ecb.jsonl /tmp/ecb/labels.json "$OUT"
ingest_fresh "$OUT/ecb.db" /tmp/ecb/ecb.jsonl
stories_jsonl "$OUT/ecb.db" >"$OUT/ecb_pred.jsonl"
python3 "$SHARED/ecbplus.py" score "$OUT/ecb_pred.jsonl" /tmp/ecb
$SCORE "$OUT/ecb_pred.jsonl" "$OUT/train_event.jsonl" --topic "$OUT/train_topic.jsonl" --name "ECB 1-22 (tuning)"
$SCORE "$OUT/ecb_pred.jsonl" "$OUT/dev_event.jsonl" --topic "$OUT/dev_topic.jsonl" --name "ECB 23-25 (held out)"
"$GB" --plain --batch 1 --out "$OUT/ecb_plain.jsonl" /tmp/ecb/ecb.jsonl 2>/dev/null
$SCORE "$OUT/ecb_plain.jsonl" /tmp/ecb/gold_event.jsonl --topic /tmp/ecb/gold_topic.jsonl --name "ECB plain baseline"

echo "== real news (7 events, no dates)"
$SCORE realgold /tmp/realnews/all.jsonl "$OUT/real_gold.jsonl"
ingest_fresh "$OUT/real.db" /tmp/realnews/all.jsonl
stories_jsonl "$OUT/real.db" >"$OUT/real_pred.jsonl"
$SCORE "$OUT/real_pred.jsonl" "$OUT/real_gold.jsonl" --name "realnews file order"
for seed in 1 2 3; do
    $SCORE shuffle /tmp/realnews/all.jsonl "$OUT/real_shuf$seed.jsonl" "$seed"
    ingest_fresh "$OUT/real.db" "$OUT/real_shuf$seed.jsonl"
    stories_jsonl "$OUT/real.db" >"$OUT/real_pred.jsonl"
    $SCORE "$OUT/real_pred.jsonl" "$OUT/real_gold.jsonl" --name "realnews shuffled $seed"
done
"$GB" --plain --batch 1 --out "$OUT/real_plain.jsonl" /tmp/realnews/all.jsonl 2>/dev/null
$SCORE "$OUT/real_plain.jsonl" "$OUT/real_gold.jsonl" --name "realnews plain baseline"

echo "== synthetic 10,000 (labels)"
python3 "$ROOT/bench/gen_corpus.py" --n 10000 --out "$OUT/gen10k" --format jsonl --labels "$OUT/gen10k_labels.jsonl" >/dev/null
"$GB" --out "$OUT/syn_pred.jsonl" "$OUT/gen10k/articles.jsonl" 2>/dev/null
$SCORE "$OUT/syn_pred.jsonl" "$OUT/gen10k_labels.jsonl" --name "synthetic event"
"$GB" --plain --batch 1 --out "$OUT/syn_plain.jsonl" "$OUT/gen10k/articles.jsonl" 2>/dev/null
$SCORE "$OUT/syn_plain.jsonl" "$OUT/gen10k_labels.jsonl" --name "synthetic plain"
rm -rf "$OUT/gen10k"

for n in $SIZES; do
    echo "== synthetic stream, $n documents (grouping alone; features timed apart)"
    for mode in "" "--plain --batch 1"; do
        rm -rf "$OUT/gen" && mkdir -p "$OUT/gen" && mkfifo "$OUT/gen/articles.jsonl"
        python3 "$ROOT/bench/gen_corpus.py" --n "$n" --out "$OUT/gen" --format jsonl >/dev/null &
        "$GB" $mode - <"$OUT/gen/articles.jsonl"
        wait
    done
done
rm -rf "$OUT/gen"
