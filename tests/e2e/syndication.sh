# A wire text printed word for word by two sites: two sources, the second named a copy of the first (text
# and JSON); the same site at another path, or a re-ingest, stores nothing new.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/t.db"
python3 - "$WORK/wire.jsonl" <<'PY'
import json, sys
wire = ("The ferry service between Tarvik and the outer islands was suspended on Monday after a crane collapsed "
        "on the north quay.\n\nHarbour officials said no one was hurt when the crane fell onto an empty berth.\n\n"
        "Inspectors will examine the remaining four cranes before the ferries sail again, the harbour board said.\n\n"
        "Islanders were told to expect delays of at least a week.")
own = ("Ferries to the outer islands stopped on Monday, the day a crane came down on Tarvik's north quay.\n\n"
       "The harbour board said inspectors would check the other cranes first.\n\n"
       "Shopkeepers on the islands said deliveries of fresh food would run short within days.")
recs = [
    {"id": "w1", "url": "https://www.tarvik-post.example/ferry", "title": "Ferries halted after crane collapse",
     "published": "2026-05-04", "text": wire},
    {"id": "w2", "url": "https://islands-daily.example/news/ferry", "title": "Crane collapse halts ferries",
     "published": "2026-05-04", "text": wire},
    {"id": "w3", "url": "https://harbour-times.example/ferry", "title": "Island ferries stop",
     "published": "2026-05-04", "text": own},
    {"id": "w4", "url": "https://tarvik-post.example/amp/ferry", "title": "Ferries halted after crane collapse",
     "published": "2026-05-04", "text": wire},
]
with open(sys.argv[1], "w") as fh:
    for r in recs:
        fh.write(json.dumps(r) + "\n")
PY
expect_rc 0 "ingest a wire text printed by two sites" -- "$NEWSPRISM" --db "$db" ingest "$WORK/wire.jsonl"
expect_grep "(3 new, 1 already stored)" "$WORK/out" "both sites' copies stored, the same site's other page not"
expect_rc 0 "re-ingest" -- "$NEWSPRISM" --db "$db" ingest "$WORK/wire.jsonl"
expect_grep "(0 new, 4 already stored)" "$WORK/out" "re-ingest stores nothing new"
expect_rc 0 "brief" -- "$NEWSPRISM" --db "$db" brief
expect_grep "Islands Daily: Crane collapse halts ferries (2026-05-04) .w2.; same text as Tarvik Post" "$WORK/out" \
    "the copy is named in the sources"
expect_rc 0 "brief json" -- "$NEWSPRISM" --db "$db" brief --format json
python3 -c "
import json, sys
st = json.load(open(sys.argv[1]))['stories'][0]
docs = {d['doc']: d for d in st['documents']}
assert docs['w2'].get('same_text_as') == 'w1', docs['w2']
assert 'same_text_as' not in docs['w1'] and 'same_text_as' not in docs['w3']
" "$WORK/out" && pass "JSON names the copy" || fail "JSON same_text_as wrong"
finish
