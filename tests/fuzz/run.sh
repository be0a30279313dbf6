#!/bin/sh
# tests/fuzz/run.sh [SECONDS] [NAME...] — build every tests/fuzz/fuzz_<name>.c
# as a libFuzzer binary (clang, ASan + UBSan) linked with all library
# sources, and run each for SECONDS (default 20) on tests/fuzz/corpus/<name>/
# (with tests/fuzz/<name>.dict as its dictionary when that file exists).
# New inputs the fuzzer finds go to build-fuzz/corpus/<name>/ (the seed
# directory stays as written); crashes go to build-fuzz/crashes/<name>/.
# Exit status 1 if any target crashed.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" # .incbin paths (render/html_assets.c, server/assets.c) are relative to the root
secs=${1:-20}
[ $# -gt 0 ] && shift
out=$root/build-fuzz
mkdir -p "$out"
# the library's packages, as the Makefile lists them (one list, not two)
pkgs=$(sed -n 's/^PKGS := //p' "$root/Makefile")
cflags=$(pkg-config --cflags $pkgs)
libs="$(pkg-config --libs $pkgs) -lstemmer -lm -lpthread"
lib_src=$(ls "$root"/src/*/*.c | grep -v '/src/cli/')
fuzz_flags="-g -O1 -std=c11 -D_GNU_SOURCE -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
# Compile the library once (two at a time), not once per target.
mkdir -p "$out/obj"
newest_h=$(ls -t "$root"/src/*/*.h | head -n 1)
export root out cflags fuzz_flags newest_h
echo "$lib_src" | xargs -P 2 -n 1 sh -c '
    o="$out/obj/$(echo "${0#$root/src/}" | tr / _ | sed "s/\.c\$/.o/")"
    [ "$o" -nt "$0" ] && [ "$o" -nt "$newest_h" ] || clang $fuzz_flags -I"$root/src" $cflags -c "$0" -o "$o"' || {
    echo "fuzz: library build failed"; exit 1; }
# the objects of today's sources only: a source removed since an earlier
# run leaves its object behind in build-fuzz/obj
lib_obj=$(echo "$lib_src" | while read -r c; do echo "$out/obj/$(echo "${c#$root/src/}" | tr / _ | sed 's/\.c$/.o/')"; done)
fail=0
passed=0
failed=0
for f in "$root"/tests/fuzz/fuzz_*.c; do
    name=$(basename "$f" .c); name=${name#fuzz_}
    if [ $# -gt 0 ]; then
        case " $* " in *" $name "*) ;; *) continue ;; esac
    fi
    bin=$out/fuzz_$name
    echo "== building fuzz_$name"
    if ! clang -g -O1 -std=c11 -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined \
        -fno-sanitize-recover=undefined -I"$root/src" $cflags "$f" $lib_obj -o "$bin" $libs; then
        echo "build of fuzz_$name failed"; fail=1; failed=$((failed + 1)); continue
    fi
    mkdir -p "$out/corpus/$name" "$out/crashes/$name"
    seeds=$root/tests/fuzz/corpus/$name
    [ -d "$seeds" ] || seeds=""
    dict=""
    [ -f "$root/tests/fuzz/$name.dict" ] && dict="-dict=$root/tests/fuzz/$name.dict"
    echo "== running fuzz_$name for ${secs}s"
    if ! "$bin" $dict -max_total_time="$secs" -max_len=262144 -rss_limit_mb=4096 -timeout=30 \
        -artifact_prefix="$out/crashes/$name/" -print_final_stats=1 \
        "$out/corpus/$name" $seeds >"$out/fuzz_$name.log" 2>&1; then
        echo "fuzz_$name FAILED: see $out/fuzz_$name.log and $out/crashes/$name/"
        tail -n 40 "$out/fuzz_$name.log"
        fail=1
        failed=$((failed + 1))
    else
        grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$out/fuzz_$name.log" | tail -n 2
        echo "fuzz_$name ok"
        passed=$((passed + 1))
    fi
done
echo "fuzz: $passed passed, $failed failed"
exit $fail
