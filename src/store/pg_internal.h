/*
 * store/pg_internal.h — what the PostgreSQL backend's files (pg_*.c) share:
 * the handle, query helpers that turn libpq failures into np_error (with
 * PQerrorMessage / PQresultErrorMessage, and the URL without its password),
 * and the operations implemented outside pg_store.c.  Internal to
 * src/store/.
 *
 * Ownership: a PGresult returned by np_pg_query is the caller's (PQclear);
 * on failure it is NULL and err is set.
 */
#ifndef NP_STORE_PG_INTERNAL_H
#define NP_STORE_PG_INTERNAL_H

#include <libpq-fe.h>

#include "store/store_ops.h"

typedef struct np_pg_pending np_pg_pending;

typedef struct np_pg_store {
    np_store base;
    PGconn *conn;
    char *where;  /* the URL with password and query removed: for errors */
    int in_batch;
    np_pg_pending *pending; /* deferred writes (pg_batch.c), NULL until used */
    int keep_pending;       /* the next statements touch no table the deferred writes go to */
    /* the (doc_key, content_hash) of the last waiting document handed out in
     * this grouping transaction: the next read starts after it (NULL: none) */
    char *ungrouped_key, *ungrouped_hash;
} np_pg_store;

#define NP_PG(h) ((np_pg_store *)(h))

/* A query's parameters: text values (NULL = SQL NULL), except those with
 * a length (binary, for bytea). */
typedef struct np_pg_params {
    int n;
    const char *vals[16];
    int lens[16];
    int fmts[16];
} np_pg_params;

void np_pg_text(np_pg_params *p, const char *v);
/* An integer as a text parameter; buf (24 bytes) must outlive the query. */
void np_pg_int(np_pg_params *p, int64_t v, char buf[24]);
void np_pg_bytes(np_pg_params *p, const void *data, size_t len);

/* Run sql (or, with prepared != 0, the statement of that name) with
 * parameters p (may be NULL); results in binary format when binary != 0.
 * Returns NULL with err set (NP_EDB, "what: libpq message") on failure. */
PGresult *np_pg_query(np_pg_store *st, const char *sql, int prepared, const np_pg_params *p,
                      int binary, const char *what, np_error *err);
/* The same with the parameters as arrays (n of them; lens and fmts NULL
 * for text only), for statements with more than np_pg_params holds. */
PGresult *np_pg_query_v(np_pg_store *st, const char *sql, int prepared, int n,
                        const char *const *vals, const int *lens, const int *fmts, int binary,
                        const char *what, np_error *err);
/* NP_EDB with the message of r (or of the connection when r is NULL). */
np_status np_pg_error(np_pg_store *st, np_error *err, const char *what, const PGresult *r);
np_status np_pg_exec(np_pg_store *st, const char *sql, np_error *err);
/* An int8 column of a binary result. */
int64_t np_pg_bin_i64(const PGresult *r, int row, int col);
/* A copy of a text column (NULL when SQL NULL); -1 when out of memory. */
int np_pg_dup(const PGresult *r, int row, int col, char **dst);

/* pg_batch.c: writes deferred to the next statement (np_pg_query sends
 * them first).  kind 1: grouping features (doc_id, blob); kind 2: story
 * assignment (doc_id, story b, duplicate_of dup). */
np_status np_pg_pending_add(np_pg_store *st, int kind, int64_t doc_id, int64_t b, int64_t dup,
                            const void *blob, size_t len, np_error *err);
np_status np_pg_pending_flush(np_pg_store *st, np_error *err);
void np_pg_pending_discard(np_pg_store *st);
void np_pg_pending_free(np_pg_store *st);

/* pg_search.c */
np_status np_pg_search(np_store *st, const np_search_query *q, np_search_results *out,
                       np_error *err);
np_status np_pg_story_page(np_store *st, const np_story_filter *f, np_story_page *out,
                           np_error *err);
np_status np_pg_outlets(np_store *st, np_outlet_count **out, size_t *n, np_error *err);
np_status np_pg_story_state(np_store *st, int64_t story_id, const char *build_tag,
                            char state[33], np_error *err);
np_status np_pg_cache_get(np_store *st, int64_t story_id, const char *kind, const char *state,
                          char **json, size_t *len, np_error *err);
np_status np_pg_cache_put(np_store *st, int64_t story_id, const char *kind, const char *state,
                          const char *json, size_t len, int wait_ms, np_error *err);
np_status np_pg_put_analysis(np_store *st, int64_t doc_id, uint32_t version, const void *data,
                             size_t len, np_error *err);
np_status np_pg_get_analysis(np_store *st, int64_t doc_id, uint32_t version, void **data,
                             size_t *len, np_error *err);

/* A story's label as listed: the title of its first document, or, when
 * that document had none and the label is its key ("2-new-york-times"),
 * a title one of its documents has.  For a query grouping a story's
 * documents d by s.id. */
#define NP_PG_STORY_LABEL                                                                                     \
    "CASE WHEN bool_or(d.title IS NULL AND d.doc_key = s.label) THEN coalesce(max(d.title), s.label)"        \
    " ELSE s.label END"

#endif
