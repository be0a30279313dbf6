/* pipeline/pipeline.c — ingest, grouping and brief jobs (see pipeline.h). */
#include "pipeline/pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster/features.h"
#include "cluster/grouper.h"
#include "core/buf.h"
#include "core/mem.h"
#include "core/url.h"
#include "extract/analysis_codec.h"
#include "extract/date.h"

void np_pipeline_opts_default(np_pipeline_opts *o)
{
    memset(o, 0, sizeof *o);
    o->format = NP_FORMAT_AUTO;
    o->batch_size = 500;
}

/* Documents wait in a queue of at most NP_STORE_PUT_MAX (and QUEUE_BYTES
 * of text) so that the store writes them in one round trip (see
 * np_store_put_docs); a batch's transaction still ends after batch_size. */
#define QUEUE_BYTES (8u << 20)

typedef struct ingest_ctx {
    np_store *st;
    const np_pipeline_opts *opts;
    np_ingest *ig;
    np_ingest_report *report;
    np_featurizer *fz;
    np_buf blob;
    size_t in_batch;
    uint64_t batch_stored; /* new documents in the open batch */
    int batch_open;
    np_doc *queue[NP_STORE_PUT_MAX]; /* owned, not yet stored */
    size_t n_queued, queued_bytes;
    np_error *err;
} ingest_ctx;

static void drop_queue(ingest_ctx *c)
{
    for (size_t i = 0; i < c->n_queued; i++)
        np_doc_free(c->queue[i]);
    c->n_queued = 0;
    c->queued_bytes = 0;
}

/* Grouping features of a document just stored. */
static np_status store_features(ingest_ctx *c, const np_doc *doc)
{
    np_features f;
    np_status s = np_features_of_doc(c->fz, doc, &f);
    if (s)
        return s;
    np_buf_reset(&c->blob);
    s = np_features_encode(&f, &c->blob);
    np_features_free(&f);
    return s ? s : np_store_put_features(c->st, doc->rowid, c->blob.data, c->blob.len, c->err);
}

/* Store the queued documents (and their features), commit when the batch
 * is full; the queue is empty afterwards, whatever happened. */
static np_status flush_queue(ingest_ctx *c)
{
    np_status s = NP_OK;
    size_t n = c->n_queued;
    if (n && !c->batch_open) {
        if ((s = np_store_begin(c->st, c->err)))
            goto out;
        c->batch_open = 1;
        c->in_batch = 0;
        c->batch_stored = 0;
    }
    int inserted[NP_STORE_PUT_MAX];
    if (n && (s = np_store_put_docs(c->st, c->queue, n, inserted, c->err)))
        goto out;
    for (size_t i = 0; i < n && !s; i++) {
        if (!inserted[i]) {
            c->report->duplicates++;
        } else if (!(s = store_features(c, c->queue[i]))) {
            c->batch_stored++;
        }
        if (!s && c->opts->on_progress) {
            c->report->input = c->ig->stats;
            c->opts->on_progress(c->opts->ctx, c->report);
        }
    }
    c->in_batch += n;
    if (!s && c->batch_open && c->in_batch >= c->opts->batch_size) {
        if ((s = np_store_commit(c->st, c->err)))
            goto out;
        c->batch_open = 0;
        c->report->stored += c->batch_stored; /* durable only now */
    }
out:
    drop_queue(c);
    return s;
}

static np_status store_doc(void *vctx, np_doc *doc)
{
    ingest_ctx *c = vctx;
    c->queue[c->n_queued++] = doc;
    c->queued_bytes += doc->text ? strlen(doc->text) : 0;
    size_t room = c->opts->batch_size - (c->batch_open ? c->in_batch : 0);
    if (c->n_queued < NP_STORE_PUT_MAX && c->n_queued < room && c->queued_bytes < QUEUE_BYTES)
        return NP_OK;
    return flush_queue(c);
}

static void forward_warning(void *vctx, const np_error *w)
{
    ingest_ctx *c = vctx;
    c->opts->on_warning(c->opts->ctx, w);
}

