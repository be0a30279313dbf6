/*
 * cluster/grouper.c — online centroid grouping of documents into event
 * stories (see grouper.h).
 *
 * A story keeps the sum of its documents' unit tf-idf vectors (idf as it was
 * when each joined); a batch is placed by average-link agglomeration (below).
 * Candidate stories come from posting lists term -> story over the query's 16
 * highest-weighted terms, skipping terms in more than a tenth of the recent
 * stream (they would make every story a candidate).  Centroids keep their
 * 192 heaviest terms: enough for the vocabulary of an event, bounded whatever
 * the story's size.
 *
 * Document frequencies are counted in a 2^20-counter sketch (4 MB, one hash:
 * a collision only makes a rare term look a little commoner) halved every
 * window_docs documents, so idf measures rarity in the recent stream.
 *
 * Copies: the 32-value MinHash signature is cut into 8 bands of 4 values
 * (LSH); two documents sharing a band are compared on the whole signature.
 * A pair of resemblance r shares a band with probability 1-(1-r^4)^8: 0.98 at
 * r = 0.8 (a copy with a sentence changed), 0.9998 at 0.9; reports of one event
 * written independently share almost no 3-shingles (r < 0.1).
 */
#include "cluster/grouper.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "core/mem.h"
#include "core/u64map.h"

#define QUERY_TERMS 32
#define MAX_CANDIDATES 2000
#define CENTROID_MAX 128
#define SKETCH_BITS 20
#define BANDS 8
#define ROWS (NP_MINHASH_N / BANDS)

typedef struct gstory {
    int64_t id;
    np_term *c;          /* centroid, sorted by hash */
    uint32_t n;
    uint32_t n_docs;
    int32_t pub_min, pub_max;   /* publication days of its documents, INT32_MIN if none */
    int32_t text_min, text_max; /* days read from texts, INT32_MIN if none */
    uint64_t last_seq;   /* arrival number of its latest document */
    double pairs;        /* sum of similarities over its pairs of documents */
    int live;
} gstory;

typedef struct gcopy {
    int64_t doc_id;
    int64_t story_id;
    uint64_t seq;        /* 0: empty */
    np_features f;       /* only day and signature are kept (terms NULL) */
} gcopy;

typedef struct posting {
    uint32_t *slots;
    uint32_t n, cap;
} posting;

struct np_grouper {
    np_grouper_opts opts;
    gstory *st;
    uint32_t n_st, cap_st;
    np_u64map story_ix;  /* story id -> slot + 1 (0: retired or merged) */
    np_u64map post_ix;   /* term -> index into posts */
    posting *posts;
    uint32_t n_posts, cap_posts;
    uint32_t *stamp_of;  /* per story slot, candidate de-duplication */
    uint32_t stamp;
    uint32_t *df;        /* sketch of document frequencies */
    double n_docs;       /* documents counted in the sketch */
    uint64_t seq;        /* documents added so far */
    gcopy *ring;         /* the last window_docs documents' signatures */
    np_u64map lsh;       /* band key -> seq of the latest document with it */
    uint64_t next_sweep;
};

void np_grouper_opts_default(np_grouper_opts *o)
{
    memset(o, 0, sizeof *o);
    o->story_threshold = 0.15;
    o->duplicate_threshold = 0.9;
    o->merge_threshold = 0.15;
    o->max_days_apart = 7;
    o->text_days_apart = 31;
    o->window_docs = 20000;
    o->name_share = 0.5;
    o->cohesion = 0.55;
    o->idf_prior = 100;
    o->attach_max_docs = 3;
    o->attach_threshold = 0.1;
    o->attach_words = 0.03;
}

np_status np_grouper_new(const np_grouper_opts *opts, np_grouper **out)
{
    *out = NULL;
    np_grouper *g = np_calloc(1, sizeof *g);
    if (!g)
        return NP_ENOMEM;
    if (opts)
        g->opts = *opts;
    else
        np_grouper_opts_default(&g->opts);
    if (g->opts.window_docs < 64)
        g->opts.window_docs = 64;
    np_u64map_init(&g->story_ix);
    np_u64map_init(&g->post_ix);
    np_u64map_init(&g->lsh);
    g->df = np_calloc((size_t)1 << SKETCH_BITS, sizeof *g->df);
    g->ring = np_calloc(g->opts.window_docs, sizeof *g->ring);
    if (!g->df || !g->ring) {
        np_grouper_free(g);
        return NP_ENOMEM;
    }
    g->next_sweep = g->opts.window_docs / 2;
    *out = g;
    return NP_OK;
}

static void free_postings(np_grouper *g)
{
    for (uint32_t i = 0; i < g->n_posts; i++)
        np_free(g->posts[i].slots);
    g->n_posts = 0;
    np_u64map_free(&g->post_ix);
    np_u64map_init(&g->post_ix);
}

void np_grouper_free(np_grouper *g)
{
    if (!g)
        return;
    for (uint32_t i = 0; i < g->n_st; i++)
        np_free(g->st[i].c);
    free_postings(g);
    np_free(g->posts);
    np_free(g->st);
    np_free(g->stamp_of);
    np_free(g->df);
    np_free(g->ring);
    np_u64map_free(&g->story_ix);
    np_u64map_free(&g->post_ix);
    np_u64map_free(&g->lsh);
    np_free(g);
}

uint32_t np_grouper_live_stories(const np_grouper *g)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < g->n_st; i++)
        n += g->st[i].live;
    return n;
}

/* ---- weights -------------------------------------------------------------- */

static double df_of(const np_grouper *g, uint64_t term)
{
    return g->df[term & (((uint64_t)1 << SKETCH_BITS) - 1)];
}

