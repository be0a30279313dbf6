/*
 * pipeline/briefjob.c — cached briefs (see briefjob.h).
 */
#include "pipeline/briefjob.h"

#include <stdio.h>
#include <string.h>

#include "core/hash.h"
#include "core/mem.h"
#include "pipeline/pipeline.h"
#include "store/briefcache.h"

void np_pipeline_build_tag(char out[33])
{
    uint64_t h1 = 1, h2 = 2;
    FILE *f = fopen("/proc/self/exe", "rb");
    if (f) {
        char chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
            h1 = np_hash64(chunk, n, h1);
            h2 = np_hash64(chunk, n, h2 ^ 0x9e3779b97f4a7c15ULL);
        }
        fclose(f);
    } else {
        /* No /proc: the compile time of this file is the best we have. */
        static const char when[] = __DATE__ " " __TIME__;
        h1 = np_hash64(when, sizeof when, h1);
        h2 = np_hash64(when, sizeof when, h2);
    }
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h1, (unsigned long long)h2);
}

static np_status from_cache(np_store *st, int64_t story_id, const char *kind, const char *state,
                            np_buf *out, np_error *err)
{
    char *json = NULL;
    size_t len = 0;
    np_status s = np_store_cache_get(st, story_id, kind, state, &json, &len, err);
    if (s)
        return s;
    s = np_buf_append(out, json, len);
    np_free(json);
    return s ? np_error_set(err, s, "", 0, -1, "out of memory") : NP_OK;
}

np_status np_pipeline_brief_cached_only(np_store *st, const np_brief_job *job, int64_t story_id,
                                        np_buf *out, np_error *err)
{
    char state[33];
    np_status s = np_store_story_state(st, story_id, job->build_tag, state, err);
    return s ? s : from_cache(st, story_id, "json", state, out, err);
}

np_status np_pipeline_brief_json(np_store *st, const np_brief_job *job, int64_t story_id,
                                 np_buf *out, np_brief_origin *origin, np_error *err)
{
    char state[33];
    np_status s = np_store_story_state(st, story_id, job->build_tag, state, err);
    if (s)
        return s;
    if (job->read_cache && from_cache(st, story_id, "json", state, out, NULL) == NP_OK) {
        if (origin)
            *origin = NP_BRIEF_CACHED;
        return NP_OK;
    }
    np_brief *b = NULL;
    if ((s = np_pipeline_brief(st, job->env, story_id, &b, err)))
        return s;
    size_t before = out->len;
    s = job->serialize(job->ctx, b, out);
    np_brief_free(b);
    if (s)
        return np_error_set(err, s, "", 0, -1, "cannot serialize the brief");
    if (origin)
        *origin = NP_BRIEF_BUILT;
    /* The state read before building may be stale if an ingest moved
     * documents meanwhile; re-reading it keeps a stale brief from being
     * cached under the new state. */
    char after[33];
    if (job->write_cache && np_store_story_state(st, story_id, job->build_tag, after, NULL) == NP_OK &&
        strcmp(after, state) == 0)
        np_store_cache_put(st, story_id, "json", state, out->data + before, out->len - before,
                           job->cache_wait_ms, NULL);
    return NP_OK;
}

np_status np_pipeline_brief_view(np_store *st, const np_brief_job *job, int64_t story_id,
                                 const char *kind, np_brief_view_fn fn, void *ctx, np_buf *out,
                                 np_error *err)
{
    char state[33];
    np_status s = np_store_story_state(st, story_id, job->build_tag, state, err);
    if (s)
        return s;
    if (job->read_cache && from_cache(st, story_id, kind, state, out, NULL) == NP_OK)
        return NP_OK;
    np_buf json;
    np_buf_init(&json, 0);
    if ((s = np_pipeline_brief_json(st, job, story_id, &json, NULL, err))) {
        np_buf_free(&json);
        return s;
    }
    size_t before = out->len;
    s = fn(ctx, json.data, json.len, out);
    np_buf_free(&json);
    if (s)
        return np_error_set(err, s, "", 0, -1, "cannot make the %s view of the brief", kind);
    char after[33];
    if (job->write_cache && np_store_story_state(st, story_id, job->build_tag, after, NULL) == NP_OK &&
        strcmp(after, state) == 0)
        np_store_cache_put(st, story_id, kind, state, out->data + before, out->len - before,
                           job->cache_wait_ms, NULL);
    return NP_OK;
}
