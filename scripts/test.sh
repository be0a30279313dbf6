#!/bin/sh
# scripts/test.sh — install what is missing, build with AddressSanitizer +
# UndefinedBehaviorSanitizer, and run every unit and end-to-end test, then a
# short replay of each fuzz target's corpus.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh --test
make -s -j2 SAN=1 build-san/newsprism
make -s -j2 SAN=1 check
if [ -f tests/fuzz/run.sh ]; then
    sh tests/fuzz/run.sh "${NP_FUZZ_SECONDS:-10}"
fi
