# brief --format html: one self-contained page per brief; hostile article
# text (script tags, event handlers, javascript: URLs, broken UTF-8, a 10 MB
# title) never becomes markup; every claim of the JSON form is on the page.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/h.db"
np --db "$db" ingest "$NP_ROOT/tests/fixtures/hostile" "$NP_ROOT/examples/corpus" "$NP_ROOT/examples/corpus-jsonl" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 0 ] && pass "hostile corpus ingested, the JSONL line with bad bytes repaired (exit 0)" || fail "ingest exit $rc"
n=$(np --db "$db" stories --format json | python3 -c "import json,sys; print(len(json.load(sys.stdin)['stories']))")
[ "$n" -ge 2 ] && pass "$n stories" || fail "stories: $n"
i=1
while [ "$i" -le "$n" ] && [ "$i" -le 20 ]; do
    expect_rc 0 "brief $i as html" -- np --db "$db" brief "$i" --format html
    cp "$WORK/out" "$WORK/b$i.html"
    if python3 "$NP_ROOT/tests/lib/html_check.py" "$WORK/b$i.html" --standalone >"$WORK/chk" 2>&1; then
        pass "brief $i: no markup from article text, balanced, no external resources"
    else fail "brief $i html check"; sed 's/^/    /' "$WORK/chk" | head -5; fi
    np --db "$db" brief "$i" --format json >"$WORK/b$i.json"
    python3 - "$WORK/b$i.json" "$WORK/b$i.html" <<'P' && pass "brief $i: every claim and quote of the JSON is on the page" || fail "brief $i claims"
import json, sys, html
d = json.load(open(sys.argv[1]))["stories"][0]
page = open(sys.argv[2], encoding="utf-8").read()
facts = d.get("facts", [])
assert page.count("<details class=\"claim") == len(facts), (page.count("<details"), len(facts))
for f in facts:
    assert html.escape(f["summary"], quote=True).replace("&#x27;", "&#39;") in page, f["summary"]
for q in d.get("quotes", []):
    for v in q["variants"]:
        assert html.escape(v["text"], quote=True).replace("&#x27;", "&#39;") in page, v["text"]
P
    i=$((i + 1))
done
size=$(wc -c < "$WORK/b1.html")
[ "$size" -lt 2000000 ] && pass "the 10 MB title does not make a 10 MB page ($size bytes)" || fail "page of $size bytes"
cat "$WORK"/b*.html > "$WORK/all.html"
expect_grep "&lt;script&gt;alert(4)&lt;/script&gt;" "$WORK/all.html" "script tag in article text shown as text"
finish