np_status np_pipeline_ingest(np_store *st, const char *const *paths, size_t n_paths,
                             const np_pipeline_opts *opts, np_ingest_report *report,
                             np_error *err)
{
    np_pipeline_opts defaults;
    if (!opts) {
        np_pipeline_opts_default(&defaults);
        opts = &defaults;
    }
    memset(report, 0, sizeof *report);
    np_ingest ig;
    np_ingest_init(&ig);
    ingest_ctx c = {.st = st, .opts = opts, .ig = &ig, .report = report, .err = err};
    np_buf_init(&c.blob, 0);
    np_status s = np_featurizer_new(&c.fz);
    if (s)
        return np_error_set(err, s, "", 0, -1, "cannot start the featurizer");
    ig.format = opts->format;
    ig.on_doc = store_doc;
    ig.on_warning = opts->on_warning ? forward_warning : NULL;
    ig.ctx = &c;
    /* other runs on the same store (PostgreSQL) leave the grouping to the
     * last one to finish: store.h, "Many workers" */
    s = np_store_ingest_enter(st, err);
    for (size_t i = 0; i < n_paths && !s; i++)
        s = np_ingest_path(&ig, paths[i], err);
    if (!s)
        s = flush_queue(&c);
    drop_queue(&c);
    if (c.batch_open) {
        if (s) {
            np_store_rollback(st);
        } else if ((s = np_store_commit(st, err)) == NP_OK) {
            c.batch_open = 0;
            report->stored += c.batch_stored;
        }
    }
    report->input = ig.stats;
    np_ingest_cleanup(&ig);
    np_featurizer_free(c.fz);
    np_buf_free(&c.blob);
    int last = 1;
    np_error leave_err;
    np_status ls = np_store_ingest_leave(st, &last, s ? &leave_err : err);
    if (s || (s = ls))
        return s;
    if (!last)
        return NP_OK; /* a run still storing groups when it ends */
    return np_pipeline_group(st, &report->grouped, &report->new_stories, err);
}

/* ---- grouping ------------------------------------------------------------ */

/* Documents placed per agglomeration: large enough that a batch's names get
 * their rarity from the batch itself, small enough to bound the graph. */
#define GROUP_BATCH 2000

typedef struct pending_doc {
    int64_t doc_id;
    np_features f;
} pending_doc;

typedef struct group_ctx {
    np_grouper *g;
    pending_doc *pending;  /* documents without a story, in rowid order */
    size_t n_pending, cap_pending;
} group_ctx;

static np_status load_feature(void *vctx, int64_t doc_id, int64_t story_id, const void *blob,
                              size_t len)
{
    group_ctx *c = vctx;
    np_features f;
    np_status s = np_features_decode(blob, len, &f);
    if (s == NP_EPARSE) {
        /* a damaged blob only costs this document its grouping: as a
         * waiting document it gets a story of its own */
        if (story_id != 0)
            return NP_OK;
        memset(&f, 0, sizeof f);
        f.day = INT32_MIN;
        s = NP_OK;
    }
    if (s)
        return s;
    if (story_id != 0) {
        np_grouper_observe(c->g, &f);
        s = np_grouper_add(c->g, doc_id, story_id, &f);
        np_features_free(&f);
        return s;
    }
    if (c->n_pending == c->cap_pending) {
        size_t nc = c->cap_pending ? c->cap_pending * 2 : 256;
        pending_doc *p = np_realloc(c->pending, nc * sizeof *p);
        if (!p) {
            np_features_free(&f);
            return NP_ENOMEM;
        }
        c->pending = p;
        c->cap_pending = nc;
    }
    c->pending[c->n_pending].doc_id = doc_id;
    c->pending[c->n_pending].f = f;
    c->n_pending++;
    return NP_OK;
}

