/*
 * store/analysis.c — the analysis table (see analysis.h).
 */
#include "store/analysis.h"

#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"

static np_status analysis_error(np_store *st, np_error *err, const char *what)
{
    return np_error_set(err, NP_EDB, np_store_path(st), 0, -1, "%s: %s", what,
                        sqlite3_errmsg(np_store_sqlite(st)));
}

np_status np_store_put_analysis(np_store *st, int64_t doc_id, uint32_t version, const void *data, size_t len,
                                np_error *err)
{
    if (!st || (!data && len) || len > (size_t)INT32_MAX)
        return np_error_set(err, NP_EINVAL, "", 0, -1, "put analysis: bad arguments");
    sqlite3 *db = np_store_sqlite(st);
    sqlite3_stmt *q;
    /* INSERT ... SELECT: nothing is written for an unknown document */
    if (sqlite3_prepare_v2(db,
                           "INSERT OR REPLACE INTO analysis(doc_id, version, data)"
                           " SELECT id, ?2, ?3 FROM documents WHERE id = ?1",
                           -1, &q, NULL) != SQLITE_OK)
        return analysis_error(st, err, "prepare put analysis");
    sqlite3_bind_int64(q, 1, doc_id);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)version);
    sqlite3_bind_blob(q, 3, len ? data : "", (int)len, SQLITE_TRANSIENT);
    int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE)
        return analysis_error(st, err, "put analysis");
    if (sqlite3_changes(db) == 0)
        return np_error_set(err, NP_ENOTFOUND, np_store_path(st), 0, -1, "put analysis: no document %lld",
                            (long long)doc_id);
    return NP_OK;
}

np_status np_store_get_analysis(np_store *st, int64_t doc_id, uint32_t version, void **data, size_t *len,
                                np_error *err)
{
    if (!data || !len)
        return np_error_set(err, NP_EINVAL, "", 0, -1, "get analysis: bad arguments");
    *data = NULL;
    *len = 0;
    if (!st)
        return np_error_set(err, NP_EINVAL, "", 0, -1, "get analysis: no store");
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(np_store_sqlite(st), "SELECT data FROM analysis WHERE doc_id = ? AND version = ?", -1,
                           &q, NULL) != SQLITE_OK)
        return analysis_error(st, err, "prepare get analysis");
    sqlite3_bind_int64(q, 1, doc_id);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)version);
    np_status s = NP_OK;
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        const void *b = sqlite3_column_blob(q, 0);
        size_t n = (size_t)sqlite3_column_bytes(q, 0);
        void *copy = malloc(n ? n : 1);
        if (!copy) {
            s = np_error_set(err, NP_ENOMEM, np_store_path(st), 0, -1, "get analysis: out of memory");
        } else {
            if (n)
                memcpy(copy, b, n);
            *data = copy;
            *len = n;
        }
    } else if (rc != SQLITE_DONE) {
        s = analysis_error(st, err, "get analysis");
    }
    sqlite3_finalize(q);
    return s;
}