static double idf(const np_grouper *g, uint64_t term)
{
    /* idf_prior unseen documents holding none of the terms: in a small
     * batch (five reports of one event) a word shared by all of them still
     * weighs like a fairly rare one, as it would in the wider stream */
    return log((g->n_docs + g->opts.idf_prior + 1.0) / (df_of(g, term) + 1.0)) + 1.0;
}

/* The document's tf-idf vector in f's (hash) order, its common words and
 * its names each of unit length (they are weighed against each other by
 * name_share at comparison). */
static void doc_vector(const np_grouper *g, const np_features *f, double *q)
{
    double norm[2] = {0, 0};
    for (uint32_t i = 0; i < f->n; i++) {
        q[i] = f->terms[i].tf * idf(g, f->terms[i].hash);
        norm[!g->opts.plain && (f->terms[i].hash & NP_TERM_NAME)] += q[i] * q[i];
    }
    for (int k = 0; k < 2; k++)
        norm[k] = norm[k] > 0 ? sqrt(norm[k]) : 1;
    for (uint32_t i = 0; i < f->n; i++)
        q[i] /= norm[!g->opts.plain && (f->terms[i].hash & NP_TERM_NAME)];
}

/* Weight of a term's product in a similarity: the similarity of two documents
 * is (1 - name_share) x cosine of their common words + name_share x cosine of
 * their names. */
static double share(const np_grouper *g, uint64_t term)
{
    if (g->opts.plain)
        return 1.0;
    return (term & NP_TERM_NAME) ? g->opts.name_share : 1.0 - g->opts.name_share;
}

/* ---- copies (MinHash LSH) ------------------------------------------------- */

static uint64_t band_key(const np_features *f, unsigned b)
{
    uint64_t k = np_hash64(f->sig + b * ROWS, ROWS * sizeof *f->sig, 0x6c7368ULL + b);
    return k ? k : 1;
}

static const gcopy *find_copy(const np_grouper *g, const np_features *f, double *best_r)
{
    const gcopy *best = NULL;
    *best_r = 0;
    uint64_t w = g->opts.window_docs;
    for (unsigned b = 0; b < BANDS; b++) {
        uint64_t *seq = np_u64map_get(&g->lsh, band_key(f, b));
        if (!seq || *seq == 0 || *seq + w <= g->seq)
            continue;
        const gcopy *c = &g->ring[*seq % w];
        if (c->seq != *seq)
            continue;
        double r = np_features_resemblance(f, &c->f);
        if (r >= g->opts.duplicate_threshold && r > *best_r) {
            *best_r = r;
            best = c;
        }
    }
    return best;
}

static np_status remember_copy(np_grouper *g, int64_t doc_id, int64_t story_id,
                               const np_features *f)
{
    gcopy *c = &g->ring[g->seq % g->opts.window_docs];
    c->doc_id = doc_id;
    c->story_id = story_id;
    c->seq = g->seq;
    c->f.day = f->day;
    c->f.has_sig = f->has_sig;
    memcpy(c->f.sig, f->sig, sizeof c->f.sig);
    if (!f->has_sig)
        return NP_OK;
    for (unsigned b = 0; b < BANDS; b++) {
        uint64_t *slot = np_u64map_slot(&g->lsh, band_key(f, b));
        if (!slot)
            return NP_ENOMEM;
        *slot = g->seq;
    }
    return NP_OK;
}

/* ---- matching ------------------------------------------------------------- */

typedef struct qterm {
    uint64_t term;
    double w;
} qterm;

static int cmp_qterm(const void *x, const void *y)
{
    const qterm *a = x, *b = y;
    return a->w < b->w ? 1 : a->w > b->w ? -1 : 0;
}

static gstory *story_by_id(const np_grouper *g, int64_t id)
{
    uint64_t *ix = np_u64map_get(&g->story_ix, (uint64_t)id);
    return ix && *ix ? &g->st[*ix - 1] : NULL;
}

/* ---- stories -------------------------------------------------------------- */

static np_status post(np_grouper *g, uint64_t term, uint32_t slot)
{
    uint64_t *pi = np_u64map_get(&g->post_ix, term);
    if (!pi) {
        if (g->n_posts == g->cap_posts) {
            uint32_t nc = g->cap_posts ? g->cap_posts * 2 : 1024;
            posting *np = np_realloc(g->posts, nc * sizeof *np);
            if (!np)
                return NP_ENOMEM;
            g->posts = np;
            g->cap_posts = nc;
        }
        memset(&g->posts[g->n_posts], 0, sizeof(posting));
        if (!(pi = np_u64map_slot(&g->post_ix, term)))
            return NP_ENOMEM;
        *pi = g->n_posts++;
    }
    posting *p = &g->posts[*pi];
    if (p->n == p->cap) {
        uint32_t nc = p->cap ? p->cap * 2 : 4;
        uint32_t *ni = np_realloc(p->slots, nc * sizeof *ni);
        if (!ni)
            return NP_ENOMEM;
        p->slots = ni;
        p->cap = nc;
    }
    p->slots[p->n++] = slot;
    return NP_OK;
}

static np_status new_story(np_grouper *g, int64_t id, gstory **out)
{
    if (g->n_st == g->cap_st) {
        uint32_t nc = g->cap_st ? g->cap_st * 2 : 256;
        gstory *ns = np_realloc(g->st, nc * sizeof *ns);
        if (!ns)
            return NP_ENOMEM;
        g->st = ns;
        uint32_t *nstamp = np_realloc(g->stamp_of, nc * sizeof *nstamp);
        if (!nstamp)
            return NP_ENOMEM;
        memset(nstamp + g->cap_st, 0, (nc - g->cap_st) * sizeof *nstamp);
        g->stamp_of = nstamp;
        g->cap_st = nc;
    }
    uint64_t *ix = np_u64map_slot(&g->story_ix, (uint64_t)id);
    if (!ix)
        return NP_ENOMEM;
    gstory *s = &g->st[g->n_st];
    memset(s, 0, sizeof *s);
    s->id = id;
    s->pub_min = s->pub_max = s->text_min = s->text_max = INT32_MIN;
    s->live = 1;
    *ix = ++g->n_st;
    *out = s;
    return NP_OK;
}

