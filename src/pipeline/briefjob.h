/*
 * pipeline/briefjob.h — a story's brief in its serialized (JSON) form, from
 * the store's brief cache when the story has not changed since it was
 * built, built (and cached) otherwise.  Used by the web server for every
 * brief it shows, and by anything else that wants briefs without building
 * the same one twice.
 *
 * Nothing here groups documents: a reader never writes anything but the
 * cache, and a failed cache write (the store is busy with an ingest) only
 * means the next reader builds again.
 *
 * Ownership: the job's fields are borrowed; the result is appended to the
 * caller's buffer.
 */
#ifndef NP_PIPELINE_BRIEFJOB_H
#define NP_PIPELINE_BRIEFJOB_H

#include <stdint.h>

#include "compare/brief.h"
#include "core/buf.h"
#include "core/status.h"
#include "store/store.h"

/* Turns a built brief into the bytes that are cached and returned (the
 * front end's JSON renderer: the pipeline does not depend on render/). */
typedef np_status (*np_brief_serialize_fn)(void *ctx, const np_brief *b, np_buf *out);

typedef struct np_brief_job {
    const np_brief_env *env;         /* language resources; NULL loads them per build */
    const char *build_tag;           /* identifies this build (np_pipeline_build_tag) */
    np_brief_serialize_fn serialize;
    void *ctx;                       /* for serialize */
    int read_cache, write_cache;     /* use / fill the cache */
    int cache_wait_ms;               /* longest wait for the write lock when caching */
} np_brief_job;

typedef enum np_brief_origin {
    NP_BRIEF_CACHED = 1,  /* served from the cache */
    NP_BRIEF_BUILT = 2,   /* built now (and cached when write_cache) */
} np_brief_origin;

/* The serialized brief of story_id appended to out.  NP_ENOTFOUND when the
 * story does not exist or has no documents. */
np_status np_pipeline_brief_json(np_store *st, const np_brief_job *job, int64_t story_id,
                                 np_buf *out, np_brief_origin *origin, np_error *err);

/* Only a cached brief (never builds): NP_ENOTFOUND when there is none
 * for the story's current state. */
np_status np_pipeline_brief_cached_only(np_store *st, const np_brief_job *job, int64_t story_id,
                                        np_buf *out, np_error *err);

/* A view of the brief made from its JSON (an HTML page...), appended to out. */
typedef np_status (*np_brief_view_fn)(void *ctx, const char *json, size_t len, np_buf *out);

/* The view `kind` of story_id's brief: from the cache when the story has
 * not changed, else made from the (cached or built) JSON by fn and cached
 * under `kind`.  Makes a page of a large story cost one cache read. */
np_status np_pipeline_brief_view(np_store *st, const np_brief_job *job, int64_t story_id,
                                 const char *kind, np_brief_view_fn fn, void *ctx, np_buf *out,
                                 np_error *err);

/* A tag that changes whenever the running program changes: a hash of the
 * executable (so briefs cached by an older build are rebuilt, not served). */
void np_pipeline_build_tag(char out[33]);

#endif
