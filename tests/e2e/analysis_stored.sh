# Analysis once: the first brief stores each document's analysis, later
# briefs read it and are byte-identical; a stale analysis (another format
# version) is recomputed; the language-resource cache gives the same briefs
# as parsing the sources (cache off), and a corrupt cache file is rebuilt.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/t.db"
export NEWSPRISM_CACHE_DIR="$WORK/cache"
expect_rc 0 "ingest the sample corpus" -- "$NEWSPRISM" --quiet --db "$db" ingest "$NP_ROOT/examples/corpus"
# the analysis table is derived data, created on the first write: no table
# counts as no rows
rows() {
    python3 -c "
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
has = c.execute(\"select count(*) from sqlite_master where name = 'analysis'\").fetchone()[0]
print(c.execute(sys.argv[2]).fetchone()[0] if has else 0)" "$db" "$1"
}
[ "$(rows 'select count(*) from analysis')" = 0 ] && pass "nothing analysed at ingest" || fail "analysis rows before any brief"
expect_rc 0 "first brief (analyses)" -- "$NEWSPRISM" --db "$db" brief --all --format json
cp "$WORK/out" "$WORK/first.json"
n=$(rows 'select count(*) from analysis')
[ "$n" -gt 0 ] && pass "$n analyses stored" || fail "no analysis stored"
expect_rc 0 "second brief (stored analyses)" -- "$NEWSPRISM" --db "$db" brief --all --format json
cmp -s "$WORK/out" "$WORK/first.json" && pass "briefs from stored analyses identical" || fail "briefs differ"
# an older format version is ignored and replaced
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('update analysis set version = 0, data = x\'00\''); c.commit()" "$db"
expect_rc 0 "brief with stale analyses" -- "$NEWSPRISM" --db "$db" brief --all --format json
cmp -s "$WORK/out" "$WORK/first.json" && pass "stale analyses recomputed, same briefs" || fail "briefs differ after stale analyses"
[ "$(rows 'select count(*) from analysis where version = 0')" = 0 ] && pass "stale analyses replaced" || fail "stale analyses kept"
# language resources: from the cache, without it, and from a damaged cache
ls "$WORK/cache"/*.bin >/dev/null 2>&1 && pass "resource cache written" || fail "no resource cache"
NEWSPRISM_CACHE_DIR=off "$NEWSPRISM" --db "$db" brief --all --format json >"$WORK/nocache.json" 2>"$WORK/err"
cmp -s "$WORK/nocache.json" "$WORK/first.json" && pass "same briefs without the resource cache" || fail "cache changes briefs"
for f in "$WORK/cache"/*.bin; do head -c 1000 "$f" >"$f.t" && mv "$f.t" "$f"; done
expect_rc 0 "brief with truncated resource caches" -- "$NEWSPRISM" --db "$db" brief --all --format json
cmp -s "$WORK/out" "$WORK/first.json" && pass "truncated caches rebuilt, same briefs" || fail "briefs differ with damaged cache"
for f in "$WORK/cache"/*.bin; do [ "$(wc -c <"$f")" -gt 100000 ] || fail "$f not rebuilt"; done
finish
