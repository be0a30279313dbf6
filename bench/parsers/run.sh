#!/usr/bin/env bash
# bench/parsers/run.sh — libxml2's HTML parser against gumbo (see
# compare_parsers.c).  Installs libgumbo-dev when missing (needs root),
# builds the comparison outside the Makefile and runs it.
#
#   bash bench/parsers/run.sh [HTML_DIR] [DEPTH]
#
# HTML_DIR: folder of *.html.gz pages (default ../shared scrapinghub set);
# DEPTH: nesting of the generated hostile page (default 100000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="${1:-$root/../shared/data/extraction/scrapinghub/html}"
depth="${2:-100000}"
out="$root/bench/out/parsers"

if ! pkg-config --exists gumbo; then
    echo "installing libgumbo-dev" >&2
    apt-get install -y libgumbo-dev >&2
fi
mkdir -p "$out"
# shellcheck disable=SC2046
gcc -std=c11 -O2 -Wall -Wextra -o "$out/compare_parsers" "$here/compare_parsers.c" \
    $(pkg-config --cflags --libs libxml-2.0 gumbo zlib)
"$out/compare_parsers" "$dir" "$depth"
