#!/bin/bash
# bench/serve_bench.sh [BUILD] — the web server's requests per second for a
# 200-article story page (cold and cached) and for search, with a static
# file from the same server in the same run as the baseline.  The story is
# built from our sample corpus (examples/corpus 01-06), each article varied
# 33 times (paragraphs rotated, a line added) so none is a byte duplicate.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
cd "$root"
make -s -j2 BUILD="$build" all
out=bench/out/serve; rm -rf "$out"; mkdir -p "$out"
python3 - "$out/story.jsonl" <<'P'
import json, sys, glob
files = sorted(glob.glob("examples/corpus/0[1-6]_*.txt"))
with open(sys.argv[1], "w") as f:
    n = 0
    for v in range(34):
        for path in files:
            if n == 200:
                break
            paras = [p for p in open(path, encoding="utf-8").read().split("\n\n") if p.strip()]
            head, body = paras[0], paras[1:]
            k = v % max(1, len(body))
            body = body[k:] + body[:k]
            text = "\n\n".join(body + ["Filed by desk %d of outlet %d." % (v, n)])
            f.write(json.dumps({"id": "v%d" % n, "title": head[:200], "outlet": "Outlet %d" % (n % 40),
                                "published": "2026-09-%02d" % (15 + v % 3), "text": text}) + "\n")
            n += 1
P
db="$out/serve.db"
"$build/newsprism" --quiet --db "$db" ingest "$out/story.jsonl"
# Grouping splits the variants into a few stories; the benchmark is about
# serving one large story, so put them all into the largest one.
python3 - "$db" <<'P'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
big = c.execute("select story_id from story_members group by story_id order by count(*) desc limit 1").fetchone()[0]
c.execute("update story_members set story_id=?", (big,))
c.execute("delete from stories where id not in (select story_id from story_members)")
c.commit()
P
read -r story size < <("$build/newsprism" --db "$db" stories --format json |
    python3 -c "import json,sys; s=json.load(sys.stdin)['stories'][0]; print(s['id'], s['documents'])")
echo "store: $db, largest story $story with $size articles"
"$build/newsprism" --db "$db" serve --port 0 >"$out/serve.out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do grep -q serving "$out/serve.out" && break; sleep 0.1; done
base=$(sed -n 's|.* on \(http://[^ ]*\)/$|\1|p' "$out/serve.out")
python3 bench/serve_bench.py "$base" "$story" "$db"
