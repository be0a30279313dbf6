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

#include "cluster/agglo.h"
#include "core/hash.h"
#include "core/mem.h"
#include "core/u64map.h"

/* A capitalised word stays a name beside its lower-case form when its
 * capitalised uses are more than NAME_OVER_WORD times its other uses
 * (features.c counts each capitalised use NAME_WEIGHT = 3 times; tf is
 * 1 + log count): see doc_names. */
#define NAME_OVER_WORD 4.0
#define LOG_NAME_WEIGHT 1.0986122886681098 /* log 3 */
/* Candidates come through a document's QUERY_TERMS heaviest terms: 32 (16
 * until the small-group phase: with more candidates found, average link
 * sees more of each group's pairs; ECB+ 1-22 0.889 -> 0.909 with that phase).
 * The plain baseline keeps 16, so that its figures stay comparable. */
#define QUERY_TERMS 32
#define QUERY_TERMS_PLAIN 16
#define MAX_CANDIDATES 2000
#define CENTROID_MAX 128
#define SKETCH_BITS 20
#define STORY_SIGS 4 /* recent documents' signatures a story keeps, to tell copies (agglo.h) */
#define BANDS 8
#define ROWS (NP_MINHASH_N / BANDS)

typedef struct gstory {
    int64_t id;
    np_term *c;          /* centroid, sorted by hash */
    uint32_t n;
    uint32_t n_docs;
    np_day_span days;    /* of its documents */
    uint64_t last_seq;   /* arrival number of its latest document */
    double pairs;        /* sum of similarities over its pairs of documents */
    double copy_pairs;   /* of them, copies of one report (agglo.h) */
    uint32_t sig[STORY_SIGS][NP_MINHASH_N]; /* its latest documents' MinHash signatures ... */
    uint32_t n_sig;      /* ... how many (a ring of STORY_SIGS, next at n_sig % STORY_SIGS) */
    np_name_count *names; /* its names and how many of its documents name each */
    uint32_t n_names;
    np_years years;      /* years its documents mention */
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

/* A document compared with many candidates, as a hash table (see dot_docs). */
#define QTAB_BITS 12 /* 4096 one-byte slots for at most 96 terms: a miss ends at once */
#define QTAB_SLOTS (1u << QTAB_BITS)

typedef struct qtab {
    uint8_t ix[QTAB_SLOTS];             /* term index + 1, 0: empty slot */
    uint64_t key[NP_FEATURES_MAX_TERMS + 1]; /* by index + 1: the term */
    double w[NP_FEATURES_MAX_TERMS + 1];  /* by index + 1: share x the term's weight */
    double ww[NP_FEATURES_MAX_TERMS + 1]; /* the same for a common word, 0 for a name */
    uint16_t used[NP_FEATURES_MAX_TERMS]; /* slots filled, to empty them */
    uint32_t n;
} qtab;

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
    qtab *qt;            /* scratch: the document being compared (see qtab) */
    uint64_t year_key[NP_YEARS_N]; /* term key of each year, sorted, with... */
    uint16_t year_of[NP_YEARS_N];  /* ...the year it stands for */
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
    o->copy_like = 0.4;
    o->idf_prior = 100;
    o->attach_max_docs = 3;
    o->attach_threshold = 0.09;
    o->attach_words = 0.03;
    o->attach_fresh = 1;
    o->attach_known = 0.5;
    o->attach_own = 0.3;
    o->attach_days_apart = 92;
    o->attach_recall = 1;
    o->actor_min_docs = 5;
    o->actor_share = 0.6;
    o->actor_names = 2;
    o->actor_spread = 3;
}

/* The term key of a year: features.c keeps a four-digit number as a word
 * (the stemmer leaves digits as they are), never a name (digits are not
 * capitalised). */
static uint64_t year_term(int year)
{
    char w[4] = {(char)('0' + year / 1000 % 10), (char)('0' + year / 100 % 10),
                 (char)('0' + year / 10 % 10), (char)('0' + year % 10)};
    return np_features_term_key(w, 4);
}

/* Fill the sorted table of year keys (insertion sort: 128 entries, once). */
static void year_keys(np_grouper *g)
{
    for (int i = 0; i < NP_YEARS_N; i++) {
        uint64_t k = year_term(NP_YEARS_FIRST + i);
        int j = i;
        for (; j > 0 && g->year_key[j - 1] > k; j--) {
            g->year_key[j] = g->year_key[j - 1];
            g->year_of[j] = g->year_of[j - 1];
        }
        g->year_key[j] = k;
        g->year_of[j] = (uint16_t)(NP_YEARS_FIRST + i);
    }
}

