# A wire text printed word for word by two sites: two sources, the second named a copy of the first (text
# and JSON); the same site at another path, or a re-ingest, stores nothing new.  A page ingested again after
# a correction: only its latest version is briefed, whichever was ingested first.
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

# two versions OLD and NEW of one page (a figure corrected), modified at OLD_MOD and NEW_MOD: whichever is
# ingested first, only NEW is briefed.  usage: corrected_page OLD OLD_MOD NEW NEW_MOD WHAT
corrected_page() {
    python3 - "$WORK" "$1" "$2" "$3" "$4" <<'PY'
import json, sys
work, old, old_mod, new, new_mod = sys.argv[1:]
text = ("Inspectors closed the Tarvik swing bridge on Monday for eight weeks after finding corroded cables.\n\n"
        "The repairs are expected to cost {} million crowns, the city engineer said.\n\n"
        "Buses will take a detour through the harbour district while the bridge is shut.")
for rid, cost, mod in ((old, 14, old_mod), (new, 41, new_mod)):
    rec = {"id": rid, "url": "https://www.tarvik-post.example/bridge/", "title": "Swing bridge shut for repairs",
           "published": "2026-05-04T07:00:00Z", "modified": mod, "text": text.format(cost)}
    open(f"{work}/{rid}.jsonl", "w").write(json.dumps(rec) + "\n")
PY
    for order in "$3 $1" "$1 $3"; do
        rm -f "$WORK/v.db"
        for f in $order; do
            expect_rc 0 "ingest version $f" -- "$NEWSPRISM" --db "$WORK/v.db" ingest "$WORK/$f.jsonl"
        done
        expect_rc 0 "brief of $5 ($order)" -- "$NEWSPRISM" --db "$WORK/v.db" brief --format json
        python3 -c "
import json, sys
st = json.load(open(sys.argv[1]))['stories'][0]
assert [d['doc'] for d in st['documents']] == [sys.argv[2]], st['documents']
assert not st['discrepancies'], st['discrepancies']
" "$WORK/out" "$3" && pass "only the corrected version of $5 is briefed ($order)" || fail "$5: the wrong version briefed ($order)"
    done
}

# one page saved twice, the second time after a correction of a figure
corrected_page v1 2026-05-04T08:00:00Z v2 2026-05-04T15:30:00Z "a corrected page"
# the same correction stamped in two offsets: the later instant wins, not the later text
# (15:30 at -08:00 is 23:30 UTC, after 20:00 UTC, though "...T15" sorts before "...T20")
corrected_page v3 2026-05-04T20:00:00Z v4 2026-05-04T15:30:00-08:00 "a page corrected in another offset"

# reports listed in time order whatever their offsets: 01:00 at +03:00 is before 23:00 UTC of the day before
python3 - "$WORK/t.jsonl" <<'PY'
import json, sys
recs = [{"id": "t1", "url": "https://harbour-news.example/a", "title": "Tarvik bridge closes for repairs",
         "published": "2026-05-04T23:00:00Z", "text": "Inspectors closed the Tarvik swing bridge on Monday for eight "
         "weeks after finding corroded cables, the city engineer said.\n\nBuses will take a detour through the harbour district."},
        {"id": "t2", "url": "https://valley-times.example/b", "title": "Swing bridge in Tarvik shut",
         "published": "2026-05-05T01:00:00+03:00", "text": "The Tarvik swing bridge was closed on Monday for eight weeks "
         "because its cables are corroded, the city engineer said.\n\nA bus detour runs through the harbour district."}]
open(sys.argv[1], "w").write("".join(json.dumps(r) + "\n" for r in recs))
PY
rm -f "$WORK/t.db"
expect_rc 0 "ingest reports of two offsets" -- "$NEWSPRISM" --db "$WORK/t.db" ingest "$WORK/t.jsonl"
expect_rc 0 "brief of reports of two offsets" -- "$NEWSPRISM" --db "$WORK/t.db" brief --format json
python3 -c "
import json, sys
st = json.load(open(sys.argv[1]))['stories'][0]
assert [d['doc'] for d in st['documents']] == ['t2', 't1'], [d['doc'] for d in st['documents']]
" "$WORK/out" && pass "documents in time order across offsets" || fail "documents in text order of their dates"

# two articles of a site that names its pages by query and titles them all alike: both briefed
python3 - "$WORK/q.jsonl" <<'PY'
import json, sys
recs = [{"id": "q1", "url": "https://tarvik-post.example/news.php?id=1", "title": "Tarvik Post",
         "published": "2026-05-04", "text": "The Tarvik swing bridge closed on Monday for eight weeks of repairs to corroded "
         "cables, the city engineer said.\n\nBuses will take a detour through the harbour district."},
        {"id": "q2", "url": "https://tarvik-post.example/news.php?id=2", "title": "Tarvik Post",
         "published": "2026-05-04", "text": "Buses through the harbour district will run every ten minutes while the Tarvik "
         "swing bridge is shut for repairs, the transport office said.\n\nThe detour adds about a kilometre."}]
open(sys.argv[1], "w").write("".join(json.dumps(r) + "\n" for r in recs))
PY
rm -f "$WORK/q.db"
expect_rc 0 "ingest two pages named by query" -- "$NEWSPRISM" --db "$WORK/q.db" ingest "$WORK/q.jsonl"
expect_rc 0 "brief of the query-named pages" -- "$NEWSPRISM" --db "$WORK/q.db" brief --all --format json
python3 -c "
import json, sys
docs = sorted(d['doc'] for st in json.load(open(sys.argv[1]))['stories'] for d in st['documents'])
assert docs == ['q1', 'q2'], docs
" "$WORK/out" && pass "pages of other queries are no versions of one page" || fail "a query-named page was dropped"
finish