typedef struct wterm {
    np_term t;
    double w;
} wterm;

static int cmp_wterm_desc(const void *x, const void *y)
{
    const wterm *a = x, *b = y;
    if (a->w != b->w)
        return a->w < b->w ? 1 : -1;
    return a->t.hash < b->t.hash ? -1 : a->t.hash > b->t.hash;
}

static int cmp_term_hash(const void *x, const void *y)
{
    const np_term *a = x, *b = y;
    return a->hash < b->hash ? -1 : a->hash > b->hash;
}

/* s->c + scale * add (both sorted by hash), keeping the CENTROID_MAX terms of
 * highest tf-idf; terms new to the story are posted. */
static np_status fold_terms(np_grouper *g, gstory *s, const np_term *add, uint32_t n_add,
                            double scale)
{
    uint32_t slot = (uint32_t)(s - g->st);
    wterm *m = np_malloc((s->n + n_add + 1) * sizeof *m);
    if (!m)
        return NP_ENOMEM;
    uint32_t i = 0, j = 0, k = 0;
    np_status st = NP_OK;
    while (i < s->n || j < n_add) {
        uint64_t ha = i < s->n ? s->c[i].hash : UINT64_MAX;
        uint64_t hb = j < n_add ? add[j].hash : UINT64_MAX;
        if (ha < hb) {
            m[k].t = s->c[i++];
        } else {
            m[k].t.hash = hb;
            m[k].t.tf = (float)(add[j++].tf * scale);
            if (ha == hb)
                m[k].t.tf += s->c[i++].tf;
            else if ((st = post(g, hb, slot)))
                break;
        }
        k++;
    }
    if (st) {
        np_free(m);
        return st;
    }
    if (k > CENTROID_MAX) {
        for (uint32_t x = 0; x < k; x++)
            m[x].w = m[x].t.tf;
        qsort(m, k, sizeof *m, cmp_wterm_desc);
        k = CENTROID_MAX;
    }
    np_term *c = np_realloc(s->c, (k ? k : 1) * sizeof *c);
    if (!c) {
        np_free(m);
        return NP_ENOMEM;
    }
    for (uint32_t x = 0; x < k; x++)
        c[x] = m[x].t;
    np_free(m);
    qsort(c, k, sizeof *c, cmp_term_hash);
    s->c = c;
    s->n = k;
    return NP_OK;
}

static void widen(int32_t *lo, int32_t *hi, int32_t day)
{
    if (day == INT32_MIN)
        return;
    if (*lo == INT32_MIN || day < *lo)
        *lo = day;
    if (*hi == INT32_MIN || day > *hi)
        *hi = day;
}

/* Retire stories idle for a whole window, compact the survivors, and rebuild
 * the posting lists and the LSH table from what is still in the window. */
static np_status sweep(np_grouper *g)
{
    uint64_t w = g->opts.window_docs;
    uint32_t k = 0;
    for (uint32_t i = 0; i < g->n_st; i++) {
        gstory *s = &g->st[i];
        if (s->live && s->last_seq + w <= g->seq)
            s->live = 0;
        if (!s->live) {
            np_free(s->c);
            continue;
        }
        g->st[k++] = *s;
    }
    g->n_st = k;
    memset(g->stamp_of, 0, g->cap_st * sizeof *g->stamp_of);
    g->stamp = 0;
    free_postings(g);
    np_u64map_free(&g->story_ix);
    np_u64map_init(&g->story_ix);
    for (uint32_t i = 0; i < g->n_st; i++) {
        uint64_t *ix = np_u64map_slot(&g->story_ix, (uint64_t)g->st[i].id);
        if (!ix)
            return NP_ENOMEM;
        *ix = i + 1;
        for (uint32_t j = 0; j < g->st[i].n; j++) {
            np_status s = post(g, g->st[i].c[j].hash, i);
            if (s)
                return s;
        }
    }
    np_u64map_free(&g->lsh);
    np_u64map_init(&g->lsh);
    for (uint64_t i = 0; i < w; i++) {
        const gcopy *c = &g->ring[i];
        if (!c->seq || c->seq + w <= g->seq || !c->f.has_sig)
            continue;
        for (unsigned b = 0; b < BANDS; b++) {
            uint64_t key = band_key(&c->f, b);
            uint64_t *slot = np_u64map_slot(&g->lsh, key);
            if (!slot)
                return NP_ENOMEM;
            if (c->seq > *slot)
                *slot = c->seq;
        }
    }
    return NP_OK;
}

/* ---- batch placement: average-link agglomeration -------------------------- */

/*
 * A batch is placed by agglomerative clustering with average link over its
 * documents and the live stories they resemble: link(A, B) is the mean
 * cosine over all pairs of documents of A and B, which is
 * cross(A, B) / (|A| |B|) with cross the sum of those cosines; merging A and
 * B adds their cross sums with every neighbour (Lance-Williams), so no
 * similarity is recomputed.  A story's cross with a document is the document's
 * dot product with the story's sum vector.  Pairs whose cosine is under
 * EDGE_FLOOR, and all but a document's EDGE_KEEP strongest pairs, are taken
 * as 0 (a sparse graph: a batch costs O(n * EDGE_KEEP) edges, not O(n^2)).  Copies are joined first (an edge
 * above every link).  Merges stop at the story threshold; two stories already
 * known are joined only at the (higher or equal) merge threshold.
 */

#define EDGE_FLOOR 0.05
#define BATCH_CANDIDATES 64
#define EDGE_KEEP 24
#define FORCED 4.0

typedef struct hedge {
    uint32_t nbr;
    double cross;   /* sum of similarities over the pairs of the two groups */
    double words;   /* the common words' share of it (names left out) */
} hedge;

