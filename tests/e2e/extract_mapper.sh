# The crawl-scale contract (issue 11): `extract --format jsonl -` is a pure
# per-record stdin->stdout mapper, so Hadoop Streaming or Spark's RDD.pipe can
# run it over splits of the input in parallel.  Checked here: several extract
# processes over line splits of a JSONL crawl (and over separate WARC files)
# print the same articles as one process over the whole input, and `ingest`
# stores exactly those articles from the concatenated output.
. "$NP_ROOT/tests/e2e_lib.sh"
fx="$NP_ROOT/tests/fixtures/warc"
in="$WORK/crawl.jsonl"
python3 - "$in" <<'PY'
import json, sys
towns = ["Kesh Point", "Orlen", "Vastry", "Maudry Cove", "Tessel", "Brannoch", "Ilvar", "Calder Bay",
         "Norrow", "Sefton Reach", "Aubrin", "Holm"]
with open(sys.argv[1], "w") as f:
    for i, town in enumerate(towns):
        body = "".join(f"<p>The council of {town} voted {i + 3} to {i + 1} on night {k} to rebuild the pier, "
                       f"and the harbour master said repairs would take {k + 2} weeks.</p>" for k in range(6))
        html = (f"<html><head><title>{town} votes to rebuild its pier</title></head><body>"
                f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{town} votes</h1>{body}"
                f"</article><footer>All rights reserved.</footer></body></html>")
        f.write(json.dumps({"id": f"pier-{i}", "url": f"https://coast-gazette.example/{i}", "html": html}) + "\n")
    f.write("{not json\n")  # a bad record: reported by the mapper that gets it, the others go on
PY
# one process over everything
"$NEWSPRISM" extract --format jsonl - <"$in" >"$WORK/one.jsonl" 2>"$WORK/one.err"
rc=$?
[ "$rc" -eq 3 ] && pass "one mapper: bad line reported (exit 3)" || fail "one mapper: exit $rc, wanted 3"
# three processes at once over line splits, as Hadoop Streaming would feed them
split -n l/3 -d "$in" "$WORK/part."
pids=""
for p in "$WORK"/part.0*; do
    "$NEWSPRISM" extract --format jsonl - <"$p" >"$p.out" 2>"$p.err" &
    pids="$pids $!"
done
for pid in $pids; do wait "$pid"; done
cat "$WORK"/part.0*.out >"$WORK/many.jsonl"
# WARC files are not line-splittable: each mapper takes whole files
"$NEWSPRISM" extract --format jsonl "$fx/std-v10.warc" "$fx/std-v11.warc" >"$WORK/warc-one.jsonl" 2>/dev/null
"$NEWSPRISM" extract --format jsonl "$fx/std-v10.warc" >"$WORK/warc-a.jsonl" 2>/dev/null &
"$NEWSPRISM" extract --format jsonl "$fx/std-v11.warc" >"$WORK/warc-b.jsonl" 2>/dev/null &
wait
cat "$WORK/warc-a.jsonl" "$WORK/warc-b.jsonl" >"$WORK/warc-many.jsonl"
python3 - "$WORK" <<'PY' && pass "split mappers print what one mapper prints" || fail "split mappers differ from one mapper"
import json, sys
w = sys.argv[1]
def load(name):
    recs = []
    for line in open(f"{w}/{name}", encoding="utf-8"):
        r = json.loads(line)
        r.pop("source", None)  # names the split and line: the only field that may differ
        recs.append(json.dumps(r, sort_keys=True))
    return sorted(recs)
for a, b, n in (("one.jsonl", "many.jsonl", 12), ("warc-one.jsonl", "warc-many.jsonl", None)):
    one, many = load(a), load(b)
    assert one == many, (a, len(one), len(many))
    arts = [json.loads(r) for r in one if json.loads(r).get("text")]
    assert n is None or len(arts) == n, (a, len(arts))
    assert arts, a
PY
# the reduce side: ingest of the concatenated mapper output stores each article once
expect_rc 0 "ingest the mappers' output" -- "$NEWSPRISM" --quiet --db "$WORK/m.db" ingest "$WORK/many.jsonl"
n=$(doc_count "$WORK/m.db")
[ "$n" -eq 12 ] && pass "12 articles stored" || fail "stored $n articles, wanted 12"
expect_rc 0 "ingest it again" -- "$NEWSPRISM" --quiet --db "$WORK/m.db" ingest "$WORK/one.jsonl"
n=$(doc_count "$WORK/m.db")
[ "$n" -eq 12 ] && pass "re-ingest stores nothing twice" || fail "after re-ingest $n articles, wanted 12"
finish
