# tests/e2e_lib.sh — helpers sourced by the end-to-end scripts.
# NEWSPRISM (binary), WORK (private temp dir), NP_ROOT, NP_SHARED are set by tests/run.sh.
set -u
fails=0
np() { "$NEWSPRISM" --quiet "$@"; }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
pass() { echo "ok: $*"; }
# expect_rc WANT DESCRIPTION -- command...
expect_rc() {
    want=$1; what=$2; shift 3
    "$@" >"$WORK/out" 2>"$WORK/err"; got=$?
    if [ "$got" -eq "$want" ]; then pass "$what (exit $got)"; else
        fail "$what: exit $got, wanted $want"; sed 's/^/    /' "$WORK/err" | head -5; fi
}
expect_grep() { # PATTERN FILE DESCRIPTION
    if grep -q -- "$1" "$2"; then pass "$3"; else fail "$3: no '$1' in $(basename "$2")"; sed 's/^/    /' "$2" | head -5; fi
}
doc_count() { # DB
    python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from documents').fetchone()[0])" "$1"
}
integrity() { # DB
    python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('pragma integrity_check').fetchone()[0])" "$1"
}
finish() { [ "$fails" -eq 0 ] && echo "all passed" && exit 0; echo "$fails failed"; exit 1; }
