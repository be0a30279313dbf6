/*
 * store/sqlite_analysis.c — stored document analyses on SQLite (see
 * np_store_put_analysis in store.h).
 *
 * Like the brief cache, the table holds only derived data: it is created on
 * the first write (CREATE TABLE IF NOT EXISTS) rather than by a schema
 * migration, so any build may drop or rebuild it and it never blocks a store
 * from being opened; a missing table reads as "none stored".
 */
#include <stdlib.h>
#include <string.h>

#include "store/sqlite_internal.h"

static np_status an_error(np_store *st, np_error *err, const char *what)
{
    return np_error_set(err, NP_EDB, np_sqlite_path(st), 0, -1, "%s: %s", what,
                        sqlite3_errmsg(np_sqlite_db(st)));
}

np_status np_sqlite_put_analysis(np_store *st, int64_t doc_id, uint32_t version,
                                 const void *data, size_t len, np_error *err)
{
    sqlite3 *db = np_sqlite_db(st);
    sqlite3_stmt *q = NULL;
    np_status s = NP_OK;
    if (sqlite3_exec(db,
                     "CREATE TABLE IF NOT EXISTS analysis("
                     " doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
                     " version INTEGER NOT NULL, data BLOB NOT NULL)",
                     NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "INSERT OR REPLACE INTO analysis(doc_id, version, data)"
                           " SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM documents WHERE id = ?1)",
                           -1, &q, NULL) != SQLITE_OK) {
        s = an_error(st, err, "analysis table");
    } else {
        sqlite3_bind_int64(q, 1, doc_id);
        sqlite3_bind_int64(q, 2, (sqlite3_int64)version);
        /* a zero-length blob bound from NULL would be SQL NULL */
        sqlite3_bind_blob64(q, 3, len ? data : "", len, SQLITE_STATIC);
        if (sqlite3_step(q) != SQLITE_DONE)
            s = an_error(st, err, "store analysis");
        else if (sqlite3_changes(db) == 0)
            s = np_error_set(err, NP_ENOTFOUND, np_sqlite_path(st), 0, -1, "put analysis: no document %lld",
                             (long long)doc_id);
    }
    sqlite3_finalize(q);
    return s;
}

np_status np_sqlite_get_analysis(np_store *st, int64_t doc_id, uint32_t version, void **data,
                                 size_t *len, np_error *err)
{
    *data = NULL;
    *len = 0;
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(np_sqlite_db(st),
                           "SELECT data FROM analysis WHERE doc_id = ? AND version = ?", -1, &q,
                           NULL) != SQLITE_OK)
        return NP_OK; /* no table yet: nothing was ever stored */
    sqlite3_bind_int64(q, 1, doc_id);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)version);
    int rc = sqlite3_step(q);
    np_status s = NP_OK;
    if (rc == SQLITE_ROW) {
        size_t n = (size_t)sqlite3_column_bytes(q, 0);
        const void *b = sqlite3_column_blob(q, 0);
        void *copy = malloc(n ? n : 1);
        if (!copy) {
            s = np_error_set(err, NP_ENOMEM, np_sqlite_path(st), 0, -1, "out of memory");
        } else {
            if (n)
                memcpy(copy, b, n);
            *data = copy;
            *len = n;
        }
    } else if (rc != SQLITE_DONE) {
        s = an_error(st, err, "read analysis");
    }
    sqlite3_finalize(q);
    return s;
}
