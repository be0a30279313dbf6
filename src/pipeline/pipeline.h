/*
 * pipeline/pipeline.h — the jobs the CLI (and later the web UI) run, wiring
 * ingest → store → grouping → brief.
 *
 * np_pipeline_ingest() reads paths into the store in batches of batch_size
 * documents, one transaction per batch: a kill at any moment leaves every
 * committed batch intact and the open one absent.  Documents whose content
 * hash is already stored are counted as duplicates and change nothing.
 * After the documents are committed, np_pipeline_group() puts every document
 * that has no story yet into one (it can be re-run at any time; a killed
 * grouping is finished by the next run).
 */
#ifndef NP_PIPELINE_PIPELINE_H
#define NP_PIPELINE_PIPELINE_H

#include <stddef.h>
#include <stdint.h>

#include "compare/brief.h"
#include "core/status.h"
#include "ingest/ingest.h"
#include "store/store.h"

typedef struct np_ingest_report {
    np_ingest_stats input; /* what the readers saw */
    uint64_t stored;       /* new documents written */
    uint64_t duplicates;   /* documents already in the store */
    uint64_t grouped;      /* documents given a story */
    uint64_t new_stories;  /* stories created */
} np_ingest_report;

typedef void (*np_progress_fn)(void *ctx, const np_ingest_report *so_far);

typedef struct np_pipeline_opts {
    np_format format;          /* NP_FORMAT_AUTO to sniff */
    size_t batch_size;         /* documents per transaction; default 500 */
    np_warn_fn on_warning;     /* per-input problems; may be NULL */
    np_progress_fn on_progress;/* called after each document; may be NULL */
    void *ctx;                 /* for both callbacks */
} np_pipeline_opts;

void np_pipeline_opts_default(np_pipeline_opts *o);

np_status np_pipeline_ingest(np_store *st, const char *const *paths, size_t n_paths,
                             const np_pipeline_opts *opts, np_ingest_report *report,
                             np_error *err);

np_status np_pipeline_group(np_store *st, uint64_t *grouped, uint64_t *new_stories,
                            np_error *err);

/* Build the brief of one story from the store.  env (borrowed) holds the
 * language resources; NULL loads them for this call only. */
np_status np_pipeline_brief(np_store *st, const np_brief_env *env, int64_t story_id,
                            np_brief **out, np_error *err);

#endif
