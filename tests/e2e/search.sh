# newsprism search: FTS5 over stored articles, bm25 order, snippets with the
# hit marked, phrase and prefix queries, filters, malformed queries.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/s.db"
cat > "$WORK/a.jsonl" <<'J'
{"id":"a1","title":"Harbour crane collapses in storm","outlet":"Coast Daily","published":"2025-03-02","text":"A harbour crane collapsed during the storm on Sunday night.\n\nWorkers had left the quay an hour earlier, the port authority said."}
{"id":"a2","title":"Storm closes schools","outlet":"Valley Post","published":"2025-03-03","text":"Schools across the valley stayed shut on Monday after the storm brought down power lines.\n\nThe harbour was not affected."}
{"id":"a3","title":"Council budget approved","outlet":"Coast Daily","published":"2025-04-10","text":"The council approved a budget that adds two new ferry routes and repairs the old crane yard."}
J
np --db "$db" ingest "$WORK/a.jsonl" >/dev/null 2>&1
expect_rc 0 "search a word" -- np --db "$db" search harbour
expect_grep "2 matching documents" "$WORK/out" "two documents mention harbour"
expect_grep "\[\[harbour\]\]" "$WORK/out" "the hit is marked in the snippet"
first=$(grep -m1 '^1\. ' "$WORK/out")
case "$first" in *"Harbour crane"*) pass "title hit ranks first (bm25, title weight)";; *) fail "rank: $first";; esac
expect_rc 0 "phrase query" -- np --db "$db" search '"power lines"'
expect_grep "1 matching document" "$WORK/out" "phrase matches one document"
expect_rc 0 "phrase that is not in order" -- np --db "$db" search '"lines power"'
expect_grep "0 matching documents" "$WORK/out" "out-of-order phrase matches nothing"
expect_rc 0 "prefix query" -- np --db "$db" search 'cran*'
expect_grep "2 matching documents" "$WORK/out" "prefix matches crane in two documents"
expect_rc 0 "outlet filter" -- np --db "$db" search crane --outlet "Valley Post"
expect_grep "0 matching documents" "$WORK/out" "outlet filter excludes"
expect_rc 0 "date filter" -- np --db "$db" search crane --until 2025-03
expect_grep "1 matching document" "$WORK/out" "--until keeps only March"
expect_rc 0 "since filter" -- np --db "$db" search crane --since 2025-04
expect_grep "Council budget" "$WORK/out" "--since keeps April"
expect_rc 0 "json" -- np --db "$db" search storm --format json --limit 1
python3 - "$WORK/out" <<'P' && pass "json shape and highlight ranges" || fail "json shape"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["total"] == 2 and len(d["hits"]) == 1, d
h = d["hits"][0]
for k in ("id", "doc", "story", "title", "outlet", "published", "rank", "snippet", "highlights"):
    assert k in h, k
s = h["snippet"].encode()
assert h["highlights"], h
for a, b in h["highlights"]:
    assert s[a:b].decode().lower() == "storm", s[a:b]
P
expect_rc 2 "malformed query" -- np --db "$db" search '"unterminated'
expect_grep "malformed search query" "$WORK/err" "malformed query is explained"
expect_rc 2 "bad column filter" -- np --db "$db" search 'nosuchcol:word'
expect_rc 2 "empty query" -- np --db "$db" search
expect_rc 2 "limit out of range" -- np --db "$db" search storm --limit 0
long=$(python3 -c "print('a' * 600)")
expect_rc 2 "over-long query" -- np --db "$db" search "$long"
expect_rc 4 "missing store" -- np --db "$WORK/none.db" search storm
finish
