# kill -9 during a large ingest leaves a store that opens cleanly and holds
# every document whose batch committed (and nothing of the open batch).
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/t.db"
n=40000
python3 - "$WORK/big.jsonl" "$n" <<'PY'
import sys, random
rnd = random.Random(7)
words = "harbour council ferry bridge budget vote river school station market festival road rail tower".split()
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        body = " ".join(rnd.choice(words) for _ in range(60))
        f.write('{"id": "a%d", "title": "Item %d", "text": "Report %d. %s."}\n' % (i, i, i, body))
PY
"$NEWSPRISM" --quiet --db "$db" ingest --batch 250 "$WORK/big.jsonl" >/dev/null 2>&1 &
pid=$!
# wait until some batches have committed, then kill without warning
i=0
while [ $i -lt 600 ]; do
    c=$(doc_count "$db" 2>/dev/null || echo 0)
    [ "${c:-0}" -ge 1000 ] && break
    sleep 0.1; i=$((i + 1))
done
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
got=$(doc_count "$db")
[ "$(integrity "$db")" = ok ] && pass "store intact after kill -9" || fail "store damaged after kill -9"
if [ "$got" -lt "$n" ]; then
    [ $((got % 250)) -eq 0 ] && pass "$got documents: whole batches only" || fail "$got documents is not a whole number of batches"
else
    echo "note: ingest finished before the kill ($got documents)"
fi
expect_rc 0 "the store opens and lists stories" -- "$NEWSPRISM" --db "$db" stories
expect_rc 0 "re-ingest completes" -- "$NEWSPRISM" --db "$db" ingest --batch 250 "$WORK/big.jsonl"
[ "$(doc_count "$db")" -eq "$n" ] && pass "all $n documents after re-ingest" || fail "expected $n documents"
finish
