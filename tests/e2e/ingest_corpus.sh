# The bundled sample corpus: ingest, idempotent re-ingest, stories, show, brief formats, stdin.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/t.db"
corpus="$NP_ROOT/examples/corpus"
[ -d "$corpus" ] || { echo "no examples/corpus: skipped"; exit 0; }
expect_rc 0 "ingest the corpus" -- "$NEWSPRISM" --db "$db" ingest "$corpus" "$NP_ROOT/examples/corpus-jsonl"
expect_grep "0 rejected" "$WORK/out" "nothing rejected"
n1=$(doc_count "$db")
[ "$n1" -ge 10 ] && pass "$n1 documents stored" || fail "only $n1 documents stored"
if [ -r /usr/share/libexttextcat/fpdb.conf ]; then
    # text and JSONL declare no language: every (English) article gets one guessed
    nen=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select count(*) from documents where language='en'\").fetchone()[0])" "$db")
    [ "$nen" -eq "$n1" ] && pass "all $n1 documents identified as English" || fail "only $nen of $n1 documents identified as English"
fi
expect_rc 0 "re-ingest" -- "$NEWSPRISM" --db "$db" ingest "$corpus" "$NP_ROOT/examples/corpus-jsonl"
expect_grep "(0 new, $n1 already stored)" "$WORK/out" "re-ingest stores nothing new"
[ "$(doc_count "$db")" -eq "$n1" ] && pass "count unchanged" || fail "count changed on re-ingest"
expect_rc 0 "stories" -- "$NEWSPRISM" --db "$db" stories
ns=$(($(wc -l < "$WORK/out") - 1))
[ "$ns" -ge 3 ] && pass "$ns stories (main event + unrelated ones)" || fail "only $ns stories"
expect_rc 0 "stories json" -- "$NEWSPRISM" --db "$db" stories --format json
python3 -m json.tool "$WORK/out" >/dev/null && pass "stories json parses" || fail "stories json invalid"
expect_rc 0 "show 1" -- "$NEWSPRISM" --db "$db" show 1
expect_rc 0 "show json" -- "$NEWSPRISM" --db "$db" show 1 --format json
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['text'] and d['doc']" "$WORK/out" && pass "show json has text" || fail "show json lacks text"
for f in text md json; do
    expect_rc 0 "brief --format $f" -- "$NEWSPRISM" --db "$db" brief --format "$f"
done
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['stories'][0]['documents']" "$WORK/out" && pass "brief json has documents" || fail "brief json shape"
expect_rc 0 "brief --all" -- "$NEWSPRISM" --db "$db" brief --all --format json
if [ -f "$corpus/gold.json" ] && [ -n "$NP_SHARED" ]; then
    python3 "$NP_SHARED/tools/check_brief.py" "$WORK/out" "$corpus/gold.json" > "$WORK/score"
    cat "$WORK/score"
    python3 - "$WORK/score" <<'PY' && pass "own corpus: grouping, cleaning and metadata all right" || fail "own corpus score"
import re, sys
s = dict((m[0].strip(), (int(m[1]), int(m[2]))) for m in re.findall(r'^(\w[\w -]*?)\s+(\d+)/(\d+)$', open(sys.argv[1]).read(), re.M))
bad = [k for k in ('grouping', 'cleaning', 'metadata') if k not in s or s[k][0] != s[k][1]]
sys.exit(1 if bad else 0)
PY
    # recall ("brief score") and precision: the one claim model (one fact per
    # sentence, links need the same proposition) took recall 98.8% -> 90%
    # and precision 75% -> 86%; clause facts (one sentence, two claims) took
    # them to 91.4% and 87.9%; negated claims kept apart and figures that
    # count the same thing joining their fact: 92.3% and 95.0%; no fact
    # citing an outlet that denies what another states: 93.5% and 96.0%;
    # single-source only when no other outlet's sentence may say it (two
    # own-figure sentences whose other half another outlet states drop
    # out): 92.3% and 95.9%
    python3 -c "
import re, sys
t = open(sys.argv[1]).read()
total = float(re.search(r'brief score: ([\d.]+)%', t).group(1))
prec = float(re.search(r'brief precision: ([\d.]+)%', t).group(1))
sys.exit(0 if total >= 92.0 and prec >= 95.5 else 1)" "$WORK/score" && pass "own corpus brief recall at least 92%, precision at least 95.5%" || fail "own corpus brief below 92% recall or 95.5% precision"
fi
first=$(ls "$corpus"/*.txt | head -1)
db2="$WORK/stdin.db"
expect_rc 0 "ingest from stdin" -- sh -c "'$NEWSPRISM' --db '$db2' ingest - < '$first'"
[ "$(doc_count "$db2")" -eq 1 ] && pass "stdin gave one document" || fail "stdin ingest"
expect_rc 0 "extract a file" -- "$NEWSPRISM" extract "$first"
expect_rc 0 "extract json" -- "$NEWSPRISM" extract --format json "$first"
python3 -m json.tool "$WORK/out" >/dev/null && pass "extract json parses" || fail "extract json invalid"
finish