/* Place one batch of pending documents: new stories, merges, membership. */
static np_status group_batch(np_store *st, np_grouper *g, pending_doc *p, size_t n,
                             uint64_t *new_stories, np_error *err)
{
    np_features *fs = np_malloc(n * sizeof *fs);
    int64_t *ids = np_malloc(n * sizeof *ids);
    np_group_place *out = np_malloc(n * sizeof *out);
    int64_t *created = np_calloc(n + 1, sizeof *created);
    np_group_merge *mg = NULL;
    size_t n_mg = 0;
    np_status s = (fs && ids && out && created) ? NP_OK : NP_ENOMEM;
    for (size_t i = 0; i < n && !s; i++) {
        fs[i] = p[i].f;
        ids[i] = p[i].doc_id;
        np_grouper_observe(g, &fs[i]);
    }
    if (!s)
        s = np_grouper_place(g, fs, ids, n, out, &mg, &n_mg);
    for (size_t k = 0; k < n_mg && !s; k++)
        if (!(s = np_store_merge_stories(st, mg[k].from, mg[k].into, err)))
            s = np_grouper_merge(g, mg[k].from, mg[k].into);
    for (size_t i = 0; i < n && !s; i++) {
        int64_t story = out[i].story_id;
        if (!story) {
            int64_t *slot = &created[out[i].new_story <= n ? out[i].new_story : 0];
            if (!*slot && !(s = np_store_new_story_of_doc(st, ids[i], slot, err)))
                (*new_stories)++;
            story = *slot;
        }
        if (!s && !(s = np_store_assign(st, ids[i], story, out[i].duplicate_of, err)))
            s = np_grouper_add(g, ids[i], story, &fs[i]);
    }
    np_free(mg);
    np_free(fs);
    np_free(ids);
    np_free(out);
    np_free(created);
    return s;
}

np_status np_pipeline_group(np_store *st, uint64_t *grouped, uint64_t *new_stories,
                            np_error *err)
{
    *grouped = 0;
    *new_stories = 0;
    group_ctx c;
    memset(&c, 0, sizeof c);
    np_grouper_opts o;
    np_grouper_opts_default(&o);
    np_status s = np_grouper_new(&o, &c.g);
    if (s)
        return np_error_set(err, s, "", 0, -1, "cannot start grouping");
    /* Most calls (every `stories` and `brief`) find nothing to do: say so
     * without loading any features or taking the write lock. */
    int64_t ungrouped = 0;
    if ((s = np_store_count_ungrouped(st, &ungrouped, err)) || ungrouped == 0)
        goto out;
    /* Read and write in one write transaction, so that two processes
     * grouping at once cannot both place the same documents.  Only the
     * window's documents are loaded: memory follows the window, not the
     * store.  On PostgreSQL the grouping transaction also holds the
     * grouping lock: one grouper at a time, whatever the number of workers
     * (store.h, "Many workers"). */
    if ((s = np_store_begin_group(st, err)))
        goto out;
    s = np_store_each_recent_features(st, o.window_docs, load_feature, &c, err);
    /* then the waiting documents, a batch at a time: placed documents leave
     * the ungrouped set, so each read returns the next batch */
    while (!s) {
        if ((s = np_store_each_ungrouped_features(st, GROUP_BATCH, load_feature, &c, err)) ||
            c.n_pending == 0)
            break;
        if (!(s = group_batch(st, c.g, c.pending, c.n_pending, new_stories, err)))
            *grouped += c.n_pending;
        for (size_t i = 0; i < c.n_pending; i++)
            np_features_free(&c.pending[i].f);
        c.n_pending = 0;
    }
    if (!s && *grouped)
        s = np_store_prune_stories(st, err);
    if (s)
        np_store_rollback(st);
    else
        s = np_store_commit(st, err);
out:
    for (size_t i = 0; i < c.n_pending; i++)
        np_features_free(&c.pending[i].f);
    np_free(c.pending);
    np_grouper_free(c.g);
    if (s && err && err->status == NP_OK)
        np_error_set(err, s, "", 0, -1, "grouping failed");
    return s;
}

/* ---- brief ----------------------------------------------------------------- */

/* News articles are a few thousand words; a document far longer (a
 * mis-extracted page, a dump) would cost the brief seconds and gigabytes for
 * nothing, so its analysis stops at a paragraph break near the cap. */
#define BRIEF_TEXT_CAP (256 * 1024)

static void cap_text(np_doc *d)
{
    size_t n = d->text ? strlen(d->text) : 0;
    if (n <= BRIEF_TEXT_CAP)
        return;
    size_t cut = BRIEF_TEXT_CAP;
    for (size_t i = BRIEF_TEXT_CAP; i > BRIEF_TEXT_CAP / 2; i--)
        if (d->text[i] == '\n') {
            cut = i;
            break;
        }
    while (cut > 0 && ((unsigned char)d->text[cut] & 0xC0) == 0x80)
        cut--; /* never split a UTF-8 sequence */
    d->text[cut] = '\0';
}

