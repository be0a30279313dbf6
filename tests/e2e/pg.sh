# PostgreSQL backend, end to end, on a throw-away server (tests/pg_lib.sh):
#  0. the store unit tests again against PostgreSQL;
#  a. briefs (JSON) from PostgreSQL equal SQLite's byte for byte (the seeds
#     when ../shared is there, and examples/corpus);
#  b. two ingest workers at once on the two halves of one input store every
#     article once and give the stories one worker gives;
#  c. a worker killed with -9 mid-batch: everything committed is there, a
#     rerun completes, no duplicates, every document in a story.
# Without PostgreSQL installed this fails (scripts/setup.sh --test installs
# it): a missing backend must not pass silently.
. "$NP_ROOT/tests/e2e_lib.sh"
. "$NP_ROOT/tests/pg_lib.sh"
trap pg_stop EXIT INT TERM
pg_start || { echo "FAIL: cannot start PostgreSQL"; exit 1; }
PSQL="$PG_BIN/psql -X -q -A -t"
sql() { $PSQL "$1" -c "$2"; }
# a story partition as text: the sorted document keys of each story, sorted
partition() { sql "$1" "SELECT string_agg(d.doc_key, ' ' ORDER BY d.doc_key) FROM story_members m
                        JOIN documents d ON d.id = m.doc_id GROUP BY m.story_id ORDER BY 1"; }

# 0. unit tests of the store on this server
unit="$(dirname "$NEWSPRISM")/tests/test_store"
if [ -x "$unit" ]; then
    NP_TEST_PG_URL=$(pg_newdb unit) "$unit" >"$WORK/unit.log" 2>&1 &&
        grep -q "OK .*pg_refuses_a_newer_schema" "$WORK/unit.log" && pass "store unit tests on PostgreSQL" ||
        { fail "store unit tests on PostgreSQL"; grep -B2 -A3 "FAIL\|ERROR" "$WORK/unit.log" | head -20; }
else
    fail "no $unit (build the unit tests first)"
fi

# a. same briefs from both backends
same_briefs() { # NAME INPUT
    url=$(pg_newdb "$1") db="$WORK/$1.db"
    "$NEWSPRISM" -q --db "$db" ingest "$2" >/dev/null 2>&1
    "$NEWSPRISM" -q --db "$url" ingest "$2" >/dev/null 2>&1
    "$NEWSPRISM" --db "$db" stories --format json >"$WORK/s.json"
    "$NEWSPRISM" --db "$url" stories --format json >"$WORK/p.json"
    cmp -s "$WORK/s.json" "$WORK/p.json" && pass "$1: same story list" || fail "$1: story lists differ"
    ids=$(python3 -c 'import json,sys; print(" ".join(str(s["id"]) for s in json.load(open(sys.argv[1]))["stories"]))' "$WORK/s.json")
    [ -n "$ids" ] || fail "$1: no stories"
    for id in $ids; do
        "$NEWSPRISM" --db "$db" brief --format json "$id" >"$WORK/s.brief"
        "$NEWSPRISM" --db "$url" brief --format json "$id" >"$WORK/p.brief"
        if [ -s "$WORK/s.brief" ] && cmp -s "$WORK/s.brief" "$WORK/p.brief"; then
            pass "$1: brief of story $id identical ($(wc -c <"$WORK/s.brief") bytes)"
        else
            fail "$1: brief of story $id differs"
        fi
    done
    "$NEWSPRISM" --db "$url" search "the" >"$WORK/search.txt" &&
        grep -q "matching documents" "$WORK/search.txt" && pass "$1: search on PostgreSQL" ||
        fail "$1: search on PostgreSQL"
}
if [ -n "$NP_SHARED" ] && [ -d "$NP_SHARED/seeds" ]; then
    same_briefs seeds "$NP_SHARED/seeds"
else
    echo "no ../shared/seeds: seeds case skipped"
fi
same_briefs corpus "$NP_ROOT/examples/corpus"

# b. two workers at once on the halves of one input (with 40 articles in
# both halves, in the same order, so that both store some of the same)
python3 "$NP_ROOT/bench/gen_corpus.py" --n 1000 --out "$WORK/gen" --format jsonl --seed 5 >/dev/null
all="$WORK/gen/articles.jsonl"
head -n 520 "$all" >"$WORK/h1.jsonl"
tail -n +481 "$all" >"$WORK/h2.jsonl"
one=$(pg_newdb one) two=$(pg_newdb two)
"$NEWSPRISM" -q --db "$one" ingest --batch 50 "$all" >/dev/null 2>&1
"$NEWSPRISM" -q --db "$two" ingest --batch 50 "$WORK/h1.jsonl" >"$WORK/w1.log" 2>&1 &
p1=$!
"$NEWSPRISM" -q --db "$two" ingest --batch 50 "$WORK/h2.jsonl" >"$WORK/w2.log" 2>&1 &
p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
[ $r1 -eq 0 ] && [ $r2 -eq 0 ] && pass "two workers at once finish" || { fail "workers exit $r1 $r2"; cat "$WORK/w1.log" "$WORK/w2.log"; }
n1=$(sql "$one" "SELECT count(*) FROM documents")
n2=$(sql "$two" "SELECT count(*) || ' ' || count(DISTINCT content_hash) || ' ' || count(DISTINCT doc_key) FROM documents")
[ "$n2" = "$n1 $n1 $n1" ] && pass "every article stored once ($n1)" || fail "one worker: $n1 documents; two: $n2 (rows, hashes, keys)"
u=$(sql "$two" "SELECT count(*) FROM doc_features f WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.doc_id = f.doc_id)")
[ "$u" = 0 ] && pass "every document grouped" || fail "$u documents without a story"
partition "$one" >"$WORK/part1"
partition "$two" >"$WORK/part2"
if [ -s "$WORK/part1" ] && cmp -s "$WORK/part1" "$WORK/part2"; then
    pass "two workers give one worker's stories ($(wc -l <"$WORK/part1") stories)"
else
    fail "the stories differ from one worker's"; diff "$WORK/part1" "$WORK/part2" | head -6
fi

# c. kill -9 mid-batch, then rerun
kdb=$(pg_newdb killed)
python3 "$NP_ROOT/bench/gen_corpus.py" --n 2000 --out "$WORK/big" --format jsonl --seed 6 >/dev/null
big="$WORK/big/articles.jsonl"
"$NEWSPRISM" -q --db "$kdb" ingest --batch 100 "$big" >/dev/null 2>&1 &
pid=$!
i=0
while [ $i -lt 1200 ]; do
    c=$(sql "$kdb" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
    [ "${c:-0}" -ge 200 ] && break
    sleep 0.05; i=$((i + 1))
done
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
kept=$(sql "$kdb" "SELECT count(*) FROM documents")
feat=$(sql "$kdb" "SELECT count(*) FROM doc_features")
[ "$kept" -ge 200 ] && [ "$kept" = "$feat" ] && pass "after kill -9: $kept documents committed, each with its features" ||
    fail "after kill -9: $kept documents, $feat features"
expect_rc 0 "the killed store opens and lists stories" -- "$NEWSPRISM" --db "$kdb" stories
"$NEWSPRISM" --db "$kdb" ingest --batch 100 "$big" >"$WORK/rerun.out" 2>&1 && pass "rerun completes" || fail "rerun failed"
# "ingested 1 files: 2000 documents (N new, M already stored), ..."
new=$(sed -n 's/.*documents (\([0-9]*\) new, \([0-9]*\) already stored).*/\1/p' "$WORK/rerun.out")
n=$(sql "$kdb" "SELECT count(*) || ' ' || count(DISTINCT content_hash) FROM documents")
[ -n "$new" ] && [ "$n" = "$((kept + new)) $((kept + new))" ] &&
    pass "rerun stored the $new missing articles, each once ($n)" || fail "after rerun: $n (rows, hashes); before $kept, rerun said: $(cat "$WORK/rerun.out")"
again=$("$NEWSPRISM" --db "$kdb" ingest "$big" 2>&1 | sed -n 's/.*documents (\([0-9]*\) new.*/\1/p')
[ "$again" = 0 ] && pass "a third run finds nothing new" || fail "a third run stored ${again:-?} more"
u=$(sql "$kdb" "SELECT count(*) FROM doc_features f WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.doc_id = f.doc_id)")
[ "$u" = 0 ] && pass "every document grouped after the rerun" || fail "$u documents without a story"

# the read commands refuse a database without a store, naming no password
nodb="postgresql://postgres:hunter2pw@127.0.0.1:$PG_PORT/absent"
expect_rc 1 "a missing database is an error" -- "$NEWSPRISM" --db "$nodb" stories
grep -q hunter2pw "$WORK/err" && fail "the password shows in the error" || pass "no password in the error"
finish