typedef struct hnode {
    uint32_t n_docs;
    uint32_t version;
    int live;
    int64_t story_id;          /* a known story, else 0 */
    int32_t pub_min, pub_max, text_min, text_max;
    hedge *adj;
    uint32_t n_adj, cap_adj;
    uint32_t parent;           /* union-find over batch nodes */
    double pairs;              /* sum of similarities over its pairs of documents */
} hnode;

typedef struct hitem {
    double link;
    uint32_t a, b, va, vb;
} hitem;

typedef struct hac {
    hnode *nodes;
    uint32_t n, cap;
    hitem *heap;
    size_t n_heap, cap_heap;
    np_u64map story_node;      /* story id -> node + 1 */
} hac;

static np_status heap_push(hac *h, hitem it)
{
    if (h->n_heap == h->cap_heap) {
        size_t nc = h->cap_heap ? h->cap_heap * 2 : 1024;
        hitem *p = np_realloc(h->heap, nc * sizeof *p);
        if (!p)
            return NP_ENOMEM;
        h->heap = p;
        h->cap_heap = nc;
    }
    size_t i = h->n_heap++;
    while (i > 0 && h->heap[(i - 1) / 2].link < it.link) {
        h->heap[i] = h->heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->heap[i] = it;
    return NP_OK;
}

static hitem heap_pop(hac *h)
{
    hitem top = h->heap[0], last = h->heap[--h->n_heap];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= h->n_heap)
            break;
        if (c + 1 < h->n_heap && h->heap[c + 1].link > h->heap[c].link)
            c++;
        if (h->heap[c].link <= last.link)
            break;
        h->heap[i] = h->heap[c];
        i = c;
    }
    if (h->n_heap)
        h->heap[i] = last;
    return top;
}

/* Add cross to the edge a-b (one direction). */
static np_status adj_add(hnode *a, uint32_t b, double cross, double words)
{
    for (uint32_t i = 0; i < a->n_adj; i++)
        if (a->adj[i].nbr == b) {
            a->adj[i].cross += cross;
            a->adj[i].words += words;
            return NP_OK;
        }
    if (a->n_adj == a->cap_adj) {
        uint32_t nc = a->cap_adj ? a->cap_adj * 2 : 8;
        hedge *p = np_realloc(a->adj, nc * sizeof *p);
        if (!p)
            return NP_ENOMEM;
        a->adj = p;
        a->cap_adj = nc;
    }
    a->adj[a->n_adj].nbr = b;
    a->adj[a->n_adj].cross = cross;
    a->adj[a->n_adj].words = words;
    a->n_adj++;
    return NP_OK;
}

static double link_of(const hac *h, uint32_t a, uint32_t b, double cross)
{
    return cross / ((double)h->nodes[a].n_docs * h->nodes[b].n_docs);
}

static np_status connect(hac *h, uint32_t a, uint32_t b, double cross, double words)
{
    np_status s;
    if ((s = adj_add(&h->nodes[a], b, cross, words)) ||
        (s = adj_add(&h->nodes[b], a, cross, words)))
        return s;
    return NP_OK;
}

static np_status push_edge(hac *h, uint32_t a, uint32_t b, double cross)
{
    hitem it = {link_of(h, a, b, cross), a, b, h->nodes[a].version, h->nodes[b].version};
    return heap_push(h, it);
}

static np_status hac_node(hac *h, int64_t story_id, uint32_t *out)
{
    if (h->n == h->cap) {
        uint32_t nc = h->cap ? h->cap * 2 : 64;
        hnode *p = np_realloc(h->nodes, nc * sizeof *p);
        if (!p)
            return NP_ENOMEM;
        h->nodes = p;
        h->cap = nc;
    }
    hnode *x = &h->nodes[h->n];
    memset(x, 0, sizeof *x);
    x->live = 1;
    x->n_docs = 1;
    x->story_id = story_id;
    x->parent = h->n;
    x->pub_min = x->pub_max = x->text_min = x->text_max = INT32_MIN;
    *out = h->n++;
    return NP_OK;
}

static void hac_free(hac *h)
{
    for (uint32_t i = 0; i < h->n; i++)
        np_free(h->nodes[i].adj);
    np_free(h->nodes);
    np_free(h->heap);
    np_u64map_free(&h->story_node);
}

/* Whether two clusters' dates allow them to be one event. */
static int ranges_agree(const np_grouper *g, const hnode *a, const hnode *b)
{
    int32_t lo[2][2] = {{a->pub_min, a->text_min}, {b->pub_min, b->text_min}};
    int32_t hi[2][2] = {{a->pub_max, a->text_max}, {b->pub_max, b->text_max}};
    for (int x = 0; x < 2; x++)
        for (int y = 0; y < 2; y++) {
            if (lo[0][x] == INT32_MIN || lo[1][y] == INT32_MIN)
                continue;
            int32_t d = lo[1][y] > hi[0][x] ? lo[1][y] - hi[0][x]
                        : lo[0][x] > hi[1][y] ? lo[0][x] - hi[1][y] : 0;
            int tol = (x == 0 && y == 0) ? g->opts.max_days_apart : g->opts.text_days_apart;
            if (d > tol)
                return 0;
        }
    return 1;
}

static uint32_t find_root(hac *h, uint32_t x)
{
    while (h->nodes[x].parent != x) {
        h->nodes[x].parent = h->nodes[h->nodes[x].parent].parent;
        x = h->nodes[x].parent;
    }
    return x;
}