/* The brief of docs with the documents' stored analyses: each document is
 * analysed once, the first time a brief needs it, and its analysis stored
 * (np_store_put_analysis, store.h); later briefs decode it.  A store that cannot be
 * written (read-only, busy) only means the analysis is not kept. */
static np_status brief_stored(np_store *st, const np_brief_env *env, np_doc_list *docs, int64_t story_id,
                              np_brief **out, np_error *err)
{
    size_t n = docs->n;
    void **in = np_calloc(n + 1, sizeof *in);
    size_t *in_len = np_calloc(n + 1, sizeof *in_len);
    void **fresh = np_calloc(n + 1, sizeof *fresh);
    size_t *fresh_len = np_calloc(n + 1, sizeof *fresh_len);
    np_status s = NP_OK;
    if (!in || !in_len || !fresh || !fresh_len)
        s = np_error_set(err, NP_ENOMEM, "", 0, -1, "brief: out of memory");
    for (size_t i = 0; i < n && s == NP_OK; i++) {
        np_error e;
        if (docs->docs[i]->rowid &&
            np_store_get_analysis(st, docs->docs[i]->rowid, NP_ANALYSIS_VERSION, &in[i], &in_len[i], &e) == NP_ENOMEM)
            s = np_error_set(err, NP_ENOMEM, "", 0, -1, "brief: out of memory");
    }
    np_brief_analyses ba = {(const void *const *)in, in_len, fresh, fresh_len, 0, 0};
    if (s == NP_OK)
        s = np_brief_build_with(env, docs->docs, n, story_id, &ba, out, err);
    int batch = 0;
    for (size_t i = 0; i < n && s == NP_OK; i++) {
        if (!fresh[i] || !docs->docs[i]->rowid)
            continue;
        np_error e;
        if (!batch)
            batch = np_store_begin(st, &e) == NP_OK ? 1 : -1;
        if (np_store_put_analysis(st, docs->docs[i]->rowid, NP_ANALYSIS_VERSION, fresh[i], fresh_len[i], &e) != NP_OK &&
            batch > 0)
            break; /* not kept: the next brief analyses again */
    }
    if (batch > 0) {
        np_error e;
        if (np_store_commit(st, &e) != NP_OK)
            np_store_rollback(st);
    }
    for (size_t i = 0; i < n; i++) {
        if (in)
            free(in[i]);
        if (fresh)
            free(fresh[i]);
    }
    np_free(in);
    np_free(in_len);
    np_free(fresh);
    np_free(fresh_len);
    return s;
}

/* Two stored documents are versions of one page: the same site and page,
 * and the same title (a page re-saved after a correction).  A feed giving
 * one URL to every record (its home page) gives other titles. */
static int same_page(const np_doc *a, const np_doc *b)
{
    char sa[256], sb[256];
    if (!a->url || !b->url || !a->title || !b->title || strcmp(a->title, b->title) != 0)
        return 0;
    size_t na = np_url_site(a->url, sa, sizeof sa), nb = np_url_site(b->url, sb, sizeof sb);
    if (!na || na != nb || memcmp(sa, sb, na) != 0)
        return 0;
    const char *pa, *pb;
    size_t la = np_url_page(a->url, &pa), lb = np_url_page(b->url, &pb);
    return la && la == lb && memcmp(pa, pb, la) == 0;
}

/* Dates x and y of two documents in time order: by the instants they
 * stand for (np_date_instant(): a stored date keeps its page's offset, so
 * "...T23:30:00-08:00" comes after "...T05:00:00Z" of the next day,
 * which its text sorts before), as text when either is no date; a missing
 * one first. */
static int cmp_when(const char *x, const char *y)
{
    int64_t sx, sy;
    if (x && y && np_date_instant(x, &sx) && np_date_instant(y, &sy))
        return (sx > sy) - (sx < sy);
    return strcmp(x ? x : "", y ? y : "");
}

/* b is a later version of the page than a, in one total order: its
 * modified (else published) date, a version without one first, then
 * storage order. */
static int later_version(const np_doc *b, const np_doc *a)
{
    int c = cmp_when(b->modified ? b->modified : b->published, a->modified ? a->modified : a->published);
    return c ? c > 0 : b->rowid > a->rowid;
}

typedef struct titled {
    const np_doc *doc;
    size_t i;
} titled;

