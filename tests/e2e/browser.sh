# The web app in a real browser: Debian's Chromium driven by puppeteer-core
# (tests/browser/browser_test.js).  Needs /usr/bin/chromium and
# tests/browser/node_modules (both installed by `scripts/setup.sh --test`);
# without them this test says so and is skipped.  SCREENSHOTS=DIR saves
# screenshots of the main pages there (docs/img/ holds the README's).
. "$NP_ROOT/tests/e2e_lib.sh"
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ] || [ ! -d "$NP_ROOT/tests/browser/node_modules/puppeteer-core" ] || ! command -v node >/dev/null; then
    echo "skipped: chromium or tests/browser/node_modules missing (run scripts/setup.sh --test)"
    exit 0
fi
db="$WORK/b.db"
np --db "$db" ingest "$NP_ROOT/tests/fixtures/hostile" "$NP_ROOT/examples/corpus" "$NP_ROOT/examples/corpus-jsonl" >/dev/null 2>&1
"$NEWSPRISM" --db "$db" serve --port 0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
pid=$!
port=""; i=0
while [ $i -lt 300 ] && [ -z "$port" ]; do
    port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/$|\1|p' "$WORK/serve.out")
    [ -z "$port" ] && sleep 0.1
    i=$((i + 1))
done
[ -n "$port" ] || { fail "server did not start"; kill "$pid"; finish; }
if [ -n "${SCREENSHOTS:-}" ]; then mkdir -p "$SCREENSHOTS"; fi
HOME="$WORK" node "$NP_ROOT/tests/browser/browser_test.js" "http://127.0.0.1:$port" ${SCREENSHOTS:-} >"$WORK/browser.log" 2>&1
rc=$?
cat "$WORK/browser.log"
[ "$rc" -eq 0 ] && pass "browser checks" || fail "browser checks (exit $rc)"
kill -TERM "$pid"; wait "$pid"
finish