/* Fold node b into node a: sizes, dates, and every neighbour's cross sum. */
static np_status hac_union(hac *h, uint32_t a, uint32_t b, double link)
{
    hnode *A = &h->nodes[a], *B = &h->nodes[b];
    widen(&A->pub_min, &A->pub_max, B->pub_min);
    widen(&A->pub_min, &A->pub_max, B->pub_max);
    widen(&A->text_min, &A->text_max, B->text_min);
    widen(&A->text_min, &A->text_max, B->text_max);
    /* a copy's forced link counts as identity, not more */
    A->pairs += B->pairs + (link < 1.0 ? link : 1.0) * A->n_docs * B->n_docs;
    A->n_docs += B->n_docs;
    A->version++;
    B->live = 0;
    B->parent = a;
    np_status s;
    for (uint32_t i = 0; i < B->n_adj; i++) {
        uint32_t c = B->adj[i].nbr;
        if (c == a || !h->nodes[c].live)
            continue;
        if ((s = connect(h, a, c, B->adj[i].cross, B->adj[i].words)))
            return s;
    }
    /* drop b from a's list, then re-rank a's links */
    for (uint32_t i = 0; i < A->n_adj; i++) {
        uint32_t c = A->adj[i].nbr;
        if (c == b || !h->nodes[c].live)
            continue;
        if ((s = push_edge(h, a, c, A->adj[i].cross)))
            return s;
    }
    return NP_OK;
}

/* Mean similarity within a group of two or more documents, else -1. */
static double cohesion(const hnode *x)
{
    return x->n_docs >= 2 ? x->pairs / (0.5 * x->n_docs * (x->n_docs - 1.0)) : -1.0;
}

/* The higher cohesion of two groups (0 when neither has two documents): a
 * tight group (the reports of one event) takes in another only if their link
 * comes near its own mean, so it does not absorb a looser neighbour that only
 * shares its topic (ECB+ 1-22: 0.864 against 0.863 with the looser group's
 * mean; held-out 23-25: 0.760 against 0.664). */
static double tightest(const hnode *a, const hnode *b)
{
    double ca = cohesion(a), cb = cohesion(b);
    return ca > cb ? (ca < 0 ? 0 : ca) : (cb < 0 ? 0 : cb);
}

static np_status hac_run(np_grouper *g, hac *h)
{
    while (h->n_heap) {
        hitem it = heap_pop(h);
        if (it.link < g->opts.story_threshold)
            break;
        hnode *A = &h->nodes[it.a], *B = &h->nodes[it.b];
        if (!A->live || !B->live || A->version != it.va || B->version != it.vb)
            continue;
        if (it.link < FORCED && !g->opts.plain && !ranges_agree(g, A, B))
            continue;
        if (A->story_id && B->story_id && it.link < g->opts.merge_threshold)
            continue;
        if (it.link < FORCED && it.link < g->opts.cohesion * tightest(A, B))
            continue;
        /* keep the node holding the older story as the survivor */
        uint32_t a = it.a, b = it.b;
        if (B->story_id && (!A->story_id || B->story_id < A->story_id)) {
            a = it.b;
            b = it.a;
        }
        np_status s = hac_union(h, a, b, it.link);
        if (s)
            return s;
    }
    return NP_OK;
}

/* Second phase: a group of at most attach_max_docs documents that the first
 * phase left apart (its link to every larger group fell under the threshold
 * or under that group's cohesion) joins the larger group it is closest to
 * when their link reaches attach_threshold.  Average link is cautious with a
 * small group beside a tight large one: an event's stray reports (another
 * angle, a short brief) stay apart although they resemble no other group
 * more.  Moves are decided on the first phase's result, then applied. */
static np_status hac_attach(np_grouper *g, hac *h)
{
    uint32_t n = h->n, max_docs = g->opts.attach_max_docs;
    uint32_t *to = np_malloc((n ? n : 1) * sizeof *to);
    double *lk = np_malloc((n ? n : 1) * sizeof *lk);
    if (!to || !lk) {
        np_free(to);
        np_free(lk);
        return NP_ENOMEM;
    }
    for (uint32_t x = 0; x < n; x++) {
        const hnode *X = &h->nodes[x];
        to[x] = UINT32_MAX;
        if (!X->live || X->n_docs > max_docs)
            continue;
        double best = g->opts.attach_threshold;
        for (uint32_t i = 0; i < X->n_adj; i++) {
            uint32_t y = X->adj[i].nbr;
            const hnode *Y = &h->nodes[y];
            if (!Y->live || Y->n_docs <= max_docs || (X->story_id && Y->story_id))
                continue;
            double l = link_of(h, x, y, X->adj[i].cross);
            if (l >= best && l < FORCED &&
                link_of(h, x, y, X->adj[i].words) >= g->opts.attach_words &&
                ranges_agree(g, X, Y)) {
                best = l;
                to[x] = y;
                lk[x] = l;
            }
        }
    }
    np_status s = NP_OK;
    for (uint32_t x = 0; x < n && !s; x++) {
        if (to[x] == UINT32_MAX)
            continue;
        /* the target may since have been folded into a small known story */
        uint32_t a = find_root(h, to[x]), b = x;
        if (a == b || (h->nodes[a].story_id && h->nodes[b].story_id))
            continue;
        if (h->nodes[b].story_id) { /* the survivor holds the story */
            b = a;
            a = x;
        }
        s = hac_union(h, a, b, lk[x]);
    }
    np_free(to);
    np_free(lk);
    return s;
}

typedef struct batch_ix {
    np_u64map term_ix;  /* term -> index into lists */
    uint32_t **lists;   /* per term: batch documents holding it */
    uint32_t *n_list, *cap_list;
    uint32_t n_lists, cap_lists;
    uint32_t *stamp;    /* per batch document */
    uint32_t cur;
} batch_ix;

static void batch_ix_free(batch_ix *b)
{
    for (uint32_t i = 0; i < b->n_lists; i++)
        np_free(b->lists[i]);
    np_free(b->lists);
    np_free(b->n_list);
    np_free(b->cap_list);
    np_free(b->stamp);
    np_u64map_free(&b->term_ix);
}

