#!/bin/sh
# tests/run.sh BUILD [unit|e2e|all] — run the unit test binaries and/or the
# end-to-end scripts, print one line per test program and a closing
# "tests: N passed, N failed" line; exit 1 if anything failed.
# Each unit test gets a private TMPDIR, removed after it; each e2e script gets
# NEWSPRISM (the binary), SHARED (../shared if present, else empty) and a
# private TMPDIR.
build=${1:-build}
what=${2:-all}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=""
[ -d "$root/../shared" ] && shared=$(cd "$root/../shared" && pwd)
export NP_SHARED="$shared" NP_ROOT="$root"
pass=0; fail=0; failed=""
logdir="$root/$build/test-logs"; mkdir -p "$logdir"
run_one() { # name, command...
    name=$1; shift
    if "$@" >"$logdir/$name.log" 2>&1; then
        pass=$((pass + 1)); echo "ok   $name"
    else
        fail=$((fail + 1)); failed="$failed $name"; echo "FAIL $name (log: $build/test-logs/$name.log)"
        tail -n 30 "$logdir/$name.log" | sed 's/^/    /'
    fi
}
if [ "$what" = unit ] || [ "$what" = all ]; then
    for t in "$root/$build"/tests/test_*; do
        [ -x "$t" ] || continue
        tmp=$(mktemp -d) # the test's scratch files (np_test_tmpdir()) go here and leave with it
        run_one "$(basename "$t")" env TMPDIR="$tmp" "$t"
        rm -rf "$tmp"
    done
fi
if [ "$what" = e2e ] || [ "$what" = all ]; then
    for s in "$root"/tests/e2e/*.sh; do
        [ -f "$s" ] || continue
        n=$(basename "$s" .sh)
        tmp=$(mktemp -d)
        run_one "e2e_$n" env NEWSPRISM="$root/$build/newsprism" TMPDIR="$tmp" WORK="$tmp" sh "$s"
        rm -rf "$tmp"
    done
fi
[ -n "$failed" ] && echo "failed:$failed"
echo "tests: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
