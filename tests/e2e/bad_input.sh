# Bad input never crashes or hangs, is named with its position, and never
# harms what is already stored.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/t.db"
good="$WORK/good"; mkdir -p "$good"
cat > "$good/a.txt" <<'TXT'
Harbour authority approves new ferry timetable

The harbour authority of Port Elmwood approved a new ferry timetable on Monday, adding four evening crossings to the island of Calder.

"Evening service was the single most requested change," said harbour director Mira Osei.

The new timetable starts on March 3 and runs through the summer season.
TXT
expect_rc 0 "seed the store" -- "$NEWSPRISM" --db "$db" ingest "$good"
before=$(doc_count "$db")
bad="$WORK/bad"; mkdir -p "$bad"
: > "$bad/empty.txt"
head -c 20000 /dev/urandom > "$bad/junk.txt"
printf 'A headline\n\nThis body has invalid bytes \377\376 in the middle but is otherwise a fine article about the town council meeting on Tuesday evening.\n' > "$bad/latin.txt"
printf '{"id": "ok1", "title": "Bakery wins prize", "text": "The Lindenhof bakery won the regional bread prize on Sunday, its owner said, after three years of trying."}\n{"id": "broken", "text": "unterminated\n[1,2,3]\n{"id": "notext"}\n' > "$bad/mixed.jsonl"
gzip -c "$good/a.txt" | head -c 60 > "$bad/trunc.txt.gz"
python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('{\"id\": \"huge\", \"text\": \"' + 'x' * (100 * 1024 * 1024) + '\"}\n')
    f.write('{\"id\": \"after-huge\", \"text\": \"The river ferry resumed service on Friday after repairs to its engine, the operator said.\"}\n')
" "$bad/huge.jsonl"
python3 -c "
import sys
open(sys.argv[1], 'w').write('word ' * (21 * 1024 * 1024))
" "$bad/oneline.txt"
expect_rc 3 "bad batch is partial, not fatal" -- "$NEWSPRISM" --db "$db" ingest "$bad" "$WORK/missing.txt"
cp "$WORK/err" "$WORK/bad.err"
expect_grep "empty.txt" "$WORK/bad.err" "empty file named"
expect_grep "junk.txt.*binary" "$WORK/bad.err" "binary junk named"
expect_grep "latin.txt: byte 40: invalid UTF-8" "$WORK/bad.err" "invalid UTF-8 named with its offset"
expect_grep "mixed.jsonl:2: .*malformed JSON" "$WORK/bad.err" "malformed JSON line named with its number"
expect_grep "mixed.jsonl:3: .*not a JSON object" "$WORK/bad.err" "non-object line named"
expect_grep "mixed.jsonl:4: .*no \"text\"" "$WORK/bad.err" "record without text named"
expect_grep "trunc.txt.gz.*truncated" "$WORK/bad.err" "truncated gzip named"
expect_grep "huge.jsonl:1: .*longer than" "$WORK/bad.err" "100 MB line named and skipped"
expect_grep "oneline.txt" "$WORK/bad.err" "100 MB single-line text file reported"
expect_grep "missing.txt" "$WORK/bad.err" "missing file named"
after=$(doc_count "$db")
[ "$after" -eq $((before + 3)) ] && pass "good records around bad ones stored ($after)" || fail "expected $((before + 3)) documents, found $after"
[ "$(integrity "$db")" = ok ] && pass "store intact" || fail "store damaged"
expect_rc 0 "show a document after the bad batch" -- "$NEWSPRISM" --db "$db" show after-huge
expect_rc 3 "stdin junk" -- sh -c "head -c 5000 /dev/urandom | '$NEWSPRISM' --db '$db' ingest -"
expect_rc 3 "stdin empty" -- sh -c "'$NEWSPRISM' --db '$db' ingest - < /dev/null"
[ "$(doc_count "$db")" -eq "$after" ] && pass "count unchanged by bad stdin" || fail "bad stdin changed the store"
finish
