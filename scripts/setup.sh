#!/bin/sh
# scripts/setup.sh [--test] — install the Debian 12 packages newsprism needs
# (only those missing).  Needs root (or sudo).  --test adds what the test
# suite and fuzzers need.
set -eu
pkgs="build-essential pkg-config libsqlite3-dev libxml2-dev libjansson-dev libutf8proc-dev
      libpcre2-dev zlib1g-dev libzstd-dev libuchardet-dev libstemmer-dev wordnet-base iso-codes python3
      libexttextcat-dev libexttextcat-data libmicrohttpd-dev libpq-dev"
if [ "${1:-}" = "--test" ]; then
    pkgs="$pkgs postgresql libcmocka-dev clang libclang-rt-14-dev time curl chromium"
fi
# The browser test drives Debian's chromium with puppeteer-core from npm,
# installed into tests/browser/node_modules (no browser is downloaded).
browser_deps() {
    [ "${1:-}" = "--test" ] || return 0
    root=$(cd "$(dirname "$0")/.." && pwd)
    [ -d "$root/tests/browser/node_modules/puppeteer-core" ] && return 0
    if command -v npm >/dev/null 2>&1; then
        (cd "$root/tests/browser" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --silent) ||
            echo "setup: npm install of puppeteer-core failed: the browser test will be skipped" >&2
    else
        echo "setup: npm not found: the browser test will be skipped" >&2
    fi
}
missing=""
for p in $pkgs; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && { browser_deps "${1:-}"; exit 0; }
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
browser_deps "${1:-}"