static np_status batch_ix_add(batch_ix *b, uint64_t term, uint32_t doc)
{
    uint64_t *ix = np_u64map_get(&b->term_ix, term);
    if (!ix) {
        if (b->n_lists == b->cap_lists) {
            uint32_t nc = b->cap_lists ? b->cap_lists * 2 : 1024;
            uint32_t **l = np_realloc(b->lists, nc * sizeof *l);
            if (!l)
                return NP_ENOMEM;
            b->lists = l;
            uint32_t *a = np_realloc(b->n_list, nc * sizeof *a);
            if (!a)
                return NP_ENOMEM;
            b->n_list = a;
            uint32_t *c = np_realloc(b->cap_list, nc * sizeof *c);
            if (!c)
                return NP_ENOMEM;
            b->cap_list = c;
            b->cap_lists = nc;
        }
        if (!(ix = np_u64map_slot(&b->term_ix, term)))
            return NP_ENOMEM;
        *ix = b->n_lists;
        b->lists[b->n_lists] = NULL;
        b->n_list[b->n_lists] = b->cap_list[b->n_lists] = 0;
        b->n_lists++;
    }
    uint32_t t = (uint32_t)*ix;
    if (b->n_list[t] == b->cap_list[t]) {
        uint32_t nc = b->cap_list[t] ? b->cap_list[t] * 2 : 4;
        uint32_t *p = np_realloc(b->lists[t], nc * sizeof *p);
        if (!p)
            return NP_ENOMEM;
        b->lists[t] = p;
        b->cap_list[t] = nc;
    }
    b->lists[t][b->n_list[t]++] = doc;
    return NP_OK;
}

/* Similarity of two documents (terms sorted by hash, see share()). */
static double dot_docs(const np_grouper *g, const np_features *a, const double *qa,
                       const np_features *b, const double *qb, double *words)
{
    double dot = 0;
    *words = 0;
    uint32_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        if (a->terms[i].hash < b->terms[j].hash)
            i++;
        else if (a->terms[i].hash > b->terms[j].hash)
            j++;
        else {
            double x = share(g, a->terms[i].hash) * qa[i] * qb[j];
            dot += x;
            if (!(a->terms[i].hash & NP_TERM_NAME))
                *words += x;
            i++;
            j++;
        }
    }
    return dot;
}

/* Sum of a document's similarities with the documents of a story (through
 * the story's sum vector). */
static double dot_story(const np_grouper *g, const np_features *f, const double *q,
                        const gstory *s, double *words)
{
    double dot = 0;
    *words = 0;
    uint32_t i = 0, j = 0;
    while (i < f->n && j < s->n) {
        if (f->terms[i].hash < s->c[j].hash)
            i++;
        else if (f->terms[i].hash > s->c[j].hash)
            j++;
        else {
            double x = share(g, f->terms[i].hash) * q[i] * s->c[j].tf;
            dot += x;
            if (!(f->terms[i].hash & NP_TERM_NAME))
                *words += x;
            i++;
            j++;
        }
    }
    return dot;
}

/* The graph node of a known story (created on first use). */
static np_status story_node(hac *h, const gstory *s, uint32_t *out)
{
    uint64_t *ix = np_u64map_slot(&h->story_node, (uint64_t)s->id);
    if (!ix)
        return NP_ENOMEM;
    if (*ix) {
        *out = (uint32_t)*ix - 1;
        return NP_OK;
    }
    np_status st = hac_node(h, s->id, out);
    if (st)
        return st;
    if (!(ix = np_u64map_slot(&h->story_node, (uint64_t)s->id)))
        return NP_ENOMEM;
    *ix = *out + 1;
    hnode *x = &h->nodes[*out];
    x->n_docs = s->n_docs ? s->n_docs : 1;
    x->pub_min = s->pub_min;
    x->pub_max = s->pub_max;
    x->text_min = s->text_min;
    x->text_max = s->text_max;
    x->pairs = s->pairs;
    return NP_OK;
}

/* The query terms of a document: its highest-weighted terms that are not in
 * more than a tenth of the recent stream. */
static uint32_t query_terms(const np_grouper *g, const np_features *f, const double *q,
                            qterm *qt)
{
    uint32_t nq = 0;
    double common = g->n_docs >= 50 ? g->n_docs / 10 : INFINITY;
    for (uint32_t i = 0; i < f->n; i++)
        if (df_of(g, f->terms[i].hash) <= common) {
            qt[nq].term = f->terms[i].hash;
            qt[nq].w = q[i];
            nq++;
        }
    qsort(qt, nq, sizeof *qt, cmp_qterm);
    return nq > QUERY_TERMS ? QUERY_TERMS : nq;
}

typedef struct cand {
    uint32_t node;      /* batch document, or UINT32_MAX for a story */
    const gstory *story;
    double dot;         /* cross sum */
    double words;       /* its common words' share */
    double link;        /* mean similarity: what candidates are ranked by */
} cand;

static int cmp_cand_desc(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    return a->link < b->link ? 1 : a->link > b->link ? -1 : 0;
}

/* Edges of batch document i: to earlier batch documents and to live stories
 * sharing one of its query terms; only its EDGE_KEEP strongest are kept (the
 * weak rest would cost time for a share of the average under noise). */