static int cmp_titled(const void *x, const void *y)
{
    const titled *a = x, *b = y;
    int c = strcmp(a->doc->title, b->doc->title);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

/* Why: a page ingested again after a correction is stored a second time
 * (its text differs); briefed together, the two versions made one outlet
 * contradict itself ("14 million" vs "41 million") and counted its claims
 * twice.  Only the latest version of each page stays in the brief.
 * Versions share a title, so only documents of one title are compared (a
 * story of thousands of documents is not compared pair by pair). */
static np_status drop_superseded(np_doc_list *docs)
{
    unsigned char *old = np_calloc(docs->n + 1, 1);
    titled *v = np_malloc((docs->n + 1) * sizeof *v);
    if (!old || !v) {
        np_free(old);
        np_free(v);
        return NP_ENOMEM;
    }
    size_t nv = 0;
    for (size_t i = 0; i < docs->n; i++)
        if (docs->docs[i]->title && docs->docs[i]->url)
            v[nv++] = (titled){docs->docs[i], i};
    if (nv > 1)
        qsort(v, nv, sizeof *v, cmp_titled);
    /* every comparison first, the freeing after */
    for (size_t lo = 0, hi; lo < nv; lo = hi) {
        for (hi = lo + 1; hi < nv && strcmp(v[hi].doc->title, v[lo].doc->title) == 0; hi++)
            ;
        for (size_t a = lo; a < hi; a++)
            for (size_t b = lo; b < hi && !old[v[a].i]; b++)
                old[v[a].i] = a != b && same_page(v[a].doc, v[b].doc) && later_version(v[b].doc, v[a].doc);
    }
    size_t w = 0;
    for (size_t i = 0; i < docs->n; i++) {
        if (old[i])
            np_doc_free(docs->docs[i]);
        else
            docs->docs[w++] = docs->docs[i];
    }
    docs->n = w;
    np_free(old);
    np_free(v);
    return NP_OK;
}

typedef struct timed {
    np_doc *doc;
    int kind;     /* 0 a date (at), 1 a published text that is none, 2 no published */
    int64_t at;   /* np_date_instant() */
    size_t i;     /* the store's order */
} timed;

static int cmp_timed(const void *x, const void *y)
{
    const timed *a = x, *b = y;
    int c = a->kind - b->kind;
    if (!c && a->kind == 0)
        c = (a->at > b->at) - (a->at < b->at);
    else if (!c && a->kind == 1)
        c = strcmp(a->doc->published, b->doc->published);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

/* The documents in order of publication, undated ones last.  Why: the
 * store sorts by the stored text of the date (either store, one query),
 * which misorders dates of different offsets (cmp_when()). */
static np_status order_by_time(np_doc_list *docs)
{
    timed *v = np_malloc((docs->n + 1) * sizeof *v);
    if (!v)
        return NP_ENOMEM;
    for (size_t i = 0; i < docs->n; i++) {
        np_doc *d = docs->docs[i];
        v[i] = (timed){.doc = d, .kind = d->published ? 1 : 2, .i = i};
        if (d->published && np_date_instant(d->published, &v[i].at))
            v[i].kind = 0;
    }
    qsort(v, docs->n, sizeof *v, cmp_timed);
    for (size_t i = 0; i < docs->n; i++)
        docs->docs[i] = v[i].doc;
    np_free(v);
    return NP_OK;
}

np_status np_pipeline_brief(np_store *st, const np_brief_env *env, int64_t story_id,
                            np_brief **out, np_error *err)
{
    np_doc_list docs;
    np_status s = np_store_story_docs(st, story_id, &docs, err);
    if (s)
        return s;
    if ((s = drop_superseded(&docs)) != NP_OK || (s = order_by_time(&docs)) != NP_OK) {
        np_store_docs_free(&docs);
        return np_error_set(err, s, "", 0, -1, "brief: out of memory");
    }
    for (size_t i = 0; i < docs.n; i++)
        cap_text(docs.docs[i]);
    np_brief_env *own = NULL;
    if (!env && !(env = own = np_brief_env_new(NULL, err))) {
        np_store_docs_free(&docs);
        return err ? err->status : NP_ENOMEM;
    }
    s = brief_stored(st, env, &docs, story_id, out, err);
    np_brief_env_free(own);
    np_store_docs_free(&docs);
    return s;
}