/* The years a document mentions (those among its kept terms): both lists
 * are sorted by key, so one merge walk. */
static np_years doc_years(const np_grouper *g, const np_features *f)
{
    np_years y = {{0, 0}};
    for (uint32_t i = 0, j = 0; i < f->n && j < NP_YEARS_N;) {
        if (f->terms[i].hash < g->year_key[j]) {
            i++;
        } else if (f->terms[i].hash > g->year_key[j]) {
            j++;
        } else {
            np_years_add(&y, g->year_of[j]);
            i++;
            j++;
        }
    }
    return y;
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
    g->qt = np_calloc(1, sizeof *g->qt);
    if (!g->df || !g->ring || !g->qt) {
        np_grouper_free(g);
        return NP_ENOMEM;
    }
    g->next_sweep = g->opts.window_docs / 2;
    year_keys(g);
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
    for (uint32_t i = 0; i < g->n_st; i++) {
        np_free(g->st[i].c);
        np_free(g->st[i].names);
    }
    free_postings(g);
    np_free(g->posts);
    np_free(g->st);
    np_free(g->stamp_of);
    np_free(g->df);
    np_free(g->ring);
    np_free(g->qt);
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
    np_day_span_init(&s->days);
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
            np_free(s->names);
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

/* ---- batch placement: the similarity graph --------------------------------- */

/*
 * A batch is placed by average-link agglomeration (agglo.h) over its
 * documents and the live stories they resemble.  A story's cross with a
 * document is the document's dot product with the story's sum vector.  Pairs
 * whose similarity is under EDGE_FLOOR, and all but a document's EDGE_KEEP
 * strongest pairs, are taken as 0 (a sparse graph: a batch costs
 * O(n * EDGE_KEEP) edges, not O(n^2)).  Copies get a forced edge.
 */

#define EDGE_FLOOR 0.05
#define BATCH_CANDIDATES 64
#define EDGE_KEEP 24

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

/*
 * A document compared with many candidates (up to 2 x BATCH_CANDIDATES
 * documents and stories) is put once in a small open-addressing table, and
 * each candidate's terms are looked up in it: independent probes instead of
 * a merge of two sorted lists, whose every step waits on the previous
 * comparison and mispredicts half the time (the merges were two thirds of
 * the grouping time).  A candidate's terms are visited in hash order, as the
 * merge visited the common terms, so every sum adds the same products in the
 * same order: the similarities are bit for bit those of the merge.
 */

/* A name's key differs from its word's only in NP_TERM_NAME (bit 63): fold
 * the top bits in, so the two do not fall on one slot. */
static inline uint32_t qtab_slot(uint64_t h)
{
    return (uint32_t)(h ^ (h >> (64 - QTAB_BITS))) & (QTAB_SLOTS - 1);
}

/* Fill t with document f (weights q); t must be empty (zeroed, or emptied
 * by qtab_clear). */
static void qtab_fill(const np_grouper *g, qtab *t, const np_features *f, const double *q)
{
    t->n = f->n;
    for (uint32_t i = 0; i < f->n; i++) {
        uint64_t h = f->terms[i].hash;
        uint32_t s = qtab_slot(h);
        while (t->ix[s])
            s = (s + 1) & (QTAB_SLOTS - 1);
        t->ix[s] = (uint8_t)(i + 1);
        t->used[i] = (uint16_t)s;
        t->key[i + 1] = h;
        t->w[i + 1] = share(g, h) * q[i];
        t->ww[i + 1] = (h & NP_TERM_NAME) ? 0.0 : t->w[i + 1];
    }
}

static void qtab_clear(qtab *t)
{
    for (uint32_t i = 0; i < t->n; i++)
        t->ix[t->used[i]] = 0;
    t->n = 0;
}

/* Index + 1 of term h in t, 0 when absent.  Whether h is there is decided
 * without a branch (a candidate shares a fifth of its terms with the
 * document, in no order a predictor can learn): a term lies in its home
 * slot but for a few in a hundred, and only those loop. */
static inline uint32_t qtab_find(const qtab *t, uint64_t h)
{
    uint32_t s = qtab_slot(h), k = t->ix[s];
    uint32_t hit = (uint32_t)(t->key[k] == h) & (uint32_t)(k != 0);
    /* one product, so that the compiler makes it a single branch */
    uint32_t busy = (uint32_t)(k != 0) * (1u - hit);
    if (__builtin_expect(busy, 0)) {
        do {
            s = (s + 1) & (QTAB_SLOTS - 1);
            k = t->ix[s];
        } while (k && t->key[k] != h);
        return k;
    }
    return k & -hit;
}

/* The terms of a candidate (n hashes, stride bytes apart) found in t: their
 * positions into at[] and their indexes + 1 in t into ik[], in order; how
 * many.  Found by a branchless filter, summed after (dot_docs). */
#define QTAB_CHUNK 64
static uint32_t qtab_common(const qtab *t, const char *hashes, size_t stride, uint32_t n,
                            uint8_t *at, uint8_t *ik)
{
    uint32_t m = 0;
    for (uint32_t j = 0; j < n; j++) {
        uint64_t h;
        memcpy(&h, hashes + j * stride, sizeof h);
        uint32_t k = qtab_find(t, h);
        at[m] = (uint8_t)j;
        ik[m] = (uint8_t)k;
        m += k != 0;
    }
    return m;
}

/* Similarity of the document in t with document b (see share()). */
static double dot_docs(const qtab *t, const np_features *b, const double *qb, double *words)
{
    double dot = 0, wsum = 0;
    uint8_t at[QTAB_CHUNK], ik[QTAB_CHUNK];
    for (uint32_t j0 = 0; j0 < b->n; j0 += QTAB_CHUNK) {
        uint32_t n = b->n - j0 < QTAB_CHUNK ? b->n - j0 : QTAB_CHUNK;
        uint32_t m = qtab_common(t, (const char *)&b->terms[j0].hash, sizeof *b->terms, n, at, ik);
        for (uint32_t x = 0; x < m; x++) {
            uint32_t j = j0 + at[x];
            /* a name adds +0.0 to the words' sum: the sum is unchanged */
            dot += t->w[ik[x]] * qb[j];
            wsum += t->ww[ik[x]] * qb[j];
        }
    }
    *words = wsum;
    return dot;
}

/* Sum of the similarities of the document in t with the documents of a
 * story (through the story's sum vector). */
static double dot_story(const qtab *t, const gstory *s, double *words)
{
    double dot = 0, wsum = 0;
    uint8_t at[QTAB_CHUNK], ik[QTAB_CHUNK];
    for (uint32_t j0 = 0; j0 < s->n; j0 += QTAB_CHUNK) {
        uint32_t n = s->n - j0 < QTAB_CHUNK ? s->n - j0 : QTAB_CHUNK;
        uint32_t m = qtab_common(t, (const char *)&s->c[j0].hash, sizeof *s->c, n, at, ik);
        for (uint32_t x = 0; x < m; x++) {
            uint32_t j = j0 + at[x];
            dot += t->w[ik[x]] * s->c[j].tf;
            wsum += t->ww[ik[x]] * s->c[j].tf;
        }
    }
    *words = wsum;
    return dot;
}

/* The graph node of a known story (created on first use). */
static np_status story_node(np_agglo *h, const gstory *s, uint32_t *out)
{
    if (np_agglo_story_node(h, s->id, out))
        return NP_OK;
    np_agglo_group grp = {s->id,    s->n_docs ? s->n_docs : 1, s->pairs, s->days, s->names, s->n_names,
                          s->years, s->copy_pairs};
    return np_agglo_add(h, &grp, out);
}

/* A document's names for the actor test (agglo.h), each counted once, in
 * name order (f's terms are sorted by key, names after common words).  A
 * capitalised word the text also uses in lower case ("the Fire Department"
 * of a report on a fire) is a common noun, not an actor, and is left out --
 * unless its capitalised uses outnumber the others more than NAME_OVER_WORD
 * to one: a surname that opens a few sentences ("Lohan said") is counted as
 * a common word there, and the report still names that actor (ECB+ 1-22
 * 0.940 -> 0.946 at ratios 0.55-4.5, 0.940 at 6.7: a follow-up naming the
 * actress names its story's actors; synthetic 10k identical from 3 up, 0.992
 * at 0.55-1.7). */
static uint32_t doc_names(const np_grouper *g, const np_features *f, np_name_count *out)
{
    uint32_t n = 0, words = 0;
    while (words < f->n && !(f->terms[words].hash & NP_TERM_NAME))
        words++;
    for (uint32_t i = words; i < f->n; i++) {
        uint64_t word = f->terms[i].hash & ~NP_TERM_NAME;
        uint32_t lo = 0, hi = words;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (f->terms[mid].hash < word)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < words && f->terms[lo].hash == word &&
            f->terms[i].tf - f->terms[lo].tf <= LOG_NAME_WEIGHT + log(NAME_OVER_WORD))
            continue;
        out[n].name = f->terms[i].hash;
        out[n].docs = 1;
        out[n++].stream = (uint32_t)df_of(g, f->terms[i].hash);
    }
    return n;
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
    uint32_t max = g->opts.plain ? QUERY_TERMS_PLAIN : QUERY_TERMS;
    return nq > max ? max : nq;
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

/* Fetch a candidate's terms ahead of scoring it: they lie anywhere in the
 * heap (a story's centroid is 2 KB), and scoring one is too short for the
 * hardware to have fetched the next. */
static void prefetch_cand(const np_features *fs, const double *q, const cand *c)
{
    const char *p = c->story ? (const char *)c->story->c : (const char *)fs[c->node].terms;
    uint32_t n = c->story ? c->story->n : fs[c->node].n;
    for (uint32_t b = 0; b < n * sizeof(np_term); b += 64)
        __builtin_prefetch(p + b);
    if (!c->story)
        for (uint32_t b = 0; b < n * sizeof(double); b += 64)
            __builtin_prefetch((const char *)(q + (size_t)c->node * NP_FEATURES_MAX_TERMS) + b);
}

/* Score the nc candidates gathered in cs (in order) against the document
 * in t, keep those of link EDGE_FLOOR at least (in order); their number. */
static uint32_t score_cands(const qtab *t, const np_features *fs, const double *q, cand *cs,
                            uint32_t nc)
{
    uint32_t kept = 0;
    if (nc)
        prefetch_cand(fs, q, &cs[0]);
    for (uint32_t k = 0; k < nc; k++) {
        cand c = cs[k];
        if (k + 1 < nc)
            prefetch_cand(fs, q, &cs[k + 1]);
        if (!c.story) {
            c.dot = dot_docs(t, &fs[c.node], q + (size_t)c.node * NP_FEATURES_MAX_TERMS, &c.words);
            c.link = c.dot;
        } else {
            c.dot = dot_story(t, c.story, &c.words);
            /* a story's cross is a sum over its documents: compare means */
            c.link = c.dot / (c.story->n_docs ? c.story->n_docs : 1);
        }
        if (c.link >= EDGE_FLOOR)
            cs[kept++] = c;
    }
    return kept;
}

/* Whether documents a and b are copies of one report for the cohesion
 * (agglo.h): their resemblance reaches opts.copy_like.  MinHash of 32
 * values estimates it within about 0.08, so a few pairs of independent
 * reports (0.25 alike at most in the fixtures) pass 0.4: they only count
 * as copies while the group holds nothing else (agglo.h). */
static int doc_copy(const np_grouper *g, const np_features *a, const np_features *b)
{
    return !g->opts.plain && g->opts.copy_like > 0 && a->has_sig && b->has_sig &&
           np_features_resemblance(a, b) >= g->opts.copy_like;
}

/* How many of story s's documents f copies: those of its latest
 * (signatures kept) it resembles; all of them when it copies every one
 * kept and the story is copies of one report only (an agency story printed
 * by six clients or more outgrows the signatures kept, not the copying). */
static double story_copies(const np_grouper *g, const gstory *s, const np_features *f)
{
    if (g->opts.plain || g->opts.copy_like <= 0 || !f->has_sig)
        return 0;
    uint32_t n = s->n_sig < STORY_SIGS ? s->n_sig : STORY_SIGS, copies = 0;
    for (uint32_t k = 0; k < n; k++)
        copies += np_minhash_resemblance(f->sig, s->sig[k]) >= g->opts.copy_like;
    double pairs = 0.5 * s->n_docs * (s->n_docs - 1.0);
    if (copies && copies == n && s->n_docs > n && s->copy_pairs >= pairs - 0.5)
        return s->n_docs;
    return copies;
}

/* Edges of batch document i: to earlier batch documents and to live stories
 * sharing one of its query terms; only its EDGE_KEEP strongest are kept (the
 * weak rest would cost time for a share of the average under noise). */
static np_status doc_edges(np_grouper *g, np_agglo *h, batch_ix *bx, const np_features *fs,
                           const double *q, uint32_t i)
{
    const np_features *f = &fs[i];
    const double *qi = q + (size_t)i * NP_FEATURES_MAX_TERMS;
    qterm qt[NP_FEATURES_MAX_TERMS];
    cand cs[2 * BATCH_CANDIDATES];
    uint32_t nc = 0;
    uint32_t nq = query_terms(g, f, qi, qt);
    np_status s;
    const qtab *qt_doc = g->qt;
    qtab_fill(g, g->qt, f, qi);
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
            cs[nc++] = (cand){j, NULL, 0, 0, 0};
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
            cs[nc++] = (cand){UINT32_MAX, st, 0, 0, 0};
        }
    }
    nc = score_cands(qt_doc, fs, q, cs, nc);
    qtab_clear(g->qt);
    if (nc > EDGE_KEEP) {
        qsort(cs, nc, sizeof *cs, cmp_cand_desc);
        nc = EDGE_KEEP;
    }
    for (uint32_t k = 0; k < nc; k++) {
        uint32_t node = cs[k].node;
        double copies = cs[k].story ? story_copies(g, cs[k].story, f) : doc_copy(g, f, &fs[node]);
        if (node == UINT32_MAX && (s = story_node(h, cs[k].story, &node)))
            return s;
        if ((s = np_agglo_link(h, i, node, cs[k].dot, cs[k].words)))
            return s;
        if (copies > 0 && (s = np_agglo_copies(h, i, node, copies)))
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
static np_status doc_copies(np_grouper *g, np_agglo *h, np_u64map *bands, const np_features *fs,
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
        if ((s = np_agglo_force(h, i, best_j)))
            return s;
    } else if (c) {
        out[i].duplicate_of = c->doc_id;
        const gstory *st = story_by_id(g, c->story_id);
        if (!st || !st->live) {
            out[i].story_id = c->story_id; /* its story is retired: placed here, not clustered */
            np_agglo_drop(h, i);
            return NP_OK;
        }
        uint32_t node;
        if ((s = story_node(h, st, &node)))
            return s;
        if ((s = np_agglo_force(h, i, node)))
            return s;
    }
    return NP_OK;
}