static np_status doc_edges(np_grouper *g, hac *h, batch_ix *bx, const np_features *fs,
                           const double *q, uint32_t i)
{
    const np_features *f = &fs[i];
    const double *qi = q + (size_t)i * NP_FEATURES_MAX_TERMS;
    qterm qt[NP_FEATURES_MAX_TERMS];
    cand cs[2 * BATCH_CANDIDATES];
    uint32_t nc = 0;
    uint32_t nq = query_terms(g, f, qi, qt);
    np_status s;
    bx->cur++;
    if (++g->stamp == 0) {
        memset(g->stamp_of, 0, g->cap_st * sizeof *g->stamp_of);
        g->stamp = 1;
    }
    uint32_t seen_docs = 0, seen_stories = 0;
    for (uint32_t t = 0; t < nq; t++) {
        uint64_t *bi = np_u64map_get(&bx->term_ix, qt[t].term);
        for (uint32_t k = bi ? bx->n_list[*bi] : 0; k-- > 0 && seen_docs < BATCH_CANDIDATES;) {
            uint32_t j = bx->lists[*bi][k];
            if (bx->stamp[j] == bx->cur)
                continue;
            bx->stamp[j] = bx->cur;
            seen_docs++;
            double w, d = dot_docs(g, f, qi, &fs[j], q + (size_t)j * NP_FEATURES_MAX_TERMS, &w);
            if (d >= EDGE_FLOOR)
                cs[nc++] = (cand){j, NULL, d, w, d};
        }
        uint64_t *pi = np_u64map_get(&g->post_ix, qt[t].term);
        const posting *p = pi ? &g->posts[*pi] : NULL;
        for (uint32_t k = p ? p->n : 0; k-- > 0 && seen_stories < BATCH_CANDIDATES;) {
            uint32_t sl = p->slots[k];
            if (g->stamp_of[sl] == g->stamp)
                continue;
            g->stamp_of[sl] = g->stamp;
            const gstory *st = &g->st[sl];
            if (!st->live)
                continue;
            seen_stories++;
            double w, d = dot_story(g, f, qi, st, &w);
            /* a story's cross is a sum over its documents: compare means */
            double mean = d / (st->n_docs ? st->n_docs : 1);
            if (mean >= EDGE_FLOOR)
                cs[nc++] = (cand){UINT32_MAX, st, d, w, mean};
        }
    }
    if (nc > EDGE_KEEP) {
        qsort(cs, nc, sizeof *cs, cmp_cand_desc);
        nc = EDGE_KEEP;
    }
    for (uint32_t k = 0; k < nc; k++) {
        uint32_t node = cs[k].node;
        if (node == UINT32_MAX && (s = story_node(h, cs[k].story, &node)))
            return s;
        if ((s = connect(h, i, node, cs[k].dot, cs[k].words)) ||
            (s = push_edge(h, i, node, cs[k].dot)))
            return s;
    }
    for (uint32_t t = 0; t < nq; t++)
        if ((s = batch_ix_add(bx, qt[t].term, i)))
            return s;
    return NP_OK;
}

/* Copies of batch document i, among the window's documents and the batch's
 * earlier ones: forced edges, or a direct placement when the copied
 * document's story is no longer live. */
static np_status doc_copies(np_grouper *g, hac *h, np_u64map *bands, const np_features *fs,
                            const int64_t *doc_ids, uint32_t i, np_group_place *out)
{
    const np_features *f = &fs[i];
    if (g->opts.plain || !f->has_sig)
        return NP_OK;
    np_status s;
    double r;
    const gcopy *c = find_copy(g, f, &r);
    uint32_t best_j = UINT32_MAX;
    double best_r = r;
    for (unsigned b = 0; b < BANDS; b++) {
        uint64_t *slot = np_u64map_slot(bands, band_key(f, b));
        if (!slot)
            return NP_ENOMEM;
        if (*slot) {
            double rj = np_features_resemblance(f, &fs[*slot - 1]);
            if (rj >= g->opts.duplicate_threshold && rj > best_r) {
                best_r = rj;
                best_j = (uint32_t)*slot - 1;
            }
        }
        *slot = i + 1;
    }
    if (best_j != UINT32_MAX) {
        out[i].duplicate_of = doc_ids[best_j];
        double cross = FORCED * h->nodes[i].n_docs * h->nodes[best_j].n_docs;
        if ((s = connect(h, i, best_j, cross, cross)) || (s = push_edge(h, i, best_j, cross)))
            return s;
    } else if (c) {
        out[i].duplicate_of = c->doc_id;
        const gstory *st = story_by_id(g, c->story_id);
        if (!st || !st->live) {
            out[i].story_id = c->story_id; /* its story is retired: placed here, not clustered */
            h->nodes[i].live = 0;
            return NP_OK;
        }
        uint32_t node;
        if ((s = story_node(h, st, &node)))
            return s;
        double cross = FORCED * h->nodes[i].n_docs * h->nodes[node].n_docs;
        if ((s = connect(h, i, node, cross, cross)) || (s = push_edge(h, i, node, cross)))
            return s;
    }
    return NP_OK;
}

/* The final placement of every batch document and the stories merged. */
static np_status hac_results(hac *h, size_t n, np_group_place *out, np_group_merge **merges,
                             size_t *n_merges)
{
    uint32_t *new_ix = np_calloc(h->n ? h->n : 1, sizeof *new_ix);
    if (!new_ix)
        return NP_ENOMEM;
    uint32_t next = 0;
    for (size_t i = 0; i < n; i++) {
        if (out[i].story_id)
            continue;
        uint32_t r = find_root(h, (uint32_t)i);
        if (h->nodes[r].story_id) {
            out[i].story_id = h->nodes[r].story_id;
        } else {
            if (!new_ix[r])
                new_ix[r] = ++next;
            out[i].new_story = new_ix[r];
        }
    }
    np_free(new_ix);
    size_t k = 0;
    for (uint32_t x = (uint32_t)n; x < h->n; x++)
        k += find_root(h, x) != x;
    *merges = NULL;
    *n_merges = 0;
    if (!k)
        return NP_OK;
    if (!(*merges = np_malloc(k * sizeof **merges)))
        return NP_ENOMEM;
    /* story nodes only ever fold into older stories: from -> root's story */
    for (uint32_t x = (uint32_t)n; x < h->n; x++) {
        uint32_t r = find_root(h, x);
        if (r != x) {
            (*merges)[*n_merges].from = h->nodes[x].story_id;
            (*merges)[*n_merges].into = h->nodes[r].story_id;
            (*n_merges)++;
        }
    }
    return NP_OK;
}

