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
expect_grep "latin.txt: byte 40: not valid UTF-8; read as" "$WORK/bad.err" "invalid UTF-8 named with its offset"
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
# review findings: each of these once went wrong
more="$WORK/more"; mkdir -p "$more/loop"
cp "$good/a.txt" "$more/loop/"
ln -s . "$more/loop/x"; ln -s . "$more/loop/y"
expect_rc 0 "symlink loops are walked once" -- timeout 60 "$NEWSPRISM" --db "$WORK/loop.db" ingest "$more/loop"
expect_grep "1 documents (1 new" "$WORK/out" "the looped folder gives its one document once"
mkfifo "$WORK/fifo"; ln -s "$WORK/fifo" "$more/loop2.txt" 2>/dev/null || true
mkdir -p "$more/withfifo"; ln -s "$WORK/fifo" "$more/withfifo/link.txt"; cp "$good/a.txt" "$more/withfifo/"
expect_rc 3 "a FIFO inside a folder is skipped, not waited on" -- timeout 60 "$NEWSPRISM" --db "$WORK/fifo.db" ingest "$more/withfifo"
expect_grep "link.txt: not a regular file" "$WORK/err" "the FIFO is named"
printf '{"a": 1}\n' > "$more/named.json"
expect_rc 3 "a .json file named explicitly is reported" -- "$NEWSPRISM" --db "$WORK/j.db" ingest "$more/named.json"
expect_grep "named.json: not an article format" "$WORK/err" "the .json file is named"
: > "$more/empty.jsonl"
expect_rc 3 "an empty .jsonl is reported" -- "$NEWSPRISM" --db "$WORK/j.db" ingest "$more/empty.jsonl"
expect_grep "empty.jsonl: empty file" "$WORK/err" "the empty .jsonl is named"
python3 - "$more" <<'PY'
import gzip, json, sys
d = sys.argv[1]
recs = [{"id": "r%d" % i, "text": "Record %d: the valley railway reopened its northern branch after floods, officials said." % i,
         "published": "Thu, 26 Nov 2026 10:00:00 GMT"} for i in range(30)]
with gzip.open(d + "/recs.jsonl.gz", "wt") as f:
    f.write("\n".join(json.dumps(r) for r in recs) + "\n")
with open(d + "/bom.jsonl", "w", encoding="utf-8") as f:
    f.write("\ufeff" + json.dumps({"id": "bom", "text": "A first line behind a byte-order mark is still a record, the clerk said."}) + "\n")
    f.write(json.dumps({"id": "nul", "text": "Before the NUL\u0000 and after it, the council voted to keep the ferry running."}) + "\n")
with open(d + "/latin1.txt", "wb") as f:
    f.write("Caf\u00e9 owners in S\u00e8te protest\n\nThe caf\u00e9 owners of S\u00e8te, r\u00e9unis on Monday, said the new terrace fees were unfair and d\u00e9cid\u00e9 to appeal.\n".encode("latin-1"))
