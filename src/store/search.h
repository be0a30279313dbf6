/*
 * store/search.h — finding things in the store without changing it:
 * full-text search over the FTS5 index the store keeps on every insert, and
 * the story listing with per-story outlets and filters (for the web UI).
 *
 * Ownership: result structs own their strings; free them with the matching
 * *_free (which accept NULL and leave the struct empty).  Query strings are
 * borrowed.  Nothing here writes to the store.
 */
#ifndef NP_STORE_SEARCH_H
#define NP_STORE_SEARCH_H

#include <stddef.h>
#include <stdint.h>

#include "core/status.h"
#include "store/store.h"

/* Markers around each hit inside a snippet.  They are control characters
 * that never survive text cleaning, so a renderer can escape the snippet
 * and then turn them into markup (or strip them) without ambiguity. */
#define NP_SEARCH_MARK_OPEN '\x01'
#define NP_SEARCH_MARK_CLOSE '\x02'

/* Bounds every caller gets, whatever it asks for. */
#define NP_SEARCH_MAX_QUERY 512   /* bytes of FTS5 query */
#define NP_SEARCH_MAX_LIMIT 200   /* hits per page */

typedef struct np_search_query {
    const char *match;  /* FTS5 query: words, "a phrase", prefix*, AND/OR/NOT */
    const char *outlet; /* exact outlet name, or NULL */
    const char *since;  /* published on or after this ISO date (prefix), or NULL */
    const char *until;  /* published on or before this ISO date (prefix), or NULL */
    size_t limit;       /* hits wanted, 1..NP_SEARCH_MAX_LIMIT (0 = 20) */
    size_t offset;      /* hits to skip (paging) */
} np_search_query;

typedef struct np_search_hit {
    int64_t doc_id;
    int64_t story_id;   /* 0 when not grouped yet */
    char *key, *title, *outlet, *published, *url; /* NULL when absent; title cut at 1000 characters */
    char *snippet;      /* text around the best hit, hits between the MARK bytes */
    double rank;        /* bm25: lower is better */
} np_search_hit;

typedef struct np_search_results {
    np_search_hit *hits;
    size_t n;
    int64_t total;      /* matching documents before limit/offset */
} np_search_results;

/* Runs the query, best (bm25) first.  A malformed FTS5 query is NP_EPARSE
 * with SQLite's explanation in err->msg; an empty or over-long one NP_EINVAL. */
np_status np_store_search(np_store *st, const np_search_query *q, np_search_results *out,
                          np_error *err);
void np_search_results_free(np_search_results *r);

/* Story listing with the outlets of each story. */
typedef struct np_story_filter {
    const char *outlet; /* only stories with a document of this outlet, or NULL */
    const char *since;  /* with a document published on/after (ISO prefix), or NULL */
    const char *until;  /* with a document published on/before (ISO prefix), or NULL */
    int newest_first;   /* order by last publication instead of size */
    size_t limit;       /* 0 = no limit */
    size_t offset;
} np_story_filter;

typedef struct np_story_entry {
    int64_t id;
    char *label;                             /* first 1000 characters */
    int64_t n_docs, n_outlets;
    char *first_published, *last_published; /* NULL when no dates */
    char **outlets; size_t n_outlet_names;   /* distinct outlet names, sorted */
} np_story_entry;

typedef struct np_story_page {
    np_story_entry *rows;
    size_t n;
    int64_t total;      /* stories matching the filter before limit/offset */
} np_story_page;

np_status np_store_story_page(np_store *st, const np_story_filter *f, np_story_page *out,
                              np_error *err);
void np_story_page_free(np_story_page *p);

/* Distinct outlet names with their document counts, most documents first. */
typedef struct np_outlet_count {
    char *name;
    int64_t n_docs;
} np_outlet_count;
np_status np_store_outlets(np_store *st, np_outlet_count **out, size_t *n, np_error *err);
void np_store_outlets_free(np_outlet_count *o, size_t n);

#endif
