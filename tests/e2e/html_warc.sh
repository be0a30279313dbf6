# HTML pages and WARC files through the CLI: ingest (files, gzip, stdin),
# extract in every format, damaged records reported with offsets.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/t.db"
fx="$NP_ROOT/tests/fixtures/warc"
mkdir -p "$WORK/pages"
cat > "$WORK/pages/story.html" <<'HTML'
<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Lighthouse keepers return to Kesh Point | The Coastal Times</title>
<meta property="og:site_name" content="The Coastal Times">
<meta name="author" content="Ines Duarte">
<meta property="article:published_time" content="2026-09-21T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Lighthouse keepers return to Kesh Point</h1>
<p>For the first time in forty years, the lamp at Kesh Point was lit by hand on Sunday evening, after a restoration campaign paid for by the fishing villages along the bay.</p>
<p>"We wanted the light to be a promise kept," said Ana Brel, who chaired the restoration trust for eleven years.</p>
<p>The trust says the tower will open to visitors in the spring, with guided climbs on weekends.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></aside>
<footer>Share this article. Subscribe to our newsletter. All rights reserved.</footer>
</body></html>
HTML
gzip -c "$WORK/pages/story.html" > "$WORK/story.html.gz"
expect_rc 0 "ingest an HTML page" -- "$NEWSPRISM" --db "$db" ingest "$WORK/pages"
expect_rc 0 "show it" -- "$NEWSPRISM" --db "$db" show story.html --format json
python3 - "$WORK/out" <<'PY' && pass "HTML metadata and body" || fail "HTML metadata and body"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["title"] == "Lighthouse keepers return to Kesh Point", d["title"]
assert d["author"] == "Ines Duarte", d["author"]
assert d["published"].startswith("2026-09-21"), d["published"]
assert d["outlet"] == "The Coastal Times", d["outlet"]
assert "promise kept" in d["text"] and "Most read" not in d["text"] and "newsletter" not in d["text"], d["text"]
PY
for f in text md json; do
    expect_rc 0 "extract .html.gz --format $f" -- "$NEWSPRISM" extract --format "$f" "$WORK/story.html.gz"
    expect_grep "restoration campaign" "$WORK/out" "extract $f has the body"
done
expect_rc 0 "extract from stdin" -- sh -c "'$NEWSPRISM' extract - < '$WORK/pages/story.html'"
expect_grep "restoration campaign" "$WORK/out" "stdin extract has the body"
# text is the article only; --meta adds the metadata
expect_rc 0 "extract --format text" -- "$NEWSPRISM" extract --format text "$WORK/story.html.gz"
head -n 1 "$WORK/out" | grep -q "^For the first time" && ! grep -q "Ines Duarte" "$WORK/out" &&
    pass "text output starts with the article, no metadata" || fail "text output is not the article only"
expect_rc 0 "extract --meta" -- "$NEWSPRISM" extract --meta "$WORK/story.html.gz"
expect_grep "Ines Duarte" "$WORK/out" "--meta prints the author"
# an index page: a reason code in json, a warning on stderr, exit 3
python3 - "$WORK/pages/index.html" <<'PY'
import sys
items = "".join(f'<li><h2><a href="/n/{i}">Harbour council item number {i} has its own headline here</a></h2>'
                f'<p>A short summary line of item {i}.</p></li>' for i in range(12))
open(sys.argv[1], "w").write(f"<html><body><h1>News</h1><ul>{items}</ul></body></html>")
PY
expect_rc 3 "extract an index page" -- "$NEWSPRISM" extract --format json "$WORK/pages/index.html"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['reason']=='index' and d['text'] is None, d" "$WORK/out" &&
    pass "index page: reason code in json" || fail "index page: no reason code in json"
expect_grep "no article \[index\]" "$WORK/err" "index page: warning with the reason"
# jsonl: a stdin -> stdout mapper whose output ingest reads back
python3 - "$WORK/pages/story.html" "$WORK/pages/index.html" "$WORK/in.jsonl" <<'PY'
import json, sys
with open(sys.argv[3], "w") as f:
    for i, p in enumerate(sys.argv[1:3]):
        f.write(json.dumps({"id": f"p{i}", "url": f"https://coastal.example/{i}", "html": open(p).read()}) + "\n")
