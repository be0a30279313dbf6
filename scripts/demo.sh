#!/bin/sh
# scripts/demo.sh — install what is missing, build, ingest the bundled sample
# corpus into a fresh embedded store (./newsprism-demo.db) and print the
# stories and the brief of the largest one.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
make -s -j2
db=${NEWSPRISM_DEMO_DB:-newsprism-demo.db}
rm -f "$db" "$db-wal" "$db-shm"
# exit 3 means some input was rejected (each is named on stderr): still a demo
./build/newsprism --db "$db" ingest examples/corpus examples/corpus-jsonl || [ $? -eq 3 ]
echo
./build/newsprism --db "$db" stories
echo
./build/newsprism --db "$db" brief --format "${FORMAT:-text}"
