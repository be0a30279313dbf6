/*
 * store/sqlite_internal.h — what the SQLite backend's files (sqlite_*.c)
 * share: the connection and path of an np_store opened by np_sqlite_open,
 * and the operations implemented outside sqlite_store.c.  Not for other
 * modules: SQLite stays inside src/store/.  The connection and path are
 * borrowed and live as long as the np_store.
 */
#ifndef NP_STORE_SQLITE_INTERNAL_H
#define NP_STORE_SQLITE_INTERNAL_H

#include <sqlite3.h>

#include "store/store_ops.h"

sqlite3 *np_sqlite_db(np_store *st);
const char *np_sqlite_path(const np_store *st);

/* sqlite_search.c */
np_status np_sqlite_search(np_store *st, const np_search_query *q, np_search_results *out,
                           np_error *err);
np_status np_sqlite_story_page(np_store *st, const np_story_filter *f, np_story_page *out,
                               np_error *err);
np_status np_sqlite_outlets(np_store *st, np_outlet_count **out, size_t *n, np_error *err);
/* sqlite_briefcache.c */
np_status np_sqlite_story_state(np_store *st, int64_t story_id, const char *build_tag,
                                char state[33], np_error *err);
np_status np_sqlite_cache_get(np_store *st, int64_t story_id, const char *kind,
                              const char *state, char **json, size_t *len, np_error *err);
np_status np_sqlite_cache_put(np_store *st, int64_t story_id, const char *kind,
                              const char *state, const char *json, size_t len, int wait_ms,
                              np_error *err);
/* sqlite_analysis.c */
np_status np_sqlite_put_analysis(np_store *st, int64_t doc_id, uint32_t version,
                                 const void *data, size_t len, np_error *err);
np_status np_sqlite_get_analysis(np_store *st, int64_t doc_id, uint32_t version, void **data,
                                 size_t *len, np_error *err);

/* A story's label as listed: the title of its first document, or, when
 * that document had none and the label is its key ("2-new-york-times"),
 * a title one of its documents has.  For a query grouping a story's
 * documents d by s.id. */
#define NP_SQ_STORY_LABEL                                                                                     \
    "CASE WHEN max(d.title IS NULL AND d.doc_key = s.label) THEN coalesce(max(d.title), s.label)"            \
    " ELSE s.label END"

#endif
