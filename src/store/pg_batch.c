/*
 * store/pg_batch.c — the PostgreSQL backend's deferred writes (see
 * pg_internal.h): grouping features and story assignments made inside a
 * transaction are kept in memory and sent as one multi-row INSERT before
 * the next statement of any kind (so every read, and the COMMIT, sees
 * them).  Why: each statement costs a round trip to the server, which on a
 * busy machine is a context switch each; ingest writes one feature row per
 * document and grouping one assignment, so batching them removes two of
 * the three round trips a new document costs.  Outside a transaction a
 * write is sent at once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/mem.h"
#include "store/pg_internal.h"

/* Rows per INSERT: 3 parameters each, well under libpq's 65535. */
#define PG_PENDING_MAX 500

typedef struct pending_row {
    int64_t doc_id, b;   /* features: -; assignment: story id */
    int64_t dup;         /* assignment: duplicate_of, 0 for none */
    void *blob;          /* features: owned copy */
    size_t len;
} pending_row;

struct np_pg_pending {
    pending_row rows[PG_PENDING_MAX];
    size_t n;
    int kind; /* 0 none, 1 features, 2 assignments */
};

static void drop_rows(np_pg_pending *p)
{
    for (size_t i = 0; i < p->n; i++)
        np_free(p->rows[i].blob);
    p->n = 0;
    p->kind = 0;
}

void np_pg_pending_discard(np_pg_store *st)
{
    if (st->pending)
        drop_rows(st->pending);
}

void np_pg_pending_free(np_pg_store *st)
{
    np_pg_pending_discard(st);
    np_free(st->pending);
    st->pending = NULL;
}

/* One INSERT of every pending row; the buffer is empty afterwards. */
np_status np_pg_pending_flush(np_pg_store *st, np_error *err)
{
    np_pg_pending *p = st->pending;
    if (!p || p->n == 0)
        return NP_OK;
    int per = p->kind == 1 ? 2 : 3, n = (int)p->n * per;
    const char **vals = np_calloc((size_t)n, sizeof *vals);
    int *lens = np_calloc((size_t)n, sizeof *lens), *fmts = np_calloc((size_t)n, sizeof *fmts);
    char (*nums)[24] = np_calloc((size_t)n, sizeof *nums);
    np_buf sql;
    np_buf_init(&sql, 0);
    np_status s = vals && lens && fmts && nums ? NP_OK : NP_ENOMEM;
    if (!s)
        s = np_buf_append_str(&sql, p->kind == 1 ? "INSERT INTO doc_features(doc_id, blob) VALUES"
                                                 : "INSERT INTO story_members(doc_id, story_id,"
                                                   " duplicate_of) VALUES");
    for (size_t i = 0; i < p->n && !s; i++) {
        pending_row *r = &p->rows[i];
        int k = (int)i * per;
        snprintf(nums[k], 24, "%lld", (long long)r->doc_id);
        vals[k] = nums[k];
        if (p->kind == 1) {
            vals[k + 1] = r->len ? r->blob : "";
            lens[k + 1] = (int)r->len;
            fmts[k + 1] = 1;
            s = np_buf_printf(&sql, "%s($%d::bigint, $%d::bytea)", i ? "," : "", k + 1, k + 2);
        } else {
            snprintf(nums[k + 1], 24, "%lld", (long long)r->b);
            vals[k + 1] = nums[k + 1];
            snprintf(nums[k + 2], 24, "%lld", (long long)r->dup);
            vals[k + 2] = r->dup > 0 ? nums[k + 2] : NULL;
            s = np_buf_printf(&sql, "%s($%d::bigint, $%d::bigint, $%d::bigint)", i ? "," : "",
                              k + 1, k + 2, k + 3);
        }
    }
    if (!s)
        s = np_buf_append_str(&sql, p->kind == 1
                                        ? " ON CONFLICT (doc_id) DO UPDATE SET blob = excluded.blob"
                                        : " ON CONFLICT (doc_id) DO UPDATE SET story_id ="
                                          " excluded.story_id, duplicate_of = excluded.duplicate_of");
    if (!s && !(s = np_buf_append_char(&sql, '\0'))) {
        PGresult *r = PQexecParams(st->conn, sql.data, n, NULL, vals, lens, fmts, 0);
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            s = np_pg_error(st, err, p->kind == 1 ? "store features" : "assign story", r);
        PQclear(r);
    } else if (s) {
        s = np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory");
    }
    drop_rows(p);
    np_buf_free(&sql);
    np_free(vals);
    np_free(lens);
    np_free(fmts);
    np_free(nums);
    return s;
}

/* Queue one row (kind 1: features doc_id/blob; 2: assignment doc_id/b/dup).
 * A second row for the same document replaces the first (one INSERT may
 * not touch a row twice). */
np_status np_pg_pending_add(np_pg_store *st, int kind, int64_t doc_id, int64_t b, int64_t dup,
                            const void *blob, size_t len, np_error *err)
{
    np_status s;
    if (!st->pending && !(st->pending = np_calloc(1, sizeof *st->pending)))
        return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory");
    np_pg_pending *p = st->pending;
    if ((p->kind && p->kind != kind) || p->n == PG_PENDING_MAX)
        if ((s = np_pg_pending_flush(st, err)))
            return s;
    void *copy = NULL;
    if (kind == 1 && !(copy = np_malloc(len ? len : 1)))
        return np_error_set(err, NP_ENOMEM, st->where, 0, -1, "out of memory");
    if (copy && len)
        memcpy(copy, blob, len);
    pending_row *r = NULL;
    for (size_t i = 0; i < p->n && !r; i++)
        if (p->rows[i].doc_id == doc_id)
            r = &p->rows[i];
    if (r)
        np_free(r->blob);
    else
        r = &p->rows[p->n++];
    *r = (pending_row){.doc_id = doc_id, .b = b, .dup = dup, .blob = copy, .len = len};
    p->kind = kind;
    return NP_OK;
}
