# tests/pg_lib.sh — start and stop a throw-away PostgreSQL for tests and
# benchmarks (sourced).  pg_start creates a cluster in a fresh temporary
# folder owned by the `postgres` user (initdb refuses to run as root), starts
# it on a free TCP port of 127.0.0.1 with its socket in that folder, creates
# the database `newsprism` and sets PG_URL; pg_stop stops it and deletes the
# folder.  Callers put pg_stop in a trap.  Needs Debian's postgresql
# (initdb/pg_ctl under /usr/lib/postgresql/*/bin).
pg_bin() {
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}
pg_as() { # run a command as the postgres user (we are root in CI)
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_start() {
    PG_BIN=$(pg_bin) || { echo "PostgreSQL is not installed (run scripts/setup.sh --test)"; return 1; }
    PG_DIR=$(mktemp -d /tmp/np-pg.XXXXXX) || return 1
    [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
    chmod 700 "$PG_DIR"
    PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
    pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40" \
        start >/dev/null 2>&1 || { cat "$PG_DIR/server.log"; return 1; }
    pg_as "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U postgres newsprism || return 1
    PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/newsprism"
    export PG_URL PG_DIR PG_PORT PG_BIN
}
# pg_newdb NAME: a further empty database; prints its URL
pg_newdb() {
    pg_as "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U postgres "$1" && \
        echo "postgresql://postgres@127.0.0.1:$PG_PORT/$1"
}
pg_stop() {
    [ -n "${PG_DIR:-}" ] || return 0
    [ -d "$PG_DIR/data" ] && pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$PG_DIR"
    PG_DIR=""
}
