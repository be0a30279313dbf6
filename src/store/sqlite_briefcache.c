/*
 * store/sqlite_briefcache.c — the brief cache table on SQLite (see briefcache.h).
 */
#include "store/briefcache.h"

#include <stdio.h>
#include <string.h>

#include "core/mem.h"
#include "store/sqlite_internal.h"

static np_status cache_error(np_store *st, np_error *err, const char *what)
{
    return np_error_set(err, NP_EDB, np_sqlite_path(st), 0, -1, "%s: %s", what,
                        sqlite3_errmsg(np_sqlite_db(st)));
}

np_status np_sqlite_story_state(np_store *st, int64_t story_id, const char *build_tag,
                               char state[33], np_error *err)
{
    state[0] = '\0';
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(np_sqlite_db(st),
                           "SELECT m.doc_id, d.content_hash, coalesce(m.duplicate_of, 0)"
                           " FROM story_members m JOIN documents d ON d.id = m.doc_id"
                           " WHERE m.story_id = ? ORDER BY m.doc_id",
                           -1, &q, NULL) != SQLITE_OK)
        return cache_error(st, err, "prepare");
    sqlite3_bind_int64(q, 1, story_id);
    np_state_hash h;
    np_state_hash_init(&h, build_tag);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        np_state_hash_row(&h, sqlite3_column_int64(q, 0), (const char *)sqlite3_column_text(q, 1),
                          sqlite3_column_int64(q, 2));
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE)
        return cache_error(st, err, "read story state");
    if (!h.rows)
        return np_error_set(err, NP_ENOTFOUND, np_sqlite_path(st), 0, -1, "no story %lld",
                            (long long)story_id);
    np_state_hash_hex(&h, state);
    return NP_OK;
}

np_status np_sqlite_cache_get(np_store *st, int64_t story_id, const char *kind, const char *state,
                             char **json, size_t *len, np_error *err)
{
    *json = NULL;
    *len = 0;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(np_sqlite_db(st),
                           "SELECT body FROM brief_cache WHERE story_id = ? AND kind = ? AND state = ?", -1, &q,
                           NULL) != SQLITE_OK)
        /* no table yet: nothing was ever cached */
        return np_error_set(err, NP_ENOTFOUND, np_sqlite_path(st), 0, -1, "no cached brief");
    sqlite3_bind_int64(q, 1, story_id);
    sqlite3_bind_text(q, 2, kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, state, -1, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    np_status s = NP_OK;
    if (rc == SQLITE_ROW) {
        const void *b = sqlite3_column_blob(q, 0);
        size_t n = (size_t)sqlite3_column_bytes(q, 0);
        char *copy = np_malloc(n + 1);
        if (!copy) {
            s = np_error_set(err, NP_ENOMEM, np_sqlite_path(st), 0, -1, "out of memory");
        } else {
            if (n)
                memcpy(copy, b, n);
            copy[n] = '\0';
            *json = copy;
            *len = n;
        }
    } else if (rc == SQLITE_DONE) {
        s = np_error_set(err, NP_ENOTFOUND, np_sqlite_path(st), 0, -1, "no cached brief");
    } else {
        s = cache_error(st, err, "read brief cache");
    }
    sqlite3_finalize(q);
    return s;
}

np_status np_sqlite_cache_put(np_store *st, int64_t story_id, const char *kind, const char *state,
                             const char *json, size_t len, int wait_ms, np_error *err)
{
    sqlite3 *db = np_sqlite_db(st);
    sqlite3_busy_timeout(db, wait_ms);
    np_status s = NP_OK;
    sqlite3_stmt *q = NULL;
    if (sqlite3_exec(db,
                     "CREATE TABLE IF NOT EXISTS brief_cache(story_id INTEGER NOT NULL, kind TEXT NOT NULL,"
                     " state TEXT NOT NULL, body BLOB NOT NULL,"
                     " built_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
                     " PRIMARY KEY(story_id, kind))",
                     NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO brief_cache(story_id, kind, state, body) VALUES(?,?,?,?)",
                           -1, &q, NULL) != SQLITE_OK) {
        s = cache_error(st, err, "brief cache");
    } else {
        sqlite3_bind_int64(q, 1, story_id);
        sqlite3_bind_text(q, 2, kind, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 3, state, -1, SQLITE_STATIC);
        sqlite3_bind_blob64(q, 4, json, len, SQLITE_STATIC);
        if (sqlite3_step(q) != SQLITE_DONE)
            s = cache_error(st, err, "write brief cache");
    }
    sqlite3_finalize(q);
    sqlite3_busy_timeout(db, 10000); /* the store's default (store.c) */
    return s;
}
