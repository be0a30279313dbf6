/*
 * store/store_ops.h — the operations table behind the public np_store_*
 * functions (store.h, search.h, briefcache.h), and the two backends that
 * fill it: SQLite (sqlite_*.c, a file path) and PostgreSQL (pg_*.c, a
 * postgresql:// or postgres:// URL).  Internal to src/store/: callers only
 * see store.h and never know which backend they talk to.
 *
 * Every backend's handle starts with a struct np_store (its `ops`), so
 * store.c dispatches with st->ops->fn(st, ...) and the backend casts the
 * handle back to its own type.  Each entry has exactly the contract of the
 * public function of the same name (see store.h, search.h, briefcache.h);
 * store.c checks arguments common to both backends before dispatching.
 */
#ifndef NP_STORE_STORE_OPS_H
#define NP_STORE_STORE_OPS_H

#include "store/briefcache.h"
#include "store/search.h"
#include "store/store.h"

typedef struct np_store_ops {
    const char *name; /* "sqlite", "postgresql" */
    void (*close)(np_store *st);
    np_status (*begin)(np_store *st, np_error *err);
    np_status (*begin_group)(np_store *st, np_error *err);
    np_status (*ingest_enter)(np_store *st, np_error *err);
    np_status (*ingest_leave)(np_store *st, int *last, np_error *err);
    np_status (*commit)(np_store *st, np_error *err);
    void (*rollback)(np_store *st);
    np_status (*put_doc)(np_store *st, np_doc *doc, int *inserted, np_error *err);
    /* may be NULL: store.c then calls put_doc for each document */
    np_status (*put_docs)(np_store *st, np_doc *const *docs, size_t n, int *inserted,
                          np_error *err);
    np_status (*get_doc)(np_store *st, const char *ref, np_doc **out, np_error *err);
    np_status (*count_docs)(np_store *st, int64_t *out, np_error *err);
    np_status (*docs_after)(np_store *st, int64_t after, int with_text, np_doc_list *out,
                            np_error *err);
    np_status (*list_stories)(np_store *st, np_story_list *out, np_error *err);
    np_status (*story_docs)(np_store *st, int64_t story_id, np_doc_list *out, np_error *err);
    np_status (*doc_story)(np_store *st, int64_t doc_id, int64_t *story_id, np_error *err);
    np_status (*count_ungrouped)(np_store *st, int64_t *out, np_error *err);
    np_status (*new_story)(np_store *st, const char *label, int64_t *story_id, np_error *err);
    np_status (*new_story_of_doc)(np_store *st, int64_t doc_id, int64_t *story_id, np_error *err);
    np_status (*assign)(np_store *st, int64_t doc_id, int64_t story_id, int64_t duplicate_of,
                        np_error *err);
    np_status (*prune_stories)(np_store *st, np_error *err);
    np_status (*put_features)(np_store *st, int64_t doc_id, const void *blob, size_t len,
                              np_error *err);
    np_status (*merge_stories)(np_store *st, int64_t from, int64_t into, np_error *err);
    np_status (*resolve_story)(np_store *st, int64_t id, int64_t *out, np_error *err);
    np_status (*each_recent_features)(np_store *st, int64_t window, np_feature_fn fn, void *ctx,
                                      np_error *err);
    np_status (*each_ungrouped_features)(np_store *st, int64_t limit, np_feature_fn fn,
                                         void *ctx, np_error *err);
    np_status (*copy_group)(np_store *st, int64_t doc_id, int64_t **ids, size_t *n,
                            np_error *err);
    np_status (*story_members)(np_store *st, np_story_list *list, np_error *err);
    np_status (*check)(np_store *st, np_error *err);
    /* search.h */
    np_status (*search)(np_store *st, const np_search_query *q, np_search_results *out,
                        np_error *err);
    np_status (*story_page)(np_store *st, const np_story_filter *f, np_story_page *out,
                            np_error *err);
    np_status (*outlets)(np_store *st, np_outlet_count **out, size_t *n, np_error *err);
    /* briefcache.h */
    np_status (*story_state)(np_store *st, int64_t story_id, const char *build_tag,
                             char state[33], np_error *err);
    np_status (*cache_get)(np_store *st, int64_t story_id, const char *kind, const char *state,
                           char **json, size_t *len, np_error *err);
    np_status (*cache_put)(np_store *st, int64_t story_id, const char *kind, const char *state,
                           const char *json, size_t len, int wait_ms, np_error *err);
    /* analysis (store.h) */
    np_status (*put_analysis)(np_store *st, int64_t doc_id, uint32_t version, const void *data,
                              size_t len, np_error *err);
    np_status (*get_analysis)(np_store *st, int64_t doc_id, uint32_t version, void **data,
                              size_t *len, np_error *err);
} np_store_ops;

struct np_store {
    const np_store_ops *ops;
};

/* Backends: open (creating when create != 0) and migrate. */
np_status np_sqlite_open(const char *path, int create, np_store **out, np_error *err);
np_status np_pg_open(const char *url, int create, np_store **out, np_error *err);

/* 1 when location names a PostgreSQL database (postgresql:// or postgres://). */
int np_store_is_pg_url(const char *location);

/* Fill e->outlets from a story listing's outlet names, joined with a unit
 * separator (0x1f; text cleaning never leaves one in a name) by either
 * backend's query.  NULL or "" leaves none.  0, or -1 when out of memory
 * (what was split stays in e, freed with the listing). */
int np_store_split_outlets(const char *joined, np_story_entry *e);

/* The state hash of briefcache.h, fed row by row by either backend so both
 * give the same state for the same story. */
typedef struct np_state_hash {
    uint64_t h1, h2;
    size_t rows;
} np_state_hash;
void np_state_hash_init(np_state_hash *h, const char *build_tag);
void np_state_hash_row(np_state_hash *h, int64_t doc_id, const char *content_hash,
                       int64_t duplicate_of);
void np_state_hash_hex(const np_state_hash *h, char state[33]);

#endif
