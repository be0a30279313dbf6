#!/bin/sh
# scripts/setup.sh [--test] — install the Debian 12 packages newsprism needs
# (only those missing).  Needs root (or sudo).  --test adds what the test
# suite and fuzzers need.
set -eu
pkgs="build-essential pkg-config libsqlite3-dev libxml2-dev libjansson-dev libutf8proc-dev
      libpcre2-dev zlib1g-dev libzstd-dev libuchardet-dev libstemmer-dev wordnet-base python3
      libexttextcat-dev libexttextcat-data libmicrohttpd-dev"
if [ "${1:-}" = "--test" ]; then
    pkgs="$pkgs libcmocka-dev clang libclang-rt-14-dev time"
fi
missing=""
for p in $pkgs; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
echo "setup: installing$missing" >&2
run=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then run=sudo; else
        echo "setup: these Debian packages are missing and I am not root:$missing" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$run apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$run apt-get install -y -qq $missing >/dev/null
