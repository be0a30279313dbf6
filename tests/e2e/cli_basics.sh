# CLI surface: help on every command, version, usage errors, exit codes.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/t.db"
expect_rc 0 "--help" -- "$NEWSPRISM" --help
expect_grep "exit codes" "$WORK/out" "main help lists exit codes"
for c in ingest stories brief show extract search serve; do
    expect_rc 0 "$c --help" -- "$NEWSPRISM" "$c" --help
    expect_grep "usage: newsprism $c" "$WORK/out" "$c help has usage"
    expect_rc 0 "help $c" -- "$NEWSPRISM" help "$c"
done
expect_rc 0 "--version" -- "$NEWSPRISM" --version
expect_rc 2 "unknown command" -- "$NEWSPRISM" frobnicate
expect_grep "unknown command" "$WORK/err" "unknown command is named"
expect_rc 2 "no command" -- "$NEWSPRISM"
expect_rc 2 "ingest without paths" -- "$NEWSPRISM" --db "$db" ingest
expect_rc 2 "bad --format" -- "$NEWSPRISM" --db "$db" ingest --format pdf x
expect_rc 2 "bad brief format" -- "$NEWSPRISM" --db "$db" brief --format yaml
expect_rc 2 "bad story id" -- "$NEWSPRISM" --db "$db" brief abc
expect_rc 4 "brief of a missing store" -- "$NEWSPRISM" --db "$db" brief
expect_rc 4 "stories of a missing store" -- "$NEWSPRISM" --db "$db" stories
expect_grep "no store here" "$WORK/err" "a missing store is named"
[ -e "$db" ] && fail "a read command created the store" || pass "read commands create nothing"
mkdir -p "$WORK/none"
expect_rc 0 "ingest of an empty folder creates the store" -- "$NEWSPRISM" --db "$db" ingest "$WORK/none"
expect_rc 0 "stories of an empty store" -- "$NEWSPRISM" --db "$db" stories
expect_grep "no stories" "$WORK/out" "empty store says so"
expect_rc 4 "brief of an empty store" -- "$NEWSPRISM" --db "$db" brief
expect_rc 4 "show of a missing document" -- "$NEWSPRISM" --db "$db" show nosuchdoc
expect_grep "no document" "$WORK/err" "missing document is named"
expect_rc 2 "empty --db" -- "$NEWSPRISM" --db "" ingest "$WORK/none"
expect_rc 2 "empty --db=" -- "$NEWSPRISM" --db= stories
expect_rc 1 "store that is not a database" -- sh -c "echo 'not a database at all, just text' > '$WORK/bad.db'; '$NEWSPRISM' --db '$WORK/bad.db' stories"
expect_grep "bad.db" "$WORK/err" "bad store file is named"
finish
