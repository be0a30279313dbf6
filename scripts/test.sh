#!/bin/sh
# scripts/test.sh — install what is missing, build with AddressSanitizer +
# UndefinedBehaviorSanitizer, and run every unit and end-to-end test, then a
# short replay of each fuzz target's corpus.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh --test
make -s -j2 SAN=1 build-san/newsprism
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
make -s -j2 SAN=1 check >"$log" 2>&1 || status=1
cat "$log"
# each fuzz target: build, then a short run on its seed corpus
if [ $status -eq 0 ]; then
    sh tests/fuzz/run.sh "${NP_FUZZ_SECONDS:-10}" >"$log.fuzz" 2>&1 || status=1
    cat "$log.fuzz"
    cat "$log.fuzz" >>"$log"
    rm -f "$log.fuzz"
fi
# one closing line for everything that ran
awk '/^(tests|fuzz): [0-9]+ passed, [0-9]+ failed$/ { p += $2; f += $4 }
     END { printf "total: %d passed, %d failed\n", p, f }' "$log"
exit $status