PY
expect_rc 3 "extract --format jsonl from stdin" -- sh -c "'$NEWSPRISM' extract --format jsonl - < '$WORK/in.jsonl'"
cp "$WORK/out" "$WORK/mapped.jsonl"
python3 - "$WORK/mapped.jsonl" <<'PY' && pass "jsonl: one line per input, fields ingest reads" || fail "jsonl output"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 2, rows
a, b = rows
assert a["id"] == "p0" and "restoration campaign" in a["text"] and a["extraction"] == "main", a
assert a["author"] == "Ines Duarte" and a["published"].startswith("2026-09-21"), a
assert b["reason"] == "index" and b["text"] is None, b
PY
expect_rc 3 "ingest reads the jsonl back" -- "$NEWSPRISM" --db "$WORK/m.db" ingest "$WORK/mapped.jsonl"
expect_grep "mapped.jsonl:2: .*no article \[index\]" "$WORK/err" "the page without an article keeps its reason"
expect_rc 0 "show the mapped article" -- "$NEWSPRISM" --db "$WORK/m.db" show p0 --format json
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['author']=='Ines Duarte' and 'promise kept' in d['text'], d" "$WORK/out" &&
    pass "jsonl round trip keeps text and metadata" || fail "jsonl round trip"
python3 - "$WORK/pages/story.html" "$WORK/html.jsonl" <<'PY'
import json, sys
html = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w") as f:
    f.write(json.dumps({"id": "page-1", "url": "https://coastal.example/kesh", "html": html}) + "\n")
    f.write(json.dumps({"id": "page-2", "html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"}) + "\n")
PY
expect_rc 3 "JSONL with an html field (one page without an article)" -- "$NEWSPRISM" --db "$WORK/j.db" ingest "$WORK/html.jsonl"
expect_grep "html.jsonl:2: " "$WORK/err" "the empty page is named with its line"
expect_rc 0 "show the JSONL page" -- "$NEWSPRISM" --db "$WORK/j.db" show page-1
expect_grep "restoration campaign" "$WORK/out" "JSONL html body extracted"
expect_grep "The Coastal Times" "$WORK/out" "JSONL html metadata extracted"
# JSONL written by other tools: their field names for the body, title,
# outlet, authors and dates (news-please, trafilatura, schema.org)
python3 - "$WORK/tools.jsonl" <<'PY'
import json, sys
body = ("The Orrin valley council voted on Tuesday to reopen the old mill bridge to cars after repairs, "
        "ending two years of detours for the villages on the east bank, the mayor said.")
with open(sys.argv[1], "w") as f:
    f.write(json.dumps({"id": "np-1", "title": "Mill bridge reopens", "maintext": body,
                        "date_publish": "2026-03-04 09:15:00", "authors": ["By Ilse Marren", "Staff"],
                        "source_domain": "orrinvalley.example"}) + "\n")
    f.write(json.dumps({"id": "tf-1", "headline": "Orrin bridge open again",
                        "content": "<p>Cars crossed the mill bridge in Orrin again on Tuesday, after the valley council "
                                   "voted to end two years of repairs and detours, its mayor said.</p>",
                        "datePublished": 1772641500, "author": {"name": "Tomas Brell"},
                        "publisher": {"name": "The Orrin Courier"}}) + "\n")
