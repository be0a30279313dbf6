# Two processes on one store: a fresh store migrated by two ingests at once,
# and two groupings at once, leave one consistent set of stories.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/t.db"
python3 - "$WORK" <<'PY'
import json, random, sys
rnd = random.Random(3)
topics = [("harbour", "ferry quay tide pier crane dock"), ("orchestra", "violin concert hall conductor tour"),
          ("election", "ballot vote candidate district count"), ("drought", "river reservoir farmers rain wells")]
for part in range(2):
    with open(f"{sys.argv[1]}/p{part}.jsonl", "w") as f:
        for i in range(400):
            t, words = topics[(i + part) % 4]
            ws = words.split()
            body = " ".join(rnd.choice(ws) for _ in range(50))
            f.write(json.dumps({"id": f"p{part}-{i}", "title": f"{t} news {i}", "text": f"The {t} report {part}-{i}: {body}."}) + "\n")
PY
"$NEWSPRISM" --quiet --db "$db" ingest "$WORK/p0.jsonl" > "$WORK/a.out" 2> "$WORK/a.err" & a=$!
"$NEWSPRISM" --quiet --db "$db" ingest "$WORK/p1.jsonl" > "$WORK/b.out" 2> "$WORK/b.err" & b=$!
wait $a; ra=$?; wait $b; rb=$?
[ $ra -eq 0 ] && [ $rb -eq 0 ] && pass "two ingests into a new store both succeed" || { fail "concurrent ingests: exit $ra and $rb"; cat "$WORK/a.err" "$WORK/b.err"; }
[ "$(doc_count "$db")" -eq 800 ] && pass "800 documents" || fail "$(doc_count "$db") documents"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('delete from story_members'); c.execute('delete from stories'); c.commit()" "$db"
# a read command does not group: it says documents are waiting, and writes nothing
"$NEWSPRISM" --db "$db" stories > "$WORK/s0" 2> "$WORK/s0.err"
grep -q "newsprism group" "$WORK/s0.err" && pass "stories says documents wait for grouping" || fail "no waiting notice"
n=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from story_members').fetchone()[0])" "$db")
[ "$n" -eq 0 ] && pass "stories wrote nothing" || fail "stories grouped $n documents"
"$NEWSPRISM" --quiet --db "$db" group & a=$!
"$NEWSPRISM" --quiet --db "$db" group & b=$!
wait $a; ra=$?; wait $b; rb=$?
[ $ra -eq 0 ] && [ $rb -eq 0 ] && pass "two groupings at once succeed" || fail "concurrent group: exit $ra and $rb"
"$NEWSPRISM" --db "$db" stories > "$WORK/s1" 2>&1
"$NEWSPRISM" --db "$db" stories > "$WORK/s2" 2>&1
python3 - "$db" <<'PY' && pass "every document in one story, no orphan stories" || fail "inconsistent stories after concurrent grouping"
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
docs = c.execute("select count(*) from documents").fetchone()[0]
members = c.execute("select count(*) from story_members").fetchone()[0]
orphans = c.execute("select count(*) from stories where id not in (select story_id from story_members)").fetchone()[0]
sys.exit(0 if docs == members and orphans == 0 else 1)
PY
cmp -s "$WORK/s1" "$WORK/s2" && ! grep -q "newsprism group" "$WORK/s1" && pass "stable listing, nothing left waiting" || fail "the two listings differ or documents still wait"
finish