np_status np_grouper_place(np_grouper *g, const np_features *fs, const int64_t *doc_ids,
                           size_t n, np_group_place *out, np_group_merge **merges,
                           size_t *n_merges)
{
    *merges = NULL;
    *n_merges = 0;
    memset(out, 0, n * sizeof *out);
    if (n == 0)
        return NP_OK;
    if (n > UINT32_MAX / NP_FEATURES_MAX_TERMS)
        return NP_EINVAL;
    hac h;
    batch_ix bx;
    np_u64map bands;
    memset(&h, 0, sizeof h);
    memset(&bx, 0, sizeof bx);
    np_u64map_init(&h.story_node);
    np_u64map_init(&bx.term_ix);
    np_u64map_init(&bands);
    np_status s = NP_OK;
    double *q = np_malloc(n * NP_FEATURES_MAX_TERMS * sizeof *q);
    bx.stamp = np_calloc(n, sizeof *bx.stamp);
    if (!q || !bx.stamp)
        s = NP_ENOMEM;
    for (size_t i = 0; i < n && !s; i++) {
        uint32_t node;
        if ((s = hac_node(&h, 0, &node)))
            break;
        if (fs[i].day_from_text)
            widen(&h.nodes[node].text_min, &h.nodes[node].text_max, fs[i].day);
        else
            widen(&h.nodes[node].pub_min, &h.nodes[node].pub_max, fs[i].day);
        doc_vector(g, &fs[i], q + i * NP_FEATURES_MAX_TERMS);
    }
    for (size_t i = 0; i < n && !s; i++)
        if (!(s = doc_copies(g, &h, &bands, fs, doc_ids, (uint32_t)i, out)) && h.nodes[i].live)
            s = doc_edges(g, &h, &bx, fs, q, (uint32_t)i);
    if (!s)
        s = hac_run(g, &h);
    if (!s && !g->opts.plain && g->opts.attach_max_docs)
        s = hac_attach(g, &h);
    if (!s)
        s = hac_results(&h, n, out, merges, n_merges);
    np_free(q);
    batch_ix_free(&bx);
    np_u64map_free(&bands);
    hac_free(&h);
    return s;
}

void np_grouper_observe(np_grouper *g, const np_features *f)
{
    for (uint32_t i = 0; i < f->n; i++)
        g->df[f->terms[i].hash & (((uint64_t)1 << SKETCH_BITS) - 1)]++;
    g->n_docs += 1;
    /* halve every window: rarity is measured in the recent stream */
    if (g->n_docs >= 2.0 * g->opts.window_docs) {
        for (size_t i = 0; i < (size_t)1 << SKETCH_BITS; i++)
            g->df[i] >>= 1;
        g->n_docs /= 2;
    }
}

np_status np_grouper_add(np_grouper *g, int64_t doc_id, int64_t story_id, const np_features *f)
{
    g->seq++;
    np_status st = remember_copy(g, doc_id, story_id, f);
    if (st)
        return st;
    gstory *s = story_by_id(g, story_id);
    if (!s && (st = new_story(g, story_id, &s)))
        return st;
    if (f->n) {
        /* the story sums its documents' unit tf-idf vectors (idf of today) */
        double q[NP_FEATURES_MAX_TERMS];
        np_term t[NP_FEATURES_MAX_TERMS];
        doc_vector(g, f, q);
        for (uint32_t i = 0; i < f->n; i++) {
            t[i].hash = f->terms[i].hash;
            t[i].tf = (float)q[i];
        }
        double w;
        s->pairs += dot_story(g, f, q, s, &w);
        if ((st = fold_terms(g, s, t, f->n, 1.0)))
            return st;
    }
    s->n_docs++;
    s->last_seq = g->seq;
    if (f->day_from_text)
        widen(&s->text_min, &s->text_max, f->day);
    else
        widen(&s->pub_min, &s->pub_max, f->day);
    if (g->seq >= g->next_sweep) {
        g->next_sweep = g->seq + g->opts.window_docs / 2;
        return sweep(g);
    }
    return NP_OK;
}

np_status np_grouper_merge(np_grouper *g, int64_t from, int64_t into)
{
    gstory *a = story_by_id(g, from), *b = story_by_id(g, into);
    if (!a || !b || a == b)
        return NP_OK;
    /* the centroid sums documents: folding a's sum into b's is their union */
    double cross = 0;
    for (uint32_t i = 0, j = 0; i < a->n && j < b->n;) {
        if (a->c[i].hash < b->c[j].hash) {
            i++;
        } else if (a->c[i].hash > b->c[j].hash) {
            j++;
        } else {
            cross += share(g, a->c[i].hash) * a->c[i].tf * b->c[j].tf;
            i++;
            j++;
        }
    }
    b->pairs += a->pairs + cross;
    np_status st = fold_terms(g, b, a->c, a->n, 1.0);
    if (st)
        return st;
    b->n_docs += a->n_docs;
    widen(&b->pub_min, &b->pub_max, a->pub_min);
    widen(&b->pub_min, &b->pub_max, a->pub_max);
    widen(&b->text_min, &b->text_max, a->text_min);
    widen(&b->text_min, &b->text_max, a->text_max);
    if (a->last_seq > b->last_seq)
        b->last_seq = a->last_seq;
    a->live = 0;
    np_free(a->c);
    a->c = NULL;
    a->n = 0;
    *np_u64map_get(&g->story_ix, (uint64_t)from) = 0;
    for (uint32_t i = 0; i < g->opts.window_docs; i++)
        if (g->ring[i].story_id == from)
            g->ring[i].story_id = into;
    return NP_OK;
}
