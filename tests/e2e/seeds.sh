# The five seed articles in ../shared: one story, clean bodies, right metadata.
. "$NP_ROOT/tests/e2e_lib.sh"
[ -n "$NP_SHARED" ] && [ -d "$NP_SHARED/seeds" ] || { echo "no ../shared: skipped"; exit 0; }
db="$WORK/t.db"
expect_rc 0 "ingest the seeds" -- "$NEWSPRISM" --db "$db" ingest "$NP_SHARED/seeds"
expect_rc 0 "brief json" -- "$NEWSPRISM" --db "$db" brief --format json
python3 "$NP_SHARED/tools/check_brief.py" "$WORK/out" --verbose > "$WORK/score"
cat "$WORK/score"
for section in grouping cleaning metadata; do
    line=$(grep "^$section " "$WORK/score")
    got=$(echo "$line" | awk '{print $2}')
    if [ -n "$got" ] && [ "${got%/*}" = "${got#*/}" ]; then pass "$section $got"; else fail "$section ${got:-missing}"; fi
done
finish
