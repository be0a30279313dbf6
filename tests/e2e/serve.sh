# newsprism serve: a real server on a free 127.0.0.1 port against a store of
# the sample corpus plus the hostile corpus; status codes, escaping (every
# HTML page parsed), security headers, JSON shapes, bounds, serving while an
# ingest writes, clean stop on SIGTERM.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/w.db"
np --db "$db" ingest "$NP_ROOT/tests/fixtures/hostile" "$NP_ROOT/examples/corpus" >/dev/null 2>&1
# the story of the hostile footbridge reports (its id depends on the order stories are created in)
hs=$(np --db "$db" stories --format json | python3 -c 'import json, sys
print(next(s["id"] for s in json.load(sys.stdin)["stories"] if any(d["doc"] == "h1" for d in s["docs"])))')
"$NEWSPRISM" --db "$db" serve --port 0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
pid=$!
port=""
i=0
while [ $i -lt 300 ] && [ -z "$port" ]; do
    port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/$|\1|p' "$WORK/serve.out")
    [ -z "$port" ] && sleep 0.1
    i=$((i + 1))
done
[ -n "$port" ] && pass "server up on 127.0.0.1:$port" || { fail "server did not start"; cat "$WORK/serve.err"; kill "$pid"; finish; }
base="http://127.0.0.1:$port"
get() { # PATH -> body in $WORK/body, headers in $WORK/hdr, prints the status
    curl -s --max-time 60 -D "$WORK/hdr" -o "$WORK/body" -w "%{http_code}" "$base$1"
}
expect_status() { # WANT PATH
    got=$(get "$2")
    [ "$got" = "$1" ] && pass "GET $2 -> $got" || fail "GET $2 -> $got, wanted $1"
}
check_page() { # PATH [expected text...]
    p=$1; shift
    if python3 "$NP_ROOT/tests/lib/html_check.py" "$WORK/body" >"$WORK/chk" 2>&1; then pass "$p: parsed, no markup from article text"
    else fail "$p html check"; sed 's/^/    /' "$WORK/chk" | head -5; fi
}
# pages
for p in / "/?sort=new" "/?outlet=Data+URL+News" "/?since=2026-02&until=2026-02-28" /story/1 /story/2 /outlets \
         "/outlet/Data%20URL%20News" "/search?q=footbridge" "/search?q=%22power+lines%22" "/search?q=quil*" /doc/1 /doc/h2 \
         /doc/3 /doc/4 /doc/5 /doc/6; do
    expect_status 200 "$p"
    check_page "$p"
    grep -qi "^content-security-policy: default-src 'self'; script-src 'self'" "$WORK/hdr" || fail "$p: no CSP header"
    grep -qi "^x-content-type-options: nosniff" "$WORK/hdr" || fail "$p: no nosniff header"
done
get "/story/$hs" >/dev/null
grep -q '&lt;script&gt;alert(4)&lt;/script&gt;' "$WORK/body" && pass "script tag in a claim is shown as text" || fail "escaped script not on the story page"
grep -q '<details class="claim' "$WORK/body" && pass "claims expand with <details>" || fail "no expandable claims"
grep -q '<ol class="timeline">' "$WORK/body" && pass "timeline drawn" || fail "no timeline"
get /doc/h1 >/dev/null
grep -q 'href="javascript' "$WORK/body" && fail "javascript: URL linked" || pass "javascript: URL not linked"
get /doc/h2 >/dev/null
grep -q 'rel="noopener noreferrer"' "$WORK/body" && pass "original linked with rel=noopener noreferrer" || fail "no original link"
get "/search?q=footbridge" >/dev/null
grep -q '<mark>' "$WORK/body" && pass "search hits marked" || fail "no marked hit"
# the JSON API
expect_status 200 /api/stories
python3 - "$WORK/body" <<'P' && pass "/api/stories shape" || fail "/api/stories shape"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["total"] >= 2 and d["stories"], d.keys()
for s in d["stories"]:
    assert {"id", "label", "documents", "outlets", "outlet_names", "first_published", "last_published"} <= set(s)
    assert len(s["label"]) <= 4000
P
expect_status 200 /api/stories/2
np --db "$db" brief 2 --format json >"$WORK/cli.json"
python3 - "$WORK/body" "$WORK/cli.json" <<'P' && pass "/api/stories/2 is the same JSON as brief --format json" || fail "api brief differs from CLI"
import json, sys
assert json.load(open(sys.argv[1])) == json.load(open(sys.argv[2]))
P
expect_status 200 /api/schema
python3 - "$WORK/body" "$WORK/cli.json" <<'P' && pass "schema served; the brief has its required fields" || fail "schema"
import json, sys
schema = json.load(open(sys.argv[1]))
brief = json.load(open(sys.argv[2]))
story = schema["$defs"]["story"]
for s in brief["stories"]:
    for k in story["required"]:
        assert k in s, k
    for k, v in story["properties"].items():
        if k in s and v.get("type") == "array":
            assert isinstance(s[k], list), k
P
expect_status 200 /api/docs/1
python3 - "$WORK/body" <<'P' && pass "/api/docs/1 shape" || fail "/api/docs shape"
import json, sys
d = json.load(open(sys.argv[1]))
assert {"id", "doc", "title", "outlet", "url", "text", "story"} <= set(d), d.keys()
P
expect_status 200 "/api/search?q=footbridge&outlet=Data+URL+News"
python3 - "$WORK/body" <<'P' && pass "/api/search shape and outlet filter" || fail "/api/search"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["total"] == 1 and d["hits"][0]["outlet"] == "Data URL News", d
P
expect_status 200 /static/app.js
grep -qi "^content-type: text/javascript" "$WORK/hdr" && pass "script served as JavaScript" || fail "app.js type"
expect_status 200 /static/style.css
# bad requests and unknown ids
for p in /story/abc /story/0 /story/-1 "/story/1%20" "/?page=0" "/?page=x" "/?since=yesterday" "/?sort=random" \
         "/search?q=%22unterminated" "/api/search" "/api/search?q=%22x" "/api/stories/abc"; do
    expect_status 400 "$p"
done
long=$(python3 -c "print('a' * 600)")
expect_status 400 "/search?q=$long"
for p in /story/99999 /api/stories/99999 /doc/nosuchdoc /api/docs/999999 /outlet/Nobody /nope /static/nope.js; do
    expect_status 404 "$p"
done
get /api/stories/99999 >/dev/null
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['status']==404" "$WORK/body" && pass "API errors are JSON" || fail "API error not JSON"
got=$(curl -s -o /dev/null -w "%{http_code}" -X POST --data 'x=1' "$base/")
[ "$got" = 405 ] && pass "POST -> 405" || fail "POST -> $got"
big=$(python3 -c "print('b' * 40000)")
got=$(curl -s -o /dev/null -w "%{http_code}" -H "X-Big: $big" "$base/")
[ "$got" -ge 400 ] && pass "a 40 KB header is refused ($got)" || fail "big header -> $got"
# the brief cache
python3 - "$db" <<'P' && pass "briefs cached in the store" || fail "no cached brief"
import sqlite3, sys
n = sqlite3.connect(sys.argv[1]).execute("select count(*) from brief_cache").fetchone()[0]
assert n >= 2, n
P
# serving while an ingest writes
np --db "$db" ingest "$NP_ROOT/examples/corpus-jsonl" >/dev/null 2>&1 &
ing=$!
bad=0; k=0
while [ $k -lt 20 ]; do
    for p in / /api/stories /story/1 "/search?q=water"; do
        c=$(get "$p"); [ "$c" = 200 ] || bad=$((bad + 1))
    done
    k=$((k + 1))
done
wait "$ing"
[ "$bad" -eq 0 ] && pass "80 requests during an ingest all answered 200" || fail "$bad requests failed during ingest"
expect_status 200 /api/stories
# stop
kill -TERM "$pid"
wait "$pid"; rc=$?
[ "$rc" -eq 0 ] && pass "SIGTERM stops the server cleanly (exit 0)" || fail "server exit $rc after SIGTERM"
finish