PY
expect_rc 0 "JSONL with other tools' field names" -- "$NEWSPRISM" --db "$WORK/tools.db" ingest "$WORK/tools.jsonl"
expect_rc 0 "show the news-please record" -- "$NEWSPRISM" --db "$WORK/tools.db" show np-1 --format json
python3 - "$WORK/out" <<'PY' && pass "maintext, date_publish, authors, source_domain read" || fail "news-please fields"
import json, sys
d = json.load(open(sys.argv[1]))
assert "mill bridge" in d["text"], d
assert d["published"].startswith("2026-03-04"), d
assert d["author"] == "Ilse Marren", d
assert d["outlet"].lower().startswith("orrinvalley"), d
PY
expect_rc 0 "show the schema.org-style record" -- "$NEWSPRISM" --db "$WORK/tools.db" show tf-1 --format json
python3 - "$WORK/out" <<'PY' && pass "headline, html content, epoch date, author and publisher objects read" || fail "schema.org fields"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["title"] == "Orrin bridge open again", d
assert "<p>" not in d["text"] and "mill bridge" in d["text"], d
assert d["published"].startswith("2026-03-04"), d
assert d["author"] == "Tomas Brell", d
assert d["outlet"] == "The Orrin Courier", d
PY
# an empty or unreadable field gives way to the next name; a number that is
# no news date (a year, an overflowing count) is refused with a warning
python3 - "$WORK/edge.jsonl" <<'PY'
import json, sys
body = "The Orrin ferry resumed its crossings on Friday after a week of repairs to its ramp, the operator said."
with open(sys.argv[1], "w") as f:
    f.write(json.dumps({"id": "e-1", "text": "", "maintext": body, "author": None, "authors": ["Ilse Marren"],
                        "published": "not a date", "date": "2026-03-04"}) + "\n")
    f.write(json.dumps({"id": "e-2", "text": body.replace("Friday", "Monday"), "published": 1e300}) + "\n")
    f.write(json.dumps({"id": "e-3", "text": body.replace("Friday", "Sunday"), "published": 20260305}) + "\n")
PY
expect_rc 0 "JSONL with empty and unreadable fields" -- "$NEWSPRISM" --db "$WORK/edge.db" ingest "$WORK/edge.jsonl"
expect_grep "edge.jsonl:2: .*\"published\" is not a date I can read" "$WORK/err" "an overflowing epoch number is refused by name"
python3 - "$NEWSPRISM" "$WORK/edge.db" <<'PY' && pass "later names stand in for empty ones; YYYYMMDD numbers read" || fail "field fallbacks"
import json, subprocess, sys
def show(i):
    return json.loads(subprocess.run([sys.argv[1], "--db", sys.argv[2], "show", i, "--format", "json"],
                                     capture_output=True, text=True, check=True).stdout)
a, b, c = show("e-1"), show("e-2"), show("e-3")
assert "ferry resumed" in a["text"] and a["author"] == "Ilse Marren" and a["published"] == "2026-03-04", a
assert b["published"] is None, b
assert c["published"] == "2026-03-05", c
PY
if [ -f "$fx/std-v11.warc" ]; then
    expect_rc 0 "ingest a WARC 1.1 file" -- "$NEWSPRISM" --db "$db" ingest "$fx/std-v11.warc"
    expect_rc 0 "ingest a per-record gzip WARC" -- "$NEWSPRISM" --db "$db" ingest "$fx/std-v11-per-record.warc.gz"
    expect_rc 0 "ingest a WARC from stdin" -- sh -c "'$NEWSPRISM' --db '$db' ingest - < '$fx/std-v11-whole.warc.gz'"
    n=$(doc_count "$db")
    expect_rc 3 "damaged WARCs are partial" -- "$NEWSPRISM" --db "$db" ingest "$fx/clen-long.warc" "$fx/gz-truncated-mid.warc.gz" "$fx/junk.warc"
    expect_grep "clen-long.warc: byte [0-9]*: .*Content-Length" "$WORK/err" "wrong Content-Length named with its offset"
    expect_grep "gz-truncated-mid.warc.gz: byte [0-9]*: .*gzip" "$WORK/err" "broken gzip member named with its offset"
    expect_grep "junk.warc: byte [0-9]*: junk" "$WORK/err" "junk between records named"
    [ "$(doc_count "$db")" -ge "$n" ] && pass "store kept its documents" || fail "documents lost"
    [ "$(integrity "$db")" = ok ] && pass "store intact" || fail "store damaged"
fi
finish