/* The final placement of every batch document and the stories merged. */
static np_status hac_results(np_agglo *h, size_t n, np_group_place *out, np_group_merge **merges,
                             size_t *n_merges)
{
    uint32_t n_nodes = np_agglo_count(h);
    uint32_t *new_ix = np_calloc(n_nodes ? n_nodes : 1, sizeof *new_ix);
    if (!new_ix)
        return NP_ENOMEM;
    uint32_t next = 0;
    for (size_t i = 0; i < n; i++) {
        if (out[i].story_id)
            continue;
        uint32_t r = np_agglo_root(h, (uint32_t)i);
        if (np_agglo_story(h, r)) {
            out[i].story_id = np_agglo_story(h, r);
        } else {
            if (!new_ix[r])
                new_ix[r] = ++next;
            out[i].new_story = new_ix[r];
        }
    }
    np_free(new_ix);
    size_t k = 0;
    for (uint32_t x = (uint32_t)n; x < n_nodes; x++)
        k += np_agglo_root(h, x) != x;
    *merges = NULL;
    *n_merges = 0;
    if (!k)
        return NP_OK;
    if (!(*merges = np_malloc(k * sizeof **merges)))
        return NP_ENOMEM;
    /* story nodes only ever fold into older stories: from -> root's story */
    for (uint32_t x = (uint32_t)n; x < n_nodes; x++) {
        uint32_t r = np_agglo_root(h, x);
        if (r != x) {
            (*merges)[*n_merges].from = np_agglo_story(h, x);
            (*merges)[*n_merges].into = np_agglo_story(h, r);
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
    /* the comparison tables hold NP_FEATURES_MAX_TERMS terms a document,
     * as np_features_decode() and the featurizer guarantee */
    for (size_t i = 0; i < n; i++)
        if (fs[i].n > NP_FEATURES_MAX_TERMS)
            return NP_EINVAL;
    np_agglo_rules rules = {
        .threshold = g->opts.story_threshold,
        .merge_threshold = g->opts.merge_threshold,
        .cohesion = g->opts.cohesion,
        .max_days_apart = g->opts.max_days_apart,
        .text_days_apart = g->opts.text_days_apart,
        .check_dates = !g->opts.plain,
        .attach_max_docs = g->opts.plain ? 0 : g->opts.attach_max_docs,
        .attach_days_apart = g->opts.attach_days_apart,
        .attach_threshold = g->opts.attach_threshold,
        .attach_words = g->opts.attach_words,
        .attach_fresh = g->opts.attach_fresh,
        .attach_known = g->opts.attach_known,
        .attach_own = g->opts.attach_own,
        .attach_recall = g->opts.attach_recall,
        .actor_min_docs = g->opts.plain ? 0 : g->opts.actor_min_docs,
        .actor_share = g->opts.actor_share,
        .actor_names = g->opts.actor_names,
        .actor_spread = g->opts.actor_spread,
    };
    np_agglo *h = NULL;
    batch_ix bx;
    np_u64map bands;
    memset(&bx, 0, sizeof bx);
    np_u64map_init(&bx.term_ix);
    np_u64map_init(&bands);
    np_status s = np_agglo_new(&rules, &h);
    double *q = np_malloc(n * NP_FEATURES_MAX_TERMS * sizeof *q);
    bx.stamp = np_calloc(n, sizeof *bx.stamp);
    if (!s && (!q || !bx.stamp))
        s = NP_ENOMEM;
    for (size_t i = 0; i < n && !s; i++) {
        np_name_count names[NP_FEATURES_MAX_TERMS];
        np_agglo_group doc = {0, 1, 0.0, {0, 0, 0, 0}, names, doc_names(g, &fs[i], names),
                              doc_years(g, &fs[i]), 0.0};
        np_day_span_init(&doc.days);
        np_day_span_add(&doc.days, fs[i].day, fs[i].day_from_text);
        uint32_t node; /* batch document i is node i */
        if ((s = np_agglo_add(h, &doc, &node)))
            break;
        doc_vector(g, &fs[i], q + i * NP_FEATURES_MAX_TERMS);
    }
    for (size_t i = 0; i < n && !s; i++)
        if (!(s = doc_copies(g, h, &bands, fs, doc_ids, (uint32_t)i, out)) &&
            np_agglo_live(h, (uint32_t)i))
            s = doc_edges(g, h, &bx, fs, q, (uint32_t)i);
    if (!s)
        s = np_agglo_run(h);
    if (!s)
        s = hac_results(h, n, out, merges, n_merges);
    np_free(q);
    batch_ix_free(&bx);
    np_u64map_free(&bands);
    np_agglo_free(h);
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
    if (f->n > NP_FEATURES_MAX_TERMS) /* see np_grouper_place */
        return NP_EINVAL;
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
        qtab_fill(g, g->qt, f, q);
        s->pairs += dot_story(g->qt, s, &w);
        qtab_clear(g->qt);
        s->copy_pairs += story_copies(g, s, f);
        if (f->has_sig)
            memcpy(s->sig[s->n_sig++ % STORY_SIGS], f->sig, sizeof f->sig);
        if ((st = fold_terms(g, s, t, f->n, 1.0)))
            return st;
        np_name_count names[NP_FEATURES_MAX_TERMS];
        if ((st = np_names_union(&s->names, &s->n_names, names, doc_names(g, f, names),
                                 NP_AGGLO_NAMES)))
            return st;
        np_years y = doc_years(g, f);
        s->years.bits[0] |= y.bits[0];
        s->years.bits[1] |= y.bits[1];
    }
    s->n_docs++;
    s->last_seq = g->seq;
    np_day_span_add(&s->days, f->day, f->day_from_text);
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
    b->copy_pairs += a->copy_pairs;
    np_status st = fold_terms(g, b, a->c, a->n, 1.0);
    if (!st)
        st = np_names_union(&b->names, &b->n_names, a->names, a->n_names, NP_AGGLO_NAMES);
    if (st)
        return st;
    np_free(a->names);
    a->names = NULL;
    a->n_names = 0;
    b->n_docs += a->n_docs;
    b->years.bits[0] |= a->years.bits[0];
    b->years.bits[1] |= a->years.bits[1];
    np_day_span_union(&b->days, &a->days);
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