open(d + "/caf\udce9.txt".encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape"), "w") if False else None
PY
expect_rc 0 "gzipped JSONL on stdin" -- sh -c "cat '$more/recs.jsonl.gz' | '$NEWSPRISM' --db '$WORK/gz.db' ingest -"
[ "$(doc_count "$WORK/gz.db")" -eq 30 ] && pass "30 records from gzip on stdin" || fail "gzip on stdin gave $(doc_count "$WORK/gz.db") documents"
expect_rc 0 "show a JSONL record with an RFC 2822 date" -- "$NEWSPRISM" --db "$WORK/gz.db" show r3 --format json
expect_grep '"published": "2026-11-26' "$WORK/out" "JSONL dates are normalised to ISO 8601"
expect_rc 0 "BOM and NUL in JSONL" -- "$NEWSPRISM" --db "$WORK/bom.db" ingest "$more/bom.jsonl"
expect_rc 0 "show the NUL record" -- "$NEWSPRISM" --db "$WORK/bom.db" show nul
expect_grep "voted to keep the ferry" "$WORK/out" "text after an escaped NUL is kept"
expect_rc 0 "a Latin-1 text file is read" -- "$NEWSPRISM" --db "$WORK/l1.db" ingest "$more/latin1.txt"
expect_rc 0 "show it" -- "$NEWSPRISM" --db "$WORK/l1.db" show latin1.txt
expect_grep "Sète" "$WORK/out" "Latin-1 converted to UTF-8"
# UTF-8 with one damaged byte is still UTF-8: its accents stay, the byte alone
# becomes U+FFFD (read as a legacy charset, every accent turned to mojibake)
printf 'Caf\303\251 owners in S\303\250te protest\n\nThe caf\303\251 owners of S\303\250te met on Monday \377 and said the terrace fees were unfair, the r\303\251union decided.\n' > "$more/damaged.txt"
expect_rc 0 "UTF-8 with a bad byte is read" -- "$NEWSPRISM" --db "$WORK/dm.db" ingest "$more/damaged.txt"
expect_grep "damaged.txt: byte 71: invalid UTF-8 (1 bad sequence replaced" "$WORK/err" "the bad byte is named with its offset"
expect_rc 0 "show it" -- "$NEWSPRISM" --db "$WORK/dm.db" show damaged.txt
expect_grep "réunion decided" "$WORK/out" "the valid accents are kept"
expect_grep "Monday � and said" "$WORK/out" "the bad byte alone is replaced"
printf '{"id": "u1", "text": "Caf\303\251 owners of S\303\250te met \377 on Monday and said the terrace fees were unfair."}\n' > "$more/damaged.jsonl"
expect_rc 0 "a JSONL record with a bad byte is read" -- "$NEWSPRISM" --db "$WORK/dj.db" ingest "$more/damaged.jsonl"
expect_grep "damaged.jsonl:1: byte 48: invalid UTF-8" "$WORK/err" "the record's bad byte is named"
expect_rc 0 "show the record" -- "$NEWSPRISM" --db "$WORK/dj.db" show u1
expect_grep "Sète met � on Monday" "$WORK/out" "its accents kept, the bad byte replaced"
python3 -c "
import sys
t = 'Caf\u00e9 owners in S\u00e8te protest\n\nThe caf\u00e9 owners of S\u00e8te said on Monday that the new terrace fees were unfair and would be appealed.\n'
open(sys.argv[1], 'wb').write(b'\xff\xfe' + t.encode('utf-16-le'))
open(sys.argv[2], 'wb').write(b'\xfe\xff' + t.replace('Monday', 'Tuesday').encode('utf-16-be'))
" "$more/utf16le.txt" "$more/utf16be.txt"
expect_rc 0 "UTF-16 texts with a byte-order mark are read" -- "$NEWSPRISM" --db "$WORK/u16.db" ingest "$more/utf16le.txt" "$more/utf16be.txt"
grep -q "binary\|encoding" "$WORK/err" && fail "a complaint for UTF-16: $(head -2 "$WORK/err")" || pass "no binary or encoding complaint for UTF-16"
expect_rc 0 "show the little-endian one" -- "$NEWSPRISM" --db "$WORK/u16.db" show utf16le.txt
expect_grep "Sète said on Monday" "$WORK/out" "UTF-16 converted to UTF-8"
name=$(printf 'caf\351.txt')
cp "$good/a.txt" "$more/$name"
expect_rc 0 "a file name that is not UTF-8" -- "$NEWSPRISM" --db "$WORK/nm.db" ingest "$more/$name"
expect_rc 0 "show it as JSON" -- "$NEWSPRISM" --db "$WORK/nm.db" show 1 --format json
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['doc'].startswith('caf') and d['source']" "$WORK/out" && pass "the name is kept as text" || fail "non-UTF-8 name lost"
finish
