/*
 * store/briefcache.h — rendered briefs kept in the store, keyed by the
 * story and the state of its documents, so that reading a brief twice does
 * not build it twice.
 *
 * The state is a hash of the story's member documents (ids and content
 * hashes) and of a caller-given build tag (so a new build of the brief code
 * does not serve briefs an older build wrote).  A cached brief is valid
 * exactly when its stored state equals the current one: adding, moving or
 * re-grouping any document changes the state.
 *
 * The cache table is created on the first write (CREATE TABLE IF NOT EXISTS)
 * rather than by a schema migration: it holds only derived data, any build
 * may drop or rebuild it, and it never blocks a store from being opened.
 * A missing table reads as a miss.
 *
 * Ownership: *json from np_store_cache_get is the caller's (np_free).
 */
#ifndef NP_STORE_BRIEFCACHE_H
#define NP_STORE_BRIEFCACHE_H

#include <stddef.h>
#include <stdint.h>

#include "core/status.h"
#include "store/store.h"

/* The state of a story (33 bytes: 32 hex digits and NUL).  NP_ENOTFOUND
 * when the story has no documents. */
np_status np_store_story_state(np_store *st, int64_t story_id, const char *build_tag,
                               char state[33], np_error *err);

/* A story may have several cached forms ("json", "html", ...): `kind`
 * names one. */

/* The cached brief of story_id if it was built for `state`; NP_ENOTFOUND
 * on a miss (absent, stale, or no cache table yet). */
np_status np_store_cache_get(np_store *st, int64_t story_id, const char *kind, const char *state,
                             char **json, size_t *len, np_error *err);

/* Store (replace) the brief of story_id for `state`.  Waits at most
 * wait_ms for the write lock (an ingest may hold it for a whole batch);
 * NP_EDB when it could not, and nothing changed: the cache is an
 * optimisation, callers may ignore the failure. */
np_status np_store_cache_put(np_store *st, int64_t story_id, const char *kind, const char *state,
                             const char *json, size_t len, int wait_ms, np_error *err);

#endif
